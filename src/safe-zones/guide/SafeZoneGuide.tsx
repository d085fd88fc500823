import type { CSSProperties } from 'react';
import { FONT_FAMILIES } from '../../schema/vocabulary';
import type { Rect } from '../geometry';
import type { PlatformZones } from '../zones';
import { guideLayout, TAG_HEIGHT_PX, type Column, type Edge, type Tag } from './guide-layout';

// Tuning: shading light enough to judge the picture under it; edges and tags opaque so they read when scaled down.
const SHADE_ALPHA_HEX = '29';
const EDGE_PX = 3;
const SAFE_COLOR = '#39ff88';
const SAFE_OUTLINE_PX = 5;
const TAG_FONT_PX = 32;

const box = (rect: Rect): CSSProperties => ({ position: 'absolute', left: rect.x, top: rect.y, width: rect.width, height: rect.height });

const EdgeLine = ({ edge }: { readonly edge: Edge }) => (
  <div style={{ ...box(edge.rect), [edge.axis === 'horizontal' ? 'borderTop' : 'borderLeft']: `${EDGE_PX}px dashed ${edge.color}` }} />
);

const TagLabel = ({ tag }: { readonly tag: Tag }) => (
  <div
    style={{
      position: 'absolute', left: tag.x, top: tag.y, height: TAG_HEIGHT_PX, padding: '0 12px', borderRadius: 8, background: 'rgba(0, 0, 0, 0.72)',
      color: tag.color, fontFamily: FONT_FAMILIES[0], fontSize: TAG_FONT_PX, fontWeight: 700, lineHeight: `${TAG_HEIGHT_PX}px`, whiteSpace: 'nowrap',
    }}
  >
    {tag.text}
  </div>
);

/** The action column drawn as what covers it: a dashed box of round buttons. */
const ActionColumn = ({ column }: { readonly column: Column }) => (
  <>
    <div style={{ ...box(column.rect), boxSizing: 'border-box', border: `${EDGE_PX}px dashed ${column.color}`, background: `${column.color}${SHADE_ALPHA_HEX}` }} />
    {column.icons.map((icon, i) => (
      <div key={i} style={{ ...box(icon), boxSizing: 'border-box', borderRadius: '50%', border: `4px solid ${column.color}`, background: 'rgba(0, 0, 0, 0.45)' }} />
    ))}
  </>
);

type Props = { readonly zones: readonly PlatformZones[]; readonly safeArea: Rect };

/** The target platforms' UI over the frame: shaded bands, dashed edges tagged per platform, the action column's buttons, the safe area outlined. */
export const SafeZoneGuide = ({ zones, safeArea }: Props) => {
  const layout = guideLayout({ zones, safeArea });
  const { safe } = layout;
  return (
    <div data-safe-zone-guide="" style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden' }}>
      {layout.shades.map((shade, i) => (
        <div key={`s${i}`} style={{ ...box(shade.rect), background: `${shade.color}${SHADE_ALPHA_HEX}` }} />
      ))}
      {layout.edges.map((edge, i) => <EdgeLine key={`e${i}`} edge={edge} />)}
      {layout.columns.map((column, i) => <ActionColumn key={`c${i}`} column={column} />)}
      <div style={{ ...box(safe.rect), boxSizing: 'border-box', border: `${SAFE_OUTLINE_PX}px solid ${SAFE_COLOR}` }} />
      <TagLabel tag={{ x: safe.rect.x + 12, y: safe.rect.y + 12, text: safe.label, color: SAFE_COLOR }} />
      {layout.tags.map((tag, i) => <TagLabel key={`t${i}`} tag={tag} />)}
      <TagLabel tag={{ x: safe.rect.x + 12, y: safe.rect.y + 16 + TAG_HEIGHT_PX, text: 'Guides show in the Studio only, never in a render', color: '#ffffff' }} />
    </div>
  );
};

import type { SeriesStyle } from '../../schema';
import { mixColors } from '../shared/colors';
import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { SoftBackdrop } from '../shared/soft-backdrop';

/** A camera glyph: body, lens and viewfinder bump. */
const CameraGlyph = ({ color }: { readonly color: string }) => (
  <svg width={96} height={96} viewBox="0 0 24 24" fill="none" stroke={color} strokeWidth={1.6} strokeLinejoin="round">
    <path d="M3 8 h4 l2 -2.5 h6 l2 2.5 h4 v11 h-18 z" />
    <circle cx={12} cy={13} r={3.6} />
  </svg>
);

type PhotoPlaceholderProps = { readonly description: string; readonly style: SeriesStyle };

/** Stand-in for a photo not shot yet: a duotone blur in the series colours with the shot described on it. */
export const PhotoPlaceholder = ({ description, style }: PhotoPlaceholderProps) => {
  const { accent, background, text } = style.palette;
  return (
    <div style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <SoftBackdrop colors={[mixColors(background, '#000000', 0.3), mixColors(accent, background, 0.6), mixColors(accent, background, 0.3)]} seed={description} />
      <div
        style={{
          position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center',
          gap: 28, padding: '0 56px', color: text, fontFamily: PHONE_UI_FONT, textAlign: 'center',
        }}
      >
        <CameraGlyph color={text} />
        <div style={{ fontSize: 46, fontWeight: UI_WEIGHT.semibold, lineHeight: 1.25 }}>{description}</div>
      </div>
    </div>
  );
};

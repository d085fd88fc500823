import type { Look } from '../../style';
import { mixColor } from '../../style';

/** An insert framed without an insert beat: a lit tabletop and the object on it, described by the slate. */
export const InsertProp = ({ look }: { readonly look: Look }) => (
  <svg width={1080} height={1920} viewBox="0 0 1080 1920" style={{ position: 'absolute', inset: 0 }}>
    <rect y={980} width={1080} height={940} fill={mixColor(look.palette.surface, '#000000', 0.2)} />
    <rect x={300} y={700} width={480} height={640} rx={36} fill={mixColor(look.palette.surface, look.palette.muted, 0.35)} transform="rotate(-6 540 1020)" />
    <rect x={336} y={760} width={408} height={520} rx={14} fill={mixColor(look.palette.surface, '#000000', 0.45)} transform="rotate(-6 540 1020)" />
  </svg>
);

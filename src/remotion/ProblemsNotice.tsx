import { Layer } from '../beats';
import { formatProblem, type Problem } from '../errors';
import { seriesStyleSchema } from '../schema';
import { lookOf, withAlpha } from '../style';

// Tuning: how many problems fit the safe area at PROBLEM_FONT_PX before the rest are counted.
const MAX_SHOWN = 6;
const PROBLEM_FONT_PX = 30;
/** What to do about it, named on screen like template-tiktok names its command. */
export const FIX_HINT = 'Fix each field in the props editor or in the file named. The episode plays again as soon as its props are valid.';

const look = lookOf(seriesStyleSchema.parse({}));

type Props = { readonly title: string; readonly problems: readonly Problem[] };

/** An in-video notice instead of a crash: what is wrong with the props, where, and how to fix it. */
export const ProblemsNotice = ({ title, problems }: Props) => {
  const { palette } = look;
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <Layer style={{ backgroundColor: palette.background, color: palette.text, fontFamily: look.bodyFont }}>
      <div style={{ position: 'absolute', left: 90, width: 810, top: 270, display: 'flex', flexDirection: 'column', gap: 26 }}>
        <div style={{ width: 120, height: 12, backgroundColor: palette.accent }} />
        <div style={{ fontFamily: look.displayFont, fontSize: 96, lineHeight: 1, textTransform: 'uppercase' }}>{title}</div>
        <div style={{ fontSize: 34, fontWeight: 600, color: palette.muted }}>
          {`${problems.length} problem${problems.length === 1 ? '' : 's'} in the props`}
        </div>
        {shown.map((problem, i) => (
          <div key={i} style={{ fontSize: PROBLEM_FONT_PX, fontWeight: 400, lineHeight: 1.35, padding: '18px 22px', backgroundColor: palette.surface, borderLeft: `6px solid ${palette.accent}`, overflowWrap: 'anywhere' }}>
            {formatProblem(problem)}
          </div>
        ))}
        {problems.length > MAX_SHOWN ? <div style={{ fontSize: 30, color: palette.muted }}>{`… and ${problems.length - MAX_SHOWN} more`}</div> : null}
        <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1.4, color: withAlpha(palette.text, 0.8) }}>{FIX_HINT}</div>
      </div>
    </Layer>
  );
};

import { fontStack } from '../../style';
import type { CaptionBand } from '../safe-band';

// Tuning: how many problems the notice lists; the CLI (`cliffhanger validate`) lists them all.
const MAX_SHOWN = 3;

/** In the Studio, instead of captions: why the subtitle file cannot be used, in the caption band. Renders never get here. */
export const CaptionNotice = ({ lines, band }: { readonly lines: readonly string[]; readonly band: CaptionBand }) => (
  <div
    style={{
      position: 'absolute',
      left: band.leftPx,
      width: band.rightPx - band.leftPx,
      bottom: 1920 - band.bottomPx,
      padding: '20px 24px',
      backgroundColor: 'rgba(0, 0, 0, 0.82)',
      borderLeft: '8px solid #e63946',
      color: '#ffffff',
      fontFamily: fontStack('Inter'),
      fontSize: 28,
      lineHeight: 1.35,
      overflowWrap: 'anywhere',
    }}
  >
    <div style={{ fontWeight: 800, marginBottom: 8 }}>Captions can’t be shown</div>
    {lines.slice(0, MAX_SHOWN).map((line, i) => (
      <div key={i}>{line}</div>
    ))}
    {lines.length > MAX_SHOWN ? <div>{`… and ${lines.length - MAX_SHOWN} more: run \`cliffhanger validate\``}</div> : null}
  </div>
);

import type { Beat } from '../../schema';
import type { Look } from '../../style';
import { withAlpha } from '../../style';
import type { Scene } from './cast';
import { NOTES_TOP_PX, SHEET_SIDE_PX } from './panel-layout';
import { CAMERA_LABELS, ROLE_LABELS, SHOT_LABELS } from './shot-labels';

type Props = {
  readonly beat: Beat;
  readonly shotNumber: number;
  readonly scene: Scene;
  readonly look: Look;
  /** A director's note under the description, e.g. the emotion of a reaction. */
  readonly note?: string;
};

/** The storyboard slate under the picture: shot number, framing, camera move, story role, what the camera sees, and where. */
export const Slate = ({ beat, shotNumber, scene, look, note }: Props) => {
  const { palette } = look;
  const camera = CAMERA_LABELS[beat.shot.camera];
  const label = { fontFamily: look.bodyFont, fontWeight: 600, fontSize: 24, letterSpacing: '0.14em' } as const;
  return (
    <div style={{ position: 'absolute', left: 0, right: 0, top: NOTES_TOP_PX, bottom: 0, backgroundColor: palette.background, borderTop: `2px solid ${withAlpha(palette.muted, 0.35)}` }}>
      <div style={{ position: 'absolute', left: SHEET_SIDE_PX, right: SHEET_SIDE_PX, top: 28, color: palette.text }}>
        <div style={{ ...label, display: 'flex', gap: 18, alignItems: 'center' }}>
          <span>{`SHOT ${String(shotNumber).padStart(2, '0')}`}</span>
          <span style={{ color: palette.muted }}>{[SHOT_LABELS[beat.shot.type], camera].filter(Boolean).join('  ·  ')}</span>
          <span style={{ marginLeft: 'auto', color: palette.background, backgroundColor: palette.accent, padding: '5px 12px 4px' }}>{ROLE_LABELS[beat.role]}</span>
        </div>
        <div style={{ marginTop: 16, fontFamily: look.bodyFont, fontWeight: 400, fontSize: 33, lineHeight: 1.3, display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
          {beat.shot.description}
        </div>
        {note ? <div style={{ ...label, marginTop: 10, fontSize: 27, letterSpacing: '0.04em', color: palette.accent }}>{`▸ ${note}`}</div> : null}
        {scene.setting || scene.lighting ? (
          <div style={{ ...label, marginTop: 10, fontSize: 21, lineHeight: 1.4, color: palette.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {[scene.setting?.toUpperCase(), scene.lighting].filter(Boolean).join('  —  ')}
          </div>
        ) : null}
      </div>
    </div>
  );
};

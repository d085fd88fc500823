import { Fragment, type CSSProperties } from 'react';
import type { NotesFit } from '../notes-fit';
import type { StoryboardPanel } from '../panel';
import { ROLE_COLORS } from './styles';

type Props = { readonly panel: StoryboardPanel };

const Head = ({ panel }: Props) => (
  <>
    <div className="n-top">
      <span className="n-num">{String(panel.number).padStart(2, '0')}</span>
      <span className="n-role" style={{ background: ROLE_COLORS[panel.role] }}>{panel.role}</span>
      <span className="n-dur tnum">{panel.duration}</span>
    </div>
    <div className="n-shot">
      {panel.shot}
      {panel.transition === 'cut' ? null : ` · ${panel.transition} in`}
    </div>
    <div className="n-tc tnum">{`${panel.fromTimecode} → ${panel.toTimecode}`}</div>
  </>
);

const Body = ({ panel }: Props) => (
  <div className="n-body">
    {panel.cast.length > 0 ? (
      <div className="n-sec n-cast">
        {panel.cast.map((name, i) => (
          <Fragment key={i}>
            {i > 0 ? ', ' : null}
            <span>{name}</span>
          </Fragment>
        ))}
      </div>
    ) : null}
    <div className="n-sec">
      <div>{panel.description}</div>
      {panel.place ? <div className="n-place">{panel.place}</div> : null}
    </div>
    {panel.cues.length > 0 ? (
      <div className="n-sec">
        {panel.cues.map((cue, i) => (
          <div key={i}>
            <span className="n-label">{cue.label}</span>
            {cue.text}
          </div>
        ))}
      </div>
    ) : null}
    {panel.dialogue.length > 0 ? (
      <div className="n-sec">
        {panel.dialogue.map((line, i) => (
          <div className="n-line" key={i}>
            <div className="n-who">
              <span className="n-dot" style={{ background: line.color }} />
              {line.speaker}
              {line.how ? <i>{` (${line.how})`}</i> : null}
            </div>
            <div className="n-said">{`“${line.text}”`}</div>
          </div>
        ))}
      </div>
    ) : null}
  </div>
);

/**
 * The notes beside a still: number and role, shot, timecodes, then cast, description, cues and dialogue, then what
 * the still catches. Notes too long for their box fade out and say where to read them in full.
 */
export const Notes = ({ panel, fit }: Props & { readonly fit: NotesFit }) => (
  <div className={fit.overflows ? 'notes clipped' : 'notes'} style={{ '--notes-scale': fit.scale } as CSSProperties}>
    <Head panel={panel} />
    <Body panel={panel} />
    <div className="n-foot tnum">
      <span className="tag">{panel.footage ? 'Footage' : 'Animatic'}</span>
      {`still ${panel.still.timecode} · ${panel.still.moment}`}
      {fit.overflows ? <b className="n-more">{' · more in the shot list'}</b> : null}
    </div>
  </div>
);

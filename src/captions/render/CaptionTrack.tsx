import { useMemo } from 'react';
import { Sequence, useCurrentFrame } from 'remotion';
import type { Look } from '../../style';
import type { ResolvedEpisode } from '../../timeline';
import { conventionalSceneFiles } from '../../project/catalog';
import { formatNote } from '../notes';
import { cueAt, pageAt } from '../pages';
import { captionBand } from '../safe-band';
import { buildCaptionTrack } from '../track/build-track';
import type { CaptionCue, CaptionTrack as Track } from '../types';
import { captionStyleOf } from './caption-style';
import { CaptionNotice } from './CaptionNotice';
import { CaptionPageView } from './CaptionPageView';
import { layoutCue, type CueLayout } from './fit-cue';
import { useCaptionInputs } from './use-caption-inputs';

type Props = { readonly episode: ResolvedEpisode; readonly look: Look };

// Tuning: room a plate's side padding takes (2 × 0.3 em at 84 px), kept free whenever a plate may show.
const PLATE_ALLOWANCE_PX = 52;

/** Whether the beat on screen at a frame is an insert (a phone screen, paper): where captions get their plate. */
const insertOnScreen = (episode: ResolvedEpisode, frame: number): boolean =>
  episode.beats.some((b) => b.beat.type === 'insert' && frame >= b.fromInFrames && frame < b.fromInFrames + b.durationInFrames);

const sourceOf = (cue: CaptionCue): string =>
  cue.origin ? `episode.beats[${cue.origin.beatIndex}].dialogue[${cue.origin.lineIndex}]` : `episode.captions.src (line ${cue.fileLine ?? '?'})`;

/** The page of the track on screen at the current frame, laid out once per cue. */
const ActiveCaption = ({ track, episode, look }: { readonly track: Track; readonly episode: ResolvedEpisode; readonly look: Look }) => {
  const frame = useCurrentFrame();
  const style = useMemo(() => captionStyleOf({ style: episode.series.style, episode: episode.episode }), [episode]);
  const band = captionBand(episode.safeArea);
  // The stroke shows half its width outside the letters at each end of a line; a plate adds its padding.
  const widthPx = band.rightPx - band.leftPx - style.outlinePx - (style.backing === 'none' ? 0 : PLATE_ALLOWANCE_PX);
  const layouts = useMemo(() => new Map<CaptionCue, CueLayout>(), [track, style, widthPx]);
  const cue = cueAt(track.cues, frame);
  if (!cue) return null;
  let layout = layouts.get(cue);
  if (!layout) {
    layout = layoutCue({ cue, fps: track.fps, style, widthPx });
    layouts.set(cue, layout);
  }
  const page = pageAt(layout.pages.map((p) => p.page), frame);
  const laid = layout.pages.find((p) => p.page === page);
  if (!laid) return null;
  const speakerColor = cue.speakerId === null ? null : (episode.characters.get(cue.speakerId)?.color ?? null);
  const plate = style.backing === 'always' || (style.backing === 'inserts' && insertOnScreen(episode, frame));
  return <CaptionPageView page={laid} layout={layout} frame={frame} band={band} style={style} speakerColor={speakerColor} fallbackColor={look.palette.accent} plate={plate} source={sourceOf(cue)} />;
};

/**
 * The episode's burned-in captions, one track over every beat and insert: from the script, or from the subtitle file
 * the episode names. Drawn above the beats; in the Studio a file that cannot be used shows a notice instead.
 */
export const CaptionTrack = ({ episode, look }: Props) => {
  const inputs = useCaptionInputs(episode.episode.captions?.src);
  const result = useMemo(() => (inputs.status === 'ready' ? buildCaptionTrack({ episode, file: inputs.file }) : null), [episode, inputs]);
  const band = captionBand(episode.safeArea);
  if (inputs.status === 'failed') return <CaptionNotice lines={[inputs.message]} band={band} />;
  if (!result) return null;
  if (result.errors.length > 0) {
    const files = { episodeFile: conventionalSceneFiles.episode(episode.series.id, episode.episode.number), captionFile: result.track.file };
    return <CaptionNotice lines={result.errors.map((note) => formatNote(note, files))} band={band} />;
  }
  return (
    <Sequence name="Captions" layout="none">
      <ActiveCaption track={result.track} episode={episode} look={look} />
    </Sequence>
  );
};

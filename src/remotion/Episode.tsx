import { useMemo } from 'react';
import { Sequence } from 'remotion';
import { BeatView, Layer, TransitionIn } from '../beats';
import type { EpisodeJobInput } from '../schema';
import { lookOf } from '../style';
import { resolveEpisode } from '../timeline';
import { checkJob } from '../validate';
import { ProblemsNotice } from './ProblemsNotice';
import { problemsInFiles } from './problems-in-files';

/** Beats with footage mount this early in the Studio so clips are decoded before their cut. */
const MEDIA_PREMOUNT_IN_FRAMES = 30;

/** An episode composition: validates its props, resolves the timeline, and plays one Sequence per beat. */
export const Episode = (props: EpisodeJobInput) => {
  const check = useMemo(() => checkJob(props), [props]);
  const resolved = useMemo(() => (check.job ? resolveEpisode(check.job) : null), [check]);
  if (!resolved) return <ProblemsNotice title="This episode can’t play yet" problems={problemsInFiles(props, check.problems)} />;
  const look = lookOf(resolved.series.style);
  return (
    <Layer style={{ backgroundColor: look.palette.background }}>
      {resolved.beats.map((b) => (
        <Sequence
          key={b.beat.id}
          name={`${b.index + 1} ${b.beat.type} · ${b.beat.id}`}
          from={b.fromInFrames}
          durationInFrames={b.durationInFrames}
          premountFor={b.beat.media ? MEDIA_PREMOUNT_IN_FRAMES : undefined}
        >
          <TransitionIn kind={b.beat.transition} durationInFrames={b.transitionInFrames} look={look}>
            <BeatView resolved={b} episode={resolved} look={look} />
          </TransitionIn>
        </Sequence>
      ))}
    </Layer>
  );
};

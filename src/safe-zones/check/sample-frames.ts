import type { ResolvedBeat, ResolvedEpisode } from '../../timeline';

/** Frames something is on screen, counted from the start of the episode (a caption page). */
export type Span = { readonly fromInFrames: number; readonly durationInFrames: number };

// Tuning: frames after an insert item (a bubble, a banner) appears before it is measured: its pop
// springs settle in about two thirds of a second. Larger is safer; it never passes the next item.
const ITEM_SETTLE_FRAMES = 20;
// Tuning: frames an entrance takes (the hook's slam and shake: 11); elements still entering are not measured.
const ENTRANCE_FRAMES = 12;

const beatFrames = (beat: ResolvedBeat): number[] => {
  const first = beat.fromInFrames;
  const last = beat.fromInFrames + beat.durationInFrames - 1;
  const inBeat = (offset: number) => Math.min(last, first + offset);
  // The beat once its incoming transition is over, once its entrances have landed, and at its last frame.
  const frames = [inBeat(beat.transitionInFrames), inBeat(beat.transitionInFrames + ENTRANCE_FRAMES), last];
  // Each line in its middle, when it has settled into place.
  for (const line of beat.lines) frames.push(inBeat(line.fromInFrames + Math.floor(line.durationInFrames / 2)));
  // Each insert item once it has settled, before the next one arrives.
  const items = beat.insertTiming?.itemFromInFrames ?? [];
  items.forEach((from, i) => {
    const next = items[i + 1];
    frames.push(inBeat(Math.min(from + ITEM_SETTLE_FRAMES, next === undefined ? Infinity : next - 1)));
  });
  return frames;
};

/**
 * The frames `cliffhanger check` measures: every beat once settled, after its entrances and at its end, every
 * line and insert item, and the middle of every extra span (each caption page). Sorted, each once, inside the episode.
 */
export const sampleFrames = ({ episode, spans = [] }: { episode: ResolvedEpisode; spans?: readonly Span[] }): number[] => {
  const middles = spans.map((s) => s.fromInFrames + Math.floor(s.durationInFrames / 2));
  const frames = [...episode.beats.flatMap(beatFrames), ...middles].filter((f) => f >= 0 && f < episode.durationInFrames);
  return [...new Set(frames)].sort((a, b) => a - b);
};

/**
 * Shortest segment cut at a caption boundary. Every segment starts on a keyframe, so shorter ones cost bitrate;
 * 15 frames (half a second) is the closed GOP YouTube recommends at 30 fps. Raise it for fewer, longer segments
 * (cheaper joins, more frames re-rendered after an edit); lower it for finer re-renders.
 */
export const MIN_SEGMENT_FRAMES = 15;

/** A span of the episode rendered, cached and joined as one piece: part of a beat (or of the "previously" recap). */
export type Segment = {
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  /** The beat it belongs to, or null for the recap before the first beat. */
  readonly beatIndex: number | null;
};

/** A span of frames on the episode timeline, such as a caption cue. */
export type FrameSpan = { readonly fromInFrames: number; readonly durationInFrames: number };

/** What planning reads of a resolved episode: where the recap and the beats are. */
export type EpisodeSpans = {
  readonly recap: { readonly durationInFrames: number } | null;
  readonly beats: readonly (FrameSpan & { readonly index: number })[];
};

/** Cuts at caption boundaries strictly inside [from, to), keeping every piece at least MIN_SEGMENT_FRAMES long. */
const cutsInside = (from: number, to: number, cues: readonly FrameSpan[]): number[] => {
  const candidates = [...new Set(cues.flatMap((c) => [c.fromInFrames, c.fromInFrames + c.durationInFrames]))]
    .filter((f) => f > from && f < to)
    .sort((a, b) => a - b);
  const cuts: number[] = [];
  let previous = from;
  for (const cut of candidates) {
    if (cut - previous >= MIN_SEGMENT_FRAMES && to - cut >= MIN_SEGMENT_FRAMES) {
      cuts.push(cut);
      previous = cut;
    }
  }
  return cuts;
};

const split = (span: { from: number; to: number; beatIndex: number | null }, cues: readonly FrameSpan[]): Segment[] => {
  const edges = [span.from, ...cutsInside(span.from, span.to, cues), span.to];
  return edges.slice(1).map((to, i) => {
    const from = edges[i] ?? span.from;
    return { fromInFrames: from, durationInFrames: to - from, beatIndex: span.beatIndex };
  });
};

/**
 * Cuts an episode into segments: the recap, then every beat, each beat cut again where a caption starts or ends,
 * so an edited line re-renders only the frames its caption is on screen. Pure; the segments cover every frame once.
 */
export const planSegments = ({ episode, cues }: { episode: EpisodeSpans; cues: readonly FrameSpan[] }): Segment[] => {
  const recap = episode.recap ? [{ from: 0, to: episode.recap.durationInFrames, beatIndex: null }] : [];
  const beats = episode.beats.map((b) => ({ from: b.fromInFrames, to: b.fromInFrames + b.durationInFrames, beatIndex: b.index }));
  return [...recap, ...beats].filter((s) => s.to > s.from).flatMap((s) => split(s, cues));
};

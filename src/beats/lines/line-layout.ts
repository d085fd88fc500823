import type { TimedLine } from '../../timeline';

/** The line spoken at a frame of its beat, or null between lines (the animatic turns the speaker's stand-in to it). */
export const lineAt = (lines: readonly TimedLine[], frame: number): TimedLine | null =>
  lines.find((l) => frame >= l.fromInFrames && frame < l.fromInFrames + l.durationInFrames) ?? null;

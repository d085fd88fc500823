import type { Beat } from '../../schema';
import type { ResolvedBeat } from '../../timeline';

/** Ids of the characters an animatic panel draws: the reacting character alone, else those listed, else the speakers. */
export const castOf = (beat: Beat): readonly string[] => {
  if (beat.type === 'reaction') return [beat.character];
  if (beat.characters.length > 0) return beat.characters;
  return [...new Set(beat.dialogue.map((line) => line.speaker))];
};

/** Who the camera favours at a frame: the speaker of the current or last started line, else the first of the cast. */
export const focusAt = ({ resolved, cast, frame }: { resolved: ResolvedBeat; cast: readonly string[]; frame: number }): string | null => {
  const started = resolved.lines.filter((l) => l.fromInFrames <= frame);
  const last = started[started.length - 1];
  if (last && cast.includes(last.line.speaker)) return last.line.speaker;
  return cast[0] ?? null;
};

/** Where and how a beat is lit: its own setting and lighting, else those of the scene it continues. */
export type Scene = { readonly setting?: string; readonly lighting?: string };

/** A beat without a setting continues the last named one; lighting carries over until the setting changes. */
export const sceneOf = (beats: readonly ResolvedBeat[], index: number): Scene => {
  let lighting: string | undefined;
  for (let i = index; i >= 0; i--) {
    const shot = beats[i]?.beat.shot;
    lighting ??= shot?.lighting;
    if (shot?.setting) return { setting: shot.setting, lighting };
  }
  return { lighting };
};

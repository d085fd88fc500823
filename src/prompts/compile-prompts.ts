import { createHash } from 'node:crypto';
import { trackContinuity } from '../continuity';
import { suggestReactions, suggestionShot } from '../shots';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import { renderSlots } from './slots';
import { suggestedBeat } from './suggested-beat';
import { fillTemplate, selectTemplate } from './templates';

/** Hex characters of a prompt's sha256 kept as its hash: short enough to read in a review, long enough not to collide. */
const HASH_LENGTH = 12;

/** One beat's prompt and the hash that shows in review when its words change. */
export type BeatPrompt = {
  readonly episode: string;
  /** "6" for the sixth beat, "6A" for a suggested reaction after it (the shot list's numbers). */
  readonly shot: string;
  readonly beat: string;
  /** A suggested extra reaction shot, not a beat of the cut. */
  readonly suggested: boolean;
  readonly prompt: string;
  readonly hash: string;
};

/** The prompts of an episode, compiled with one template. */
export type EpisodePrompts = { readonly episode: string; readonly template: string; readonly prompts: readonly BeatPrompt[] };

/** First 12 hex characters of the sha256 of a prompt's text. */
export const promptHash = (prompt: string): string => createHash('sha256').update(prompt, 'utf8').digest('hex').slice(0, HASH_LENGTH);

/**
 * Compiles one prompt per beat from the character sheets and the beat, and with `suggestions` one per
 * suggested extra reaction shot. Deterministic: same episode, same words, same hashes.
 */
export const compilePrompts = ({ episode, template: name, suggestions = false }: { episode: ResolvedEpisode; template?: string; suggestions?: boolean }): EpisodePrompts => {
  const template = selectTemplate({ series: episode.series, name });
  const continuity = trackContinuity({ series: episode.series, episode: episode.episode });
  const extras = suggestions ? suggestReactions({ beats: episode.beats.map((b) => b.beat), characters: episode.characters }) : [];
  const compile = ({ resolved, shot, suggested }: { resolved: ResolvedBeat; shot: string; suggested: boolean }): BeatPrompt[] => {
    // A suggestion keeps its trigger's index, so it plays in the same setting, lighting and looks.
    const context = continuity[resolved.index];
    if (!context) return [];
    const prompt = fillTemplate(template.template, renderSlots({ episode, resolved, continuity: context }));
    return [{ episode: episode.id, shot, beat: resolved.beat.id, suggested, prompt, hash: promptHash(prompt) }];
  };
  const prompts = episode.beats.flatMap((resolved) => {
    const shot = String(resolved.index + 1);
    const after = extras.filter((s) => s.beatIndex === resolved.index);
    return [
      ...compile({ resolved, shot, suggested: false }),
      ...after.flatMap((suggestion, i) =>
        compile({ resolved: suggestedBeat({ trigger: resolved, suggestion, fps: episode.fps }), shot: suggestionShot(shot, i), suggested: true }),
      ),
    ];
  });
  return { episode: episode.id, template: template.name, prompts };
};

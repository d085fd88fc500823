import type { ScratchVoice } from '../../schema';
import type { ResolvedEpisode } from '../../timeline';
import type { EpisodeAssets } from '../../media/assets';
import { CACHE_FOLDER, stableHash } from '../cache';
import { scratchSettingsOf } from './voice-settings';
import { clipSpeaks } from '../clip-speaks';

/** Raised whenever scratch voices are made differently, so old files are not reused. */
export const SCRATCH_VERSION = 1;

/** A line that gets a scratch voice: what to say, how, in how many frames, and the file it is cached in. */
export type ScratchLine = {
  readonly beatId: string;
  readonly lineIndex: number;
  readonly text: string;
  readonly settings: ScratchVoice;
  readonly slotInFrames: number;
  readonly fps: number;
  readonly src: string;
};

/** The cache file of a scratch voice: the same text, voice and slot always name the same file. */
export const scratchVoicePath = (line: Omit<ScratchLine, 'src' | 'beatId' | 'lineIndex'>): string =>
  `${CACHE_FOLDER}/voices/${stableHash(JSON.stringify([SCRATCH_VERSION, line.text, line.settings, line.slotInFrames, line.fps]))}.wav`;

/**
 * Lines that need a scratch voice: scratch voices are on for the series, the line has no recording, and its beat's
 * clip does not keep its own sound (the actor is already heard there).
 */
export const scratchLines = ({ resolved, assets }: { resolved: ResolvedEpisode; assets: EpisodeAssets }): ScratchLine[] => {
  if (resolved.series.sound?.scratchVoices === false) return [];
  return resolved.beats.flatMap(({ beat, lines }) => {
    if (clipSpeaks(beat, assets)) return [];
    return lines.flatMap((timed, lineIndex): ScratchLine[] => {
      if (assets.voices[beat.id]?.[lineIndex]) return [];
      const base = { text: timed.line.text, settings: scratchSettingsOf(timed.speaker), slotInFrames: timed.durationInFrames, fps: resolved.fps };
      return [{ ...base, beatId: beat.id, lineIndex, src: scratchVoicePath(base) }];
    });
  });
};

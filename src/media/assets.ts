import type { BuiltInSound, Music } from '../schema';
import type { FieldProblem } from '../errors';
import type { TimelineInputs } from '../timeline';
import type { MusicChoice, MediaUse } from './plan';
import type { ProbeResult } from './probe';

/** A beat's picture: a clip or a still, with what the renderer needs to frame it. */
export type PictureAsset = {
  readonly src: string;
  readonly kind: 'video' | 'image';
  readonly width: number;
  readonly height: number;
  readonly durationInSeconds: number | null;
  readonly hasAudio: boolean;
  readonly droppedIn: boolean;
};

/** A line's voice: a recording (its length times the line) or a scratch voice (timed by the line). */
export type VoiceAsset = { readonly src: string; readonly durationInSeconds: number | null; readonly scratch: boolean };

/** The music bed and its settings. */
export type MusicAsset = { readonly src: string; readonly durationInSeconds: number; readonly settings: Music };

/**
 * Everything an episode plays from public/, found and measured before rendering (in Node by the CLI, in the browser
 * by the Studio's calculateMetadata) and passed to the composition in its props, because a bundle cannot list folders.
 */
export type EpisodeAssets = {
  /** Beat id → its picture. */
  readonly pictures: Readonly<Record<string, PictureAsset>>;
  /** Beat id → a voice per dialogue line, null where a line has none. */
  readonly voices: Readonly<Record<string, readonly (VoiceAsset | null)[]>>;
  readonly music: MusicAsset | null;
  /** Built-in sounds whose synthesized file exists in public/, by name. */
  readonly sounds: Readonly<Partial<Record<BuiltInSound, string>>>;
  /** What is wrong with the files; the Studio shows these in the video, the CLI stops before rendering. */
  readonly problems: readonly FieldProblem[];
};

/** Assets of an episode that uses no files. */
export const NO_ASSETS: EpisodeAssets = { pictures: {}, voices: {}, music: null, sounds: {}, problems: [] };

const factsOf = (results: ReadonlyMap<string, ProbeResult>, src: string) => {
  const result = results.get(src);
  return result?.ok ? result.facts : null;
};

/** Collects the measured files into assets; files that failed their probe are left out (their problems say why). */
export const assembleAssets = ({ uses, music, results }: { uses: readonly MediaUse[]; music: MusicChoice; results: ReadonlyMap<string, ProbeResult> }): EpisodeAssets => {
  const pictures: Record<string, PictureAsset> = {};
  const voices: Record<string, (VoiceAsset | null)[]> = {};
  for (const use of uses) {
    const facts = factsOf(results, use.src);
    if (!facts || use.beatId === undefined) continue;
    if (use.role === 'picture' && facts.video) {
      pictures[use.beatId] = {
        src: use.src,
        kind: facts.durationInSeconds === null ? 'image' : 'video',
        width: facts.video.width,
        height: facts.video.height,
        durationInSeconds: facts.durationInSeconds,
        hasAudio: facts.audio !== null,
        droppedIn: use.droppedIn,
      };
    }
    if (use.role === 'voice' && use.lineIndex !== undefined && facts.audio) {
      const lines = (voices[use.beatId] ??= []);
      while (lines.length < use.lineIndex) lines.push(null);
      lines[use.lineIndex] = { src: use.src, durationInSeconds: facts.durationInSeconds, scratch: false };
    }
  }
  const musicFacts = music ? factsOf(results, music.use.src) : null;
  const musicAsset = music && musicFacts?.audio && musicFacts.durationInSeconds ? { src: music.use.src, durationInSeconds: musicFacts.durationInSeconds, settings: music.settings } : null;
  return { pictures, voices, music: musicAsset, sounds: {}, problems: [] };
};

/** What the timeline takes from the assets: the length of every recorded line (scratch voices follow the line instead). */
export const timelineInputs = (assets: EpisodeAssets | undefined): TimelineInputs => {
  if (!assets) return {};
  const recordedLineSeconds: Record<string, (number | null)[]> = {};
  for (const [beatId, lines] of Object.entries(assets.voices)) {
    recordedLineSeconds[beatId] = lines.map((voice) => (voice && !voice.scratch ? voice.durationInSeconds : null));
  }
  return { recordedLineSeconds };
};

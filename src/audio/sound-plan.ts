import type { BuiltInSound } from '../schema';
import { BUILT_IN_SOUNDS } from '../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import type { EpisodeAssets } from '../media/assets';
import type { CueVolume } from './cue-volume';
import type { SpeechRange } from './ducking';
import { EDGE_FADE_FRAMES, EFFECT_DB, MAX_EFFECT_SECONDS, ROOM_TONE_DB, VOICE_DB } from './levels';
import { automaticEffects } from './automatic-effects';
import { clipSpeaks } from './clip-speaks';

/** One sound on the episode timeline: a file, where it plays, and how loud. */
export type SoundCue = {
  readonly key: string;
  /** Shown in the Studio timeline. */
  readonly name: string;
  readonly src: string;
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  readonly trimBeforeInFrames: number;
  readonly loop: boolean;
  readonly volume: CueVolume;
};

const level = (db: number, edgeFrames = 0): CueVolume => ({ kind: 'level', db, fadeInFrames: edgeFrames, fadeOutFrames: edgeFrames });

/** A built-in sound's file when it has been generated, a file path as it is, or null. */
const fileOf = (src: string, assets: EpisodeAssets): string | null =>
  (BUILT_IN_SOUNDS as readonly string[]).includes(src) ? (assets.sounds[src as BuiltInSound] ?? null) : src;

/** Every line on the episode timeline, [from, to) in frames: the music ducks under these. */
export const speechRanges = (episode: ResolvedEpisode): SpeechRange[] =>
  episode.beats.flatMap((b) => b.lines.map((l): SpeechRange => [b.fromInFrames + l.fromInFrames, b.fromInFrames + l.fromInFrames + l.durationInFrames]));

const voiceCues = (b: ResolvedBeat, assets: EpisodeAssets): SoundCue[] =>
  b.lines.flatMap((line, i): SoundCue[] => {
    const voice = assets.voices[b.beat.id]?.[i];
    if (!voice) return [];
    const name = `${voice.scratch ? 'scratch voice' : 'voice'} · ${line.speaker.name}`;
    return [{ key: `voice-${b.beat.id}-${i}`, name, src: voice.src, fromInFrames: b.fromInFrames + line.fromInFrames, durationInFrames: line.durationInFrames, trimBeforeInFrames: 0, loop: false, volume: level(VOICE_DB) }];
  });

const effectCues = (b: ResolvedBeat, episode: ResolvedEpisode, assets: EpisodeAssets): SoundCue[] => {
  const authored = (b.beat.sound?.effects ?? []).map((e) => ({ src: e.src, atInFrames: Math.round(e.atSeconds * episode.fps), db: e.volumeDb }));
  const automatic = b.beat.sound?.automaticEffects === false ? [] : automaticEffects(b);
  return [...automatic, ...authored].flatMap((effect, i): SoundCue[] => {
    const src = fileOf(effect.src, assets);
    const fromInFrames = b.fromInFrames + effect.atInFrames;
    const durationInFrames = Math.min(episode.durationInFrames - fromInFrames, MAX_EFFECT_SECONDS * episode.fps);
    if (!src || durationInFrames <= 0) return [];
    return [{ key: `effect-${b.beat.id}-${i}`, name: `effect · ${effect.src}`, src, fromInFrames, durationInFrames, trimBeforeInFrames: 0, loop: false, volume: level(EFFECT_DB + effect.db) }];
  });
};

/** Room tone as runs of consecutive beats sharing one file, so it flows across cuts instead of restarting. */
const roomToneCues = (episode: ResolvedEpisode, assets: EpisodeAssets): SoundCue[] => {
  const cues: { src: string; from: number; to: number }[] = [];
  for (const b of episode.beats) {
    const setting = b.beat.sound?.roomTone ?? episode.episode.sound?.roomTone ?? episode.series.sound?.roomTone ?? 'room-tone';
    const src = setting === false || clipSpeaks(b.beat, assets) ? null : fileOf(setting, assets);
    const last = cues[cues.length - 1];
    if (src && last && last.src === src && last.to === b.fromInFrames) last.to = b.fromInFrames + b.durationInFrames;
    else if (src) cues.push({ src, from: b.fromInFrames, to: b.fromInFrames + b.durationInFrames });
  }
  return cues.map((c, i) => ({ key: `room-${i}`, name: 'room tone', src: c.src, fromInFrames: c.from, durationInFrames: c.to - c.from, trimBeforeInFrames: 0, loop: true, volume: level(ROOM_TONE_DB, EDGE_FADE_FRAMES) }));
};

const musicCue = (episode: ResolvedEpisode, assets: EpisodeAssets): SoundCue[] => {
  const music = assets.music;
  if (!music) return [];
  const { settings } = music;
  const fps = episode.fps;
  const volume: CueVolume = { kind: 'music', db: settings.volumeDb, duck: settings.duck, speech: speechRanges(episode), fadeInFrames: Math.round(settings.fadeInSeconds * fps), fadeOutFrames: Math.round(settings.fadeOutSeconds * fps) };
  const trimBeforeInFrames = Math.round(settings.trimStartInSeconds * fps);
  const loop = music.durationInSeconds - settings.trimStartInSeconds < episode.durationInFrames / fps;
  return [{ key: 'music', name: 'music', src: music.src, fromInFrames: 0, durationInFrames: episode.durationInFrames, trimBeforeInFrames, loop, volume }];
};

/** Every sound of an episode besides clip audio: music bed, room tone, voices, effects. Pure: the component only plays the cues. */
export const planSound = ({ episode, assets }: { episode: ResolvedEpisode; assets: EpisodeAssets }): SoundCue[] => [
  ...musicCue(episode, assets),
  ...roomToneCues(episode, assets),
  ...episode.beats.flatMap((b) => [...voiceCues(b, assets), ...effectCues(b, episode, assets)]),
];

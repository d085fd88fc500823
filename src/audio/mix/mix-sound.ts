import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ff } from '../../render/segments/ff';
import type { EpisodeAssets } from '../../media/assets';
import type { ResolvedEpisode } from '../../timeline';
import { clipSpeaks } from '../clip-speaks';
import { cueVolumeAt } from '../cue-volume';
import { planSound, type SoundCue } from '../sound-plan';
import { decodeWav16, encodeWav } from '../synth/wav';

/** The mix's sample rate: Remotion's, and the loudness master's. */
export const MIX_SAMPLE_RATE = 48_000;
const CHANNELS = 2;

/** A sound to lay into the mix: a cue of the sound plan, or a beat's own clip audio (played at the clip's speed, full volume). */
type Layer = { readonly src: string; readonly fromInFrames: number; readonly durationInFrames: number; readonly trimBeforeInFrames: number; readonly loop: boolean; readonly playbackRate: number; readonly gainAt: (frame: number) => number };

/** atempo takes 0.5–2 per instance: 4× is two in a row. */
const tempoFilters = (rate: number): string[] => {
  const filters: string[] = [];
  let left = rate;
  while (left > 2) {
    filters.push('atempo=2');
    left /= 2;
  }
  while (left < 0.5) {
    filters.push('atempo=0.5');
    left /= 0.5;
  }
  if (Math.abs(left - 1) > 1e-9) filters.push(`atempo=${left}`);
  return filters;
};

/** Decodes a layer's source from its trim point (as much as it plays) to interleaved stereo float samples at the mix's rate. */
const decode = async (layer: Layer, publicDir: string, work: string, fps: number): Promise<Float32Array> => {
  const out = path.join(work, 'decoded.wav');
  const seconds = (layer.durationInFrames / fps) * layer.playbackRate;
  const tempo = tempoFilters(layer.playbackRate);
  await ff('ffmpeg', [
    '-v', 'error', '-y',
    '-ss', (layer.trimBeforeInFrames / fps).toFixed(6),
    // A looped layer decodes its section once and repeats it below; the rest decode only what they play.
    ...(layer.loop ? [] : ['-t', seconds.toFixed(6)]),
    '-i', path.resolve(publicDir, layer.src),
    '-map', '0:a:0',
    ...(tempo.length > 0 ? ['-af', tempo.join(',')] : []),
    // 16-bit PCM: the sample format Remotion's ffmpeg writes (it has no float encoders). Channels stay as they are:
    // ffmpeg would spread a mono file over two channels 3 dB down, Remotion plays it at full level on both.
    '-ar', String(MIX_SAMPLE_RATE), '-c:a', 'pcm_s16le', '-f', 'wav', out,
  ]);
  const { samples, channels } = decodeWav16(readFileSync(out));
  if (channels === CHANNELS) return samples;
  if (channels !== 1) throw new Error(`${layer.src} has ${channels} sound channels; mono and stereo can be mixed`);
  const stereo = new Float32Array(samples.length * 2);
  samples.forEach((s, i) => ((stereo[i * 2] = s), (stereo[i * 2 + 1] = s)));
  return stereo;
};

const cueLayer = (cue: SoundCue, fps: number): Layer => ({
  src: cue.src,
  fromInFrames: cue.fromInFrames,
  durationInFrames: cue.durationInFrames,
  trimBeforeInFrames: cue.trimBeforeInFrames,
  loop: cue.loop,
  playbackRate: 1,
  gainAt: (frame) => cueVolumeAt({ volume: cue.volume, frame, fromInFrames: cue.fromInFrames, durationInFrames: cue.durationInFrames, fps }),
});

/** Every sound the episode composition plays: the sound plan's cues and the clips that keep their own sound (MediaShot's Video). */
export const soundLayers = ({ episode, assets }: { episode: ResolvedEpisode; assets: EpisodeAssets }): Layer[] => [
  ...planSound({ episode, assets }).map((cue) => cueLayer(cue, episode.fps)),
  ...episode.beats.flatMap((b): Layer[] => {
    const media = b.beat.media;
    if (!media || !clipSpeaks(b.beat, assets)) return [];
    return [{ src: media.src, fromInFrames: b.fromInFrames, durationInFrames: b.durationInFrames, trimBeforeInFrames: Math.round(media.trimStartInSeconds * episode.fps), loop: false, playbackRate: media.playbackRate, gainAt: () => 1 }];
  }),
];

/**
 * Mixes an episode's sound in Node, without a browser: each source is decoded once with ffmpeg, placed at its frame,
 * scaled frame by frame by the same volume functions the composition's <Audio> elements use (ducking, fades), and
 * summed into a 48 kHz stereo WAV for the loudness master. A render that no longer plays every frame in order (the
 * layered renderer holds and skips frames) gets its sound here in a few seconds instead of a second pass over all of them.
 */
export const mixEpisodeSound = async ({ episode, assets, publicDir, outPath }: { episode: ResolvedEpisode; assets: EpisodeAssets; publicDir: string; outPath: string }): Promise<void> => {
  const fps = episode.fps;
  const samplesPerFrame = MIX_SAMPLE_RATE / fps;
  const total = Math.round(episode.durationInFrames * samplesPerFrame);
  const mix = new Float32Array(total * CHANNELS);
  const work = mkdtempSync(path.join(tmpdir(), 'cliffhanger-mix-'));
  try {
    for (const layer of soundLayers({ episode, assets })) {
      const samples = await decode(layer, publicDir, work, fps);
      const length = samples.length / CHANNELS;
      if (length === 0) continue;
      const start = Math.round(layer.fromInFrames * samplesPerFrame);
      const plays = Math.min(Math.round(layer.durationInFrames * samplesPerFrame), total - start);
      const count = layer.loop ? plays : Math.min(plays, length);
      let frame = -1;
      let gain = 0;
      for (let i = 0; i < count; i++) {
        const f = Math.floor(i / samplesPerFrame);
        if (f !== frame) {
          frame = f;
          gain = layer.gainAt(f);
        }
        const from = (i % length) * CHANNELS;
        const to = (start + i) * CHANNELS;
        for (let c = 0; c < CHANNELS; c++) mix[to + c] = (mix[to + c] ?? 0) + (samples[from + c] ?? 0) * gain;
      }
    }
    // 16-bit like the mix Remotion renders; the loudness master takes it from there.
    writeFileSync(path.resolve(outPath), encodeWav(mix, MIX_SAMPLE_RATE, CHANNELS));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

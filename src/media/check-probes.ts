import type { FieldProblem } from '../errors';
import { CONVERT_AUDIO_HINT, CONVERT_VIDEO_HINT, PLAYABLE_AUDIO_CODECS, PLAYABLE_VIDEO_CODECS, codecName } from './codecs';
import { mediaKindOf } from './kinds';
import type { MediaUse } from './plan';
import type { ProbeResult } from './probe';

/** A problem with a file, worded for a named file (`media.src must name …`) or a dropped-in one (`uses public/… , which must be …`). */
export const fileProblem = ({ use, expected, found, fix }: { use: MediaUse; expected: string; found: string; fix: string }): FieldProblem =>
  use.droppedIn
    ? { path: use.path, message: `uses public/${use.src} (dropped in by its name), which must be ${expected}, but it ${found}`, fix }
    : { path: use.path, message: `must name ${expected}, but public/${use.src} ${found}`, fix };

const REPLACE_FIX = 'Export the file again, or replace it';

type Facts = Extract<ProbeResult, { ok: true }>['facts'];

const known = (value: number | null): value is number => value !== null && Number.isFinite(value) && value > 0;

/** What a clip's header leaves unknown (its size, frame rate or duration) and how to say it; null when all are known. */
const unknownClipFact = (facts: Facts): { fact: string; missing: string } | null => {
  if (!facts.video || !(facts.video.width > 0 && facts.video.height > 0)) return { fact: 'picture size', missing: 'picture size' };
  if (!known(facts.video.fps)) return { fact: 'frame rate', missing: 'frame rate (no timed frames)' };
  if (!known(facts.durationInSeconds)) return { fact: 'duration', missing: 'duration' };
  return null;
};

const checkSound = (use: MediaUse, facts: Facts): FieldProblem[] => {
  if (!facts.audio) return [fileProblem({ use, expected: 'a sound file', found: 'has no audio track', fix: 'Use a file with sound in it' })];
  if (!PLAYABLE_AUDIO_CODECS.includes(facts.audio.codec ?? '')) {
    return [fileProblem({ use, expected: 'a sound Chromium can decode', found: `is ${codecName(facts.audio.codec)}`, fix: CONVERT_AUDIO_HINT })];
  }
  // A recording's length times its line and a bed's length decides whether it loops: both must be known.
  if (!known(facts.durationInSeconds)) return [fileProblem({ use, expected: 'a sound of known length', found: 'has no duration in its header', fix: CONVERT_AUDIO_HINT })];
  return [];
};

const checkPicture = (use: MediaUse, facts: Facts): FieldProblem[] => {
  const isClip = mediaKindOf(use.src) === 'video';
  if (use.role === 'photo' && isClip) return [fileProblem({ use, expected: 'an image (png, jpg, jpeg, webp)', found: 'is a video', fix: 'Export a still from it, or give the clip to the beat as media' })];
  if (!facts.video) return [fileProblem({ use, expected: 'a video', found: 'has no video track', fix: 'Use a file with picture; a sound-only file belongs in a line\'s voice or the music' })];
  if (isClip && !PLAYABLE_VIDEO_CODECS.includes(facts.video.codec ?? '')) {
    return [fileProblem({ use, expected: 'a video Chromium can decode (H.264, VP8, VP9 or AV1)', found: `is ${codecName(facts.video.codec)}`, fix: CONVERT_VIDEO_HINT })];
  }
  if (isClip && facts.audio && !PLAYABLE_AUDIO_CODECS.includes(facts.audio.codec ?? '')) {
    return [fileProblem({ use, expected: 'a clip whose sound Chromium can decode', found: `has sound in ${codecName(facts.audio.codec)}`, fix: CONVERT_VIDEO_HINT })];
  }
  // Framing needs the size, trims and lengths need the duration, and a clip without a frame rate has no timed frames.
  // (A still's size comes from its header, which the probe refuses when it is missing.)
  const unknown = isClip ? unknownClipFact(facts) : null;
  if (unknown) return [fileProblem({ use, expected: `a clip whose ${unknown.fact} is known`, found: `has no ${unknown.missing} in its header`, fix: CONVERT_VIDEO_HINT })];
  return [];
};

/** Whether each file could be read and played: a readable container, the tracks its use needs, codecs the renderer decodes. */
export const checkProbes = ({ uses, results }: { uses: readonly MediaUse[]; results: ReadonlyMap<string, ProbeResult> }): FieldProblem[] =>
  uses.flatMap((use): FieldProblem[] => {
    const result = results.get(use.src);
    if (!result) return [];
    const expected = use.role === 'picture' || use.role === 'photo' ? 'a readable picture' : 'a readable sound file';
    if (!result.ok) return [fileProblem({ use, expected, found: result.reason, fix: REPLACE_FIX })];
    return use.role === 'picture' || use.role === 'photo' ? checkPicture(use, result.facts) : checkSound(use, result.facts);
  });

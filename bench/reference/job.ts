import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Recording } from './media';

/** The reference episode, as a JSON job rendered through the jobs/cliffhanger-job composition. */
export const REFERENCE_JOB = path.join(path.dirname(fileURLToPath(import.meta.url)), 'episode.json');

type Line = { speaker: string; text: string };
type Job = {
  series: { characters: { id: string; scratchVoice?: { voice: string; pitch: number; wordsPerMinute: number } }[] };
  episode: { beats: { id: string; dialogue?: Line[] }[] };
};

/** Reads the reference job as plain JSON (the bench edits it; the CLI validates it). */
export const readReferenceJob = (): Job => JSON.parse(readFileSync(REFERENCE_JOB, 'utf8')) as Job;

/** Every line of the job as a recording to stand in for an actor's take, voiced with its speaker's scratch voice settings. */
export const recordingsOf = (job: Job): Recording[] =>
  job.episode.beats.flatMap((beat) =>
    (beat.dialogue ?? []).map((line, i): Recording => {
      const voice = job.series.characters.find((c) => c.id === line.speaker)?.scratchVoice ?? { voice: 'en-us', pitch: 50, wordsPerMinute: 160 };
      return { beatId: beat.id, line: i + 1, text: line.text, voice: voice.voice, pitch: voice.pitch, wordsPerMinute: voice.wordsPerMinute };
    }),
  );

/**
 * The edit of measurement (c): a caption fix in one line of one beat, the most common change after a first render
 * ("signed out by C. Marsh" → "Signed out by Cole Marsh."). The line has a recording, so its timing, and every other
 * frame, stays the same.
 */
export const EDIT = { beatId: 'van', line: 1, text: 'Signed out by Cole Marsh.' } as const;

/** The reference job with the edit of measurement (c) applied. */
export const editedJob = (job: Job): Job => ({
  ...job,
  episode: {
    ...job.episode,
    beats: job.episode.beats.map((beat) =>
      beat.id !== EDIT.beatId ? beat : { ...beat, dialogue: (beat.dialogue ?? []).map((line, i) => (i === EDIT.line ? { ...line, text: EDIT.text } : line)) },
    ),
  },
});

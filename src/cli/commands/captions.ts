import { Option, type Command } from 'commander';
import path from 'node:path';
import { buildCaptionTrack, formatNote, noteToProblem, trackToJson, trackToSrt, trackToVtt, type CaptionTrack } from '../../captions';
import { readCaptionFile } from '../../captions/node/read-caption-file';
import { CliffhangerError } from '../../errors';
import { timelineInputs } from '../../media/assets';
import { PUBLIC_DIR } from '../../render/paths';
import { resolveEpisode } from '../../timeline';
import { validTargets } from '../context';
import { TARGET_HELP } from '../options';
import { writeOutput } from '../write-output';

const FORMATS: Record<CaptionsFormat, (track: CaptionTrack) => string> = { srt: trackToSrt, vtt: trackToVtt, json: trackToJson };
/** Sidecar formats: SRT (YouTube, Facebook), WebVTT, and Remotion's Caption[] as JSON (one caption per word). */
export type CaptionsFormat = 'srt' | 'vtt' | 'json';

/** Options of `cliffhanger captions`. */
export type CaptionsCommandOptions = { format?: CaptionsFormat; out?: string };

/** The format asked for, else the one the output file's extension names, else SRT. */
const pickFormat = ({ format, out }: CaptionsCommandOptions): CaptionsFormat => {
  if (format) return format;
  const ext = out === undefined ? '' : path.extname(out).slice(1).toLowerCase();
  return ext === 'vtt' || ext === 'json' ? ext : 'srt';
};

/** `cliffhanger captions <episode>`: the episode's caption track as a sidecar file, in plain Node; repairs print as warnings. */
export const captionsCommand = async (name: string, options: CaptionsCommandOptions): Promise<void> => {
  const targets = await validTargets(name);
  const [target] = targets;
  if (!target || targets.length > 1) {
    throw CliffhangerError.plain(name, 'is a series; captions are written one episode at a time', `Name an episode: ${targets.map((t) => t.id).join(', ')}`);
  }
  if (!target.job) return;
  const episode = resolveEpisode(target.job, timelineInputs(target.assets));
  const src = target.job.episode.captions?.src;
  const read = src === undefined ? null : readCaptionFile({ src, publicDir: PUBLIC_DIR });
  const file = read && 'file' in read ? read.file : null;
  const { track, errors, warnings } = buildCaptionTrack({ episode, file });
  const files = { episodeFile: target.file, captionFile: file?.path ?? null, pathPrefix: target.source === 'job-file' ? ['episode'] : [] };
  // validTargets has checked the file already; this only keeps a file that changed since from half-writing.
  if (errors.length > 0) throw new CliffhangerError(errors.map((note) => noteToProblem(note, files)));
  for (const note of warnings) process.stderr.write(`warning: ${formatNote(note, files)}\n`);
  await writeOutput({ text: FORMATS[pickFormat(options)](track), out: options.out });
  if (options.out !== undefined) {
    process.stdout.write(`Wrote ${track.cues.length} caption${track.cues.length === 1 ? '' : 's'} of ${target.id} (${pickFormat(options)}) to ${options.out}\n`);
  }
};

/** Adds `captions` to the program. */
export const registerCaptions = (program: Command): void => {
  program
    .command('captions')
    .description('write an episode\'s captions as a sidecar: SRT, WebVTT or Remotion Caption[] JSON (plain Node, no browser)')
    .argument('<episode>', TARGET_HELP)
    .addOption(new Option('--format <format>', 'srt (the default unless --out ends in .vtt or .json), vtt, or json (Caption[], one per word)').choices(Object.keys(FORMATS)))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action((episode: string, options: CaptionsCommandOptions) => captionsCommand(episode, options));
};

import { BUILT_IN_SOUNDS, musicSchema, type EpisodeJob, type Music } from '../schema';
import type { FieldPath, FieldProblem } from '../errors';
import { dropInMusic, dropInPicture, dropInVoice, episodeMediaFolder, type DropIn } from './conventions';

/** What a file is used as. */
export type MediaRole = 'picture' | 'photo' | 'voice' | 'music' | 'sound';

/** One file an episode uses: named in a field, or dropped in by its name (then `path` is the beat or episode it belongs to). */
export type MediaUse = {
  readonly role: MediaRole;
  readonly src: string;
  readonly path: FieldPath;
  readonly droppedIn: boolean;
  readonly beatId?: string;
  readonly lineIndex?: number;
};

/** The music bed an episode plays: its settings and the file, or null for none. */
export type MusicChoice = { readonly settings: Music; readonly use: MediaUse } | null;

const isFile = (src: string | false | undefined): src is string => typeof src === 'string' && !(BUILT_IN_SOUNDS as readonly string[]).includes(src);

const passedOverProblems = (found: DropIn | null, path: FieldPath): FieldProblem[] =>
  found && found.passedOver.length > 0
    ? [
        {
          path,
          message: `has more than one dropped-in file (public/${[found.src, ...found.passedOver].join(', public/')}); public/${found.src} is used`,
          fix: 'Remove or rename the files you do not want, so exactly one is left',
        },
      ]
    : [];

/** The episode's music: its own setting, else the series', with the file named there or dropped in. */
export const chooseMusic = (job: EpisodeJob, files: ReadonlySet<string>): { music: MusicChoice; problems: FieldProblem[] } => {
  const own = job.episode.sound?.music;
  const inherited = job.series.sound?.music;
  if (own === false || (own === undefined && inherited === false)) return { music: null, problems: [] };
  const [settings, at] = own ? [own, ['episode', 'sound', 'music', 'src']] : inherited ? [inherited, ['series', 'sound', 'music', 'src']] : [musicSchema.parse({}), []];
  if (settings.src) return { music: { settings, use: { role: 'music', src: settings.src, path: at, droppedIn: false } }, problems: [] };
  const found = dropInMusic({ files, seriesId: job.series.id, episodeNumber: job.episode.number });
  const use: MediaUse | null = found ? { role: 'music', src: found.src, path: ['episode'], droppedIn: true } : null;
  return { music: use ? { settings, use } : null, problems: passedOverProblems(found, ['episode']) };
};

/** Every file an episode uses, found in a list of the files in public/. Pure: Node lists the folder, the Studio asks getStaticFiles(). */
export const planMedia = ({ job, files }: { job: EpisodeJob; files: ReadonlySet<string> }): { uses: MediaUse[]; music: MusicChoice; problems: FieldProblem[] } => {
  const folder = episodeMediaFolder(job.series.id, job.episode.number);
  const uses: MediaUse[] = [];
  const problems: FieldProblem[] = [];
  const soundFile = (src: string | false | undefined, path: FieldPath): void => {
    if (isFile(src)) uses.push({ role: 'sound', src, path, droppedIn: false });
  };
  job.episode.beats.forEach((beat, b) => {
    const at = (...rest: PropertyKey[]): FieldPath => ['episode', 'beats', b, ...rest];
    const beatId = beat.id;
    if (beat.media) uses.push({ role: 'picture', src: beat.media.src, path: at('media', 'src'), droppedIn: false, beatId });
    else {
      const found = dropInPicture({ files, folder, beatId });
      if (found) uses.push({ role: 'picture', src: found.src, path: at(), droppedIn: true, beatId });
      problems.push(...passedOverProblems(found, at()));
    }
    if (beat.type === 'insert' && beat.insert.kind === 'photo' && beat.insert.src) uses.push({ role: 'photo', src: beat.insert.src, path: at('insert', 'src'), droppedIn: false, beatId });
    beat.dialogue.forEach((line, lineIndex) => {
      if (line.voice) {
        uses.push({ role: 'voice', src: line.voice, path: at('dialogue', lineIndex, 'voice'), droppedIn: false, beatId, lineIndex });
        return;
      }
      const found = dropInVoice({ files, folder, beatId, lineIndex });
      if (found) uses.push({ role: 'voice', src: found.src, path: at('dialogue', lineIndex), droppedIn: true, beatId, lineIndex });
      problems.push(...passedOverProblems(found, at('dialogue', lineIndex)));
    });
    soundFile(beat.sound?.roomTone, at('sound', 'roomTone'));
    beat.sound?.effects.forEach((effect, e) => soundFile(effect.src, at('sound', 'effects', e, 'src')));
  });
  soundFile(job.episode.sound?.roomTone, ['episode', 'sound', 'roomTone']);
  soundFile(job.series.sound?.roomTone, ['series', 'sound', 'roomTone']);
  const { music, problems: musicProblems } = chooseMusic(job, files);
  if (music) uses.push(music.use);
  return { uses, music, problems: [...problems, ...musicProblems] };
};

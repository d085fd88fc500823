import type { BeatStatus, EpisodeStatus } from './beat-status';
import { summarize, type StatusCounts } from './summarize';

/** Column widths of the text table; wide enough for typical beat ids, longer ones just push the row. */
const SHOT_WIDTH = 3;
const BEAT_WIDTH = 20;
const TYPE_WIDTH = 12;

const counts = (c: StatusCounts): string => `${c.ready} of ${c.beats} beats ready (${c.readyPercent}%)`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const detail = (b: BeatStatus): string => {
  switch (b.state) {
    case 'media':
      return `media: ${b.media ?? ''}`;
    case 'missing-media':
      return `MISSING: public/${b.media ?? ''} does not exist`;
    case 'drawn-insert':
      return `drawn insert (${b.insert ?? ''})${b.media ? `: ${b.media}` : ''}`;
    case 'animatic':
      return b.insert === 'photo' ? 'animatic panel (photo placeholder: set insert.src)' : 'animatic panel';
    default:
      return b.state satisfies never;
  }
};

/** The status report as text: a summary line, then one line per beat under each episode. */
export const statusToText = ({ name, episodes }: { name: string; episodes: readonly EpisodeStatus[] }): string => {
  const all = summarize(episodes.flatMap((e) => e.beats));
  const head = `${name}: ${counts(all)}: ${all.media} with media, ${plural(all.drawnInserts, 'drawn insert')}, ${plural(all.animatic, 'animatic panel')}, ${plural(all.missingMedia, 'missing file')}`;
  const sections = episodes.flatMap((e) => [
    '',
    `${e.id}  ${e.title}  ${counts(summarize(e.beats))}`,
    ...e.beats.map((b) => `  ${String(b.shot).padStart(SHOT_WIDTH)}  ${b.beat.padEnd(BEAT_WIDTH)}  ${b.type.padEnd(TYPE_WIDTH)}  ${detail(b)}`),
  ]);
  return `${[head, ...sections].join('\n')}\n`;
};

/** The status report as JSON: the summary and every beat. */
export const statusToJson = ({ name, episodes }: { name: string; episodes: readonly EpisodeStatus[] }): string =>
  `${JSON.stringify({ target: name, summary: summarize(episodes.flatMap((e) => e.beats)), episodes: episodes.map((e) => ({ ...e, summary: summarize(e.beats) })) }, null, 2)}\n`;

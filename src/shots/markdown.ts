import { statedText } from './format-shots';
import type { EpisodeShots, ShotRow } from './shot-row';
import { formatSeconds, formatTimecode } from './timecode';

/** Characters that would start emphasis, code, links or HTML in Markdown; "_" only at a word's edge (CommonMark ignores it inside words). */
const MARKDOWN_SPECIAL = /[\\`*[\]<>]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Text safe to print inside a Markdown paragraph or list item. */
export const markdownText = (text: string): string => text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/\n/g, ' ');

const field = (label: string, value: string): string => `- **${label}:** ${value === '' ? '—' : markdownText(value)}`;

const shotBlock = (row: ShotRow, fps: number): string[] => {
  const when = row.fromInFrames === null ? `SUGGESTED extra, ${formatSeconds(row.durationInFrames, fps)} s` : `${formatTimecode(row.fromInFrames, fps)}, ${formatSeconds(row.durationInFrames, fps)} s`;
  const lines = row.lines.length === 0 ? ['- **Lines:** —'] : ['- **Lines:**', ...row.lines.map((l) => `  - ${markdownText(l)}`)];
  return [
    `### ${row.shot}. ${markdownText(row.beat)} (${row.type === row.role ? row.type : `${row.type}, ${row.role}`}) · ${when}`,
    '',
    field('Shot', `${row.shotType}, camera ${row.camera}`),
    field('Cast', row.characters.join(', ')),
    field('Setting', statedText(row.setting)),
    field('Lighting', statedText(row.lighting)),
    field('Props', row.props.join('; ')),
    field('Action', row.description),
    ...(row.emotion === null ? [] : [field('Emotion', row.emotion)]),
    ...lines,
    ...(row.continuity.length === 0 ? [] : [field('Continuity', row.continuity.join('; '))]),
    '',
  ];
};

const episodeSection = (episode: EpisodeShots): string[] => {
  const inCut = episode.shots.filter((s) => !s.suggested).length;
  const suggested = episode.shots.length - inCut;
  return [
    `## ${markdownText(episode.id)}: ${markdownText(episode.title)}`,
    '',
    `${inCut} shot${inCut === 1 ? '' : 's'}, ${formatSeconds(episode.durationInFrames, episode.fps)} s; ${suggested} suggested extra reaction shot${suggested === 1 ? '' : 's'} (marked SUGGESTED, not in the cut).`,
    '',
    ...episode.shots.flatMap((row) => shotBlock(row, episode.fps)),
  ];
};

/** The shot lists as a Markdown call sheet: one section per episode, one block per shot, readable printed. */
export const shotsToMarkdown = (episodes: readonly EpisodeShots[]): string =>
  `${['# Shot list', '', ...episodes.flatMap(episodeSection)].join('\n').trimEnd()}\n`;

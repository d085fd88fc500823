import type { Stated } from '../continuity';
import { toCsv } from './csv';
import type { EpisodeShots, ShotRow } from './shot-row';
import { formatSeconds, formatTimecode } from './timecode';

/** Marks a setting or lighting line carried over from an earlier beat, as screenplays write "(cont.)". */
export const statedText = (stated: Stated | null): string => (stated ? `${stated.text}${stated.carried ? ' (cont.)' : ''}` : '');

const CSV_HEADER = ['episode', 'shot', 'beat', 'suggested', 'type', 'role', 'start', 'duration_s', 'shot_type', 'camera', 'characters', 'setting', 'lighting', 'props', 'lines', 'emotion', 'description', 'continuity'] as const;

const csvRecord = (row: ShotRow, fps: number): string[] => [
  row.episode,
  row.shot,
  row.beat,
  row.suggested ? 'yes' : '',
  row.type,
  row.role,
  row.fromInFrames === null ? '' : formatTimecode(row.fromInFrames, fps),
  formatSeconds(row.durationInFrames, fps),
  row.shotType,
  row.camera,
  row.characters.join('; '),
  statedText(row.setting),
  statedText(row.lighting),
  row.props.join('; '),
  row.lines.join('\n'),
  row.emotion ?? '',
  row.description,
  row.continuity.join('; '),
];

/** The shot lists of some episodes as one RFC 4180 CSV table, one record per shot. */
export const shotsToCsv = (episodes: readonly EpisodeShots[]): string =>
  toCsv(CSV_HEADER, episodes.flatMap((e) => e.shots.map((row) => csvRecord(row, e.fps))));

/** The shot lists as JSON for scripts and generation batches. */
export const shotsToJson = (episodes: readonly EpisodeShots[]): string => `${JSON.stringify(episodes, null, 2)}\n`;

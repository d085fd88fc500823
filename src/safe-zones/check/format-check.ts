import { bottomOf, rightOf } from '../geometry';
import { PRESETS } from '../presets';
import type { RegionKind } from '../zones';
import type { FrameCollision } from './check-layout';
import type { LayoutCheck } from './check-episode';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "TikTok, Instagram Reels and YouTube Shorts (organic)". */
const platformList = (check: LayoutCheck): string => {
  const names = check.platforms.map((p) => p.name);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'no platform');
  return `${listed} (${check.variant})`;
};

/** How the report names a platform's region: "TikTok's action column (profile, like, comment, save, share)". */
export const regionName = (collision: FrameCollision): string => {
  const { covers } = PRESETS[collision.zones.platform];
  const names: Record<RegionKind, string> = {
    top: `top bar (${covers.top})`,
    bottom: `bottom (${covers.bottom})`,
    left: 'left edge',
    right: 'right edge',
    'action-column': `action column (${covers.column})`,
  };
  const name = collision.zones.name;
  return `${name}${name.endsWith('s') ? "'" : "'s"} ${names[collision.region]}`;
};

const seconds = (frame: number, fps: number): string => `${Number((frame / fps).toFixed(2))} s`;

const collisionLines = (check: LayoutCheck): string[] => {
  const rows = check.collisions.map((c) => ({ time: seconds(c.frame, check.fps), frame: `frame ${c.frame}`, source: c.box.source || '-', c }));
  const width = (pick: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => pick(r).length));
  const [time, frame, source] = [width((r) => r.time), width((r) => r.frame), width((r) => r.source)];
  return rows.map(
    (r) => `  ${r.time.padStart(time)}  ${r.frame.padEnd(frame)}  ${r.source.padEnd(source)}  ${r.c.box.label} reaches ${r.c.depthPx} px into ${regionName(r.c)}`,
  );
};

/** One episode's result: a ✓ line, or a ✗ line with every collision (time, field, element, platform region, depth) and the fix. */
export const formatEpisodeCheck = (check: LayoutCheck): string => {
  const where = `${check.id} (${check.file})`;
  if (check.collisions.length === 0) {
    return `✓ ${where}: ${plural(check.framesChecked, 'frame')}, ${check.boxesMeasured} critical box${check.boxesMeasured === 1 ? '' : 'es'} clear of ${platformList(check)}\n`;
  }
  const area = check.safeArea;
  return [
    `✗ ${where}: ${plural(check.collisions.length, 'collision')} with ${platformList(check)} on ${plural(check.framesChecked, 'frame')}`,
    ...collisionLines(check),
    `  Keep captions, titles and clues inside x ${area.x}–${rightOf(area)}, y ${area.y}–${bottomOf(area)}: shorten the text or break long words, move a focal point inward, or change the series' platforms`,
    '',
  ].join('\n');
};

/** The closing line: collisions in how many of the episodes checked. */
export const formatCheckSummary = (checks: readonly LayoutCheck[]): string => {
  const collisions = checks.reduce((n, c) => n + c.collisions.length, 0);
  const failing = checks.filter((c) => c.collisions.length > 0).length;
  const episodes = failing === 0 ? plural(checks.length, 'episode') : `${failing} of ${plural(checks.length, 'episode')}`;
  return `${plural(collisions, 'collision')} with platform UI in ${episodes}\n`;
};

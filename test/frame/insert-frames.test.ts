import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKER_COLOR } from '../../src/inserts/shared/marker';
import { episodeJobSchema, type EpisodeJobInput } from '../../src/schema';
import { resolveEpisode, type ResolvedBeat } from '../../src/timeline';
import { JOB_COMPOSITION_ID } from '../../src/remotion/composition-ids';
import { FULL_FRAME, count, hex, meanLuminance, startFrameRenderer, type FrameRenderer, type Rect } from './harness';
import { minimalSeries } from '../fixtures/minimal';

// One insert beat per kind, rendered through the generic job composition at named frames: the frame
// before each item appears and a few frames after it.
const ACCENT = '#22d3ee';
const MISSED_RED = hex('#ff453a');
const PHONE_SCREEN: Rect = { x: 130, y: 260, w: 720, h: 1300 };

const insertBeat = (id: string, insert: Record<string, unknown>) => ({ type: 'insert', id, role: 'reveal', shot: { description: `${id} insert` }, insert });

const job: EpisodeJobInput = {
  series: { ...minimalSeries(), style: { palette: { accent: ACCENT } } } as EpisodeJobInput['series'],
  episode: {
    series: 'test-series',
    number: 1,
    title: 'Inserts',
    purpose: 'Every insert kind at named frames.',
    beats: [
      insertBeat('chat', { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'check the file' }, { from: 'me', text: 'he renamed it' }] }),
      insertBeat('notification', { kind: 'notification', sender: 'Jun', text: 'Security does rounds at midnight.' }),
      insertBeat('missed-call', { kind: 'missed-call', caller: 'Jun', count: 3 }),
      insertBeat('document', { kind: 'document', title: 'Version history', lines: ['v1 Created by Maya', 'v7 Owner changed to Victor'], highlightLine: 1 }),
      insertBeat('email', { kind: 'email', from: 'Victor', to: 'Maya', subject: 'Working late?', body: ['Whatever you found, it is mine.'], highlight: 'it is mine' }),
      insertBeat('photo', { kind: 'photo', description: 'Sketches with the initials cut off', caption: 'cut off' }),
    ],
  } as EpisodeJobInput['episode'],
};

const resolved = resolveEpisode(episodeJobSchema.parse(job));
const beat = (id: string): ResolvedBeat => {
  const found = resolved.beats.find((b) => b.beat.id === id);
  if (!found) throw new Error(`no beat ${id}`);
  return found;
};
/** Episode frame of a beat's nth insert item, plus an offset. */
const itemFrame = (id: string, item: number, offset: number): number => {
  const b = beat(id);
  return b.fromInFrames + (b.insertTiming?.itemFromInFrames[item] ?? 0) + offset;
};

let frames: FrameRenderer;
const at = (frame: number) => frames.frameOf(JOB_COMPOSITION_ID, frame, job as unknown as Record<string, unknown>);

beforeAll(async () => {
  frames = await startFrameRenderer({ entry: 'src/remotion/index.ts' });
});
afterAll(async () => {
  await frames?.close();
});

describe('inserts at named frames', () => {
  it('chat: my bubble, in the series accent, appears exactly at its frame', async () => {
    const before = count(await at(itemFrame('chat', 1, -1)), PHONE_SCREEN, hex(ACCENT));
    const after = count(await at(itemFrame('chat', 1, 8)), PHONE_SCREEN, hex(ACCENT));
    expect(after - before).toBeGreaterThan(1500);
  });

  it('notification: the lock screen wakes when the banner arrives', async () => {
    const asleep = meanLuminance(await at(itemFrame('notification', 0, -1)), PHONE_SCREEN);
    const awake = meanLuminance(await at(itemFrame('notification', 0, 15)), PHONE_SCREEN);
    expect(awake - asleep).toBeGreaterThan(8);
  });

  it('missed call: the red "Missed call" state shows once the call is in', async () => {
    expect(count(await at(itemFrame('missed-call', 0, 20)), FULL_FRAME, MISSED_RED, 40)).toBeGreaterThan(300);
  });

  it('document: the highlighter is absent before the clue frame and sweeps the line after it', async () => {
    expect(count(await at(itemFrame('document', 0, -1)), FULL_FRAME, hex(MARKER_COLOR))).toBe(0);
    expect(count(await at(itemFrame('document', 0, 20)), FULL_FRAME, hex(MARKER_COLOR))).toBeGreaterThan(2000);
  });

  it('email: the damning phrase is highlighted only from its frame', async () => {
    expect(count(await at(itemFrame('email', 0, -1)), FULL_FRAME, hex(MARKER_COLOR))).toBe(0);
    expect(count(await at(itemFrame('email', 0, 20)), FULL_FRAME, hex(MARKER_COLOR))).toBeGreaterThan(1000);
  });

  it('photo: a white-bordered print is on screen', async () => {
    expect(count(await at(itemFrame('photo', 0, 30)), FULL_FRAME, [248, 246, 240], 12)).toBeGreaterThan(8000);
  });
});

import { describe, expect, it } from 'vitest';
import { episodeStatus, statusToText, summarize, type BeatStatus } from '../../../src/status';
import type { BeatInput } from '../../../src/schema';
import { productionJob } from '../../fixtures/production';

const face = (id: string, extra: Partial<BeatInput> = {}): BeatInput => ({ type: 'reaction', id, shot: { description: 'A face.' }, character: 'maya', emotion: 'shock', ...extra }) as BeatInput;
const photo = (id: string, src?: string): BeatInput => ({ type: 'insert', id, shot: { description: 'A photo.' }, insert: { kind: 'photo', description: 'sketches', ...(src ? { src } : {}) } });

const job = productionJob({
  beats: [
    face('filmed', { media: { src: 'office/e01/filmed.mp4' } }),
    face('lost', { media: { src: 'office/e01/lost.mp4' } }),
    face('panel'),
    { type: 'insert', id: 'chat', shot: { description: 'Her phone.' }, insert: { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'hi' }] } },
    photo('placeholder'),
    photo('pictured', 'office/e01/sketch.png'),
  ],
});
const exists = (src: string) => ['office/e01/filmed.mp4', 'office/e01/sketch.png'].includes(src);

const beats: BeatStatus[] = [
  { shot: 1, beat: 'filmed', type: 'reaction', state: 'media', media: 'office/e01/filmed.mp4', insert: null },
  { shot: 2, beat: 'lost', type: 'reaction', state: 'missing-media', media: 'office/e01/lost.mp4', insert: null },
  { shot: 3, beat: 'panel', type: 'reaction', state: 'animatic', media: null, insert: null },
  { shot: 4, beat: 'chat', type: 'insert', state: 'drawn-insert', media: null, insert: 'chat' },
  { shot: 5, beat: 'placeholder', type: 'insert', state: 'animatic', media: null, insert: 'photo' },
  { shot: 6, beat: 'pictured', type: 'insert', state: 'drawn-insert', media: 'office/e01/sketch.png', insert: 'photo' },
];

describe('episodeStatus', () => {
  it('tells media, missing files, drawn inserts and animatic panels apart', () => {
    expect(episodeStatus({ id: 'office-e01', job, exists })).toEqual({ id: 'office-e01', title: 'Pilot', beats });
  });
});

describe('summarize', () => {
  it('counts beats by state; ready means media or a drawn insert', () => {
    expect(summarize(beats)).toEqual({ beats: 6, media: 1, drawnInserts: 2, animatic: 2, missingMedia: 1, ready: 3, readyPercent: 50 });
  });
  it('gives no beats 0 %, and one ready beat of one 100 %', () => {
    expect(summarize([]).readyPercent).toBe(0);
    expect(summarize(beats.slice(0, 1)).readyPercent).toBe(100);
  });
});

describe('statusToText', () => {
  it('prints a summary line and one line per beat', () => {
    expect(statusToText({ name: 'office', episodes: [{ id: 'office-e01', title: 'Pilot', beats }] })).toBe(
      [
        'office: 3 of 6 beats ready (50%): 1 with media, 2 drawn inserts, 2 animatic panels, 1 missing file',
        '',
        'office-e01  Pilot  3 of 6 beats ready (50%)',
        '    1  filmed                reaction      media: office/e01/filmed.mp4',
        '    2  lost                  reaction      MISSING: public/office/e01/lost.mp4 does not exist',
        '    3  panel                 reaction      animatic panel',
        '    4  chat                  insert        drawn insert (chat)',
        '    5  placeholder           insert        animatic panel (photo placeholder: set insert.src)',
        '    6  pictured              insert        drawn insert (photo): office/e01/sketch.png',
        '',
      ].join('\n'),
    );
  });
});

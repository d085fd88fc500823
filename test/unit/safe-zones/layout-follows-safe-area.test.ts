import { describe, expect, it } from 'vitest';
import { overlayBand } from '../../../src/beats/hook/overlay-layout';
import { threadBottomPx } from '../../../src/inserts/chat/chat-layout';
import { layoutDocument } from '../../../src/inserts/document/document-layout';
import { phoneLayout } from '../../../src/inserts/phone/phone-layout';
import { printRect, printScale } from '../../../src/inserts/photo/photo-layout';
import { getSafeRect } from '../../../src/safe-zones';
import type { DocumentInsert } from '../../../src/schema';

const organic = getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'] });
const ads = getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'], variant: 'ads' });
const snapchat = getSafeRect({ platforms: ['snapchat-spotlight'] });

describe('layout inside the safe area of the series’ platforms', () => {
  it('puts the hook text across the safe area, 21 px under its top', () => {
    expect([overlayBand(organic), overlayBand(snapchat)]).toEqual([
      { leftPx: 65, rightPx: 900, topPx: 290 },
      { leftPx: 0, rightPx: 1080, topPx: 171 },
    ]);
  });

  it('centres the phone on the safe area and ends the chat thread at its bottom', () => {
    const phone = phoneLayout(organic);
    expect(phone).toEqual({
      screen: { x: 102.5, y: 130, width: 760, height: 1460 },
      body: { x: 84.5, y: 112, width: 796, height: 1496 },
      screenSafe: { top: 139, bottom: 1330 },
    });
    expect([threadBottomPx(phone), threadBottomPx(phoneLayout(ads))]).toEqual([1330, 1118]);
    expect(phoneLayout(snapchat).screen.x).toBe(160);
  });

  it('centres the document across the safe area', () => {
    const insert: DocumentInsert = { kind: 'document', title: 'Memo', lines: ['One line.'], highlightLine: 0 };
    expect([layoutDocument(insert, organic).page.x, layoutDocument(insert, snapchat).page.x]).toEqual([97.5, 155]);
  });

  it('places the photo print 48 px under the safe top, and shrinks it about its centre where the safe area is short', () => {
    expect(printRect(organic)).toEqual({ x: 122.5, y: 317, width: 720, height: 1010 });
    expect(printScale(organic)).toBe(1);
    expect(printRect(ads)).toEqual({ x: 116.5, y: 263, width: 720, height: 1010 });
    expect(printScale(ads)).toBeCloseTo(864 / 1010, 5);
  });
});

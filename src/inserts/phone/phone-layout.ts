import { INSERT_SAFE_RECT, type Rect } from '../shared/geometry';

/** Screen size in canvas px. 760 wide keeps the bezel out of the action column (x ≥ 900); 1.92:1 sits between 16:9 and 19.5:9 phones. */
const SCREEN_WIDTH_PX = 760;
const SCREEN_HEIGHT_PX = 1460;
/** Screen top: the status bar lives under the platform's top UI, the content below y 250. */
const SCREEN_TOP_PX = 130;
/** Centre of the safe column x 90–900 rather than of the canvas, so no right-hand UI covers the screen. */
const PHONE_CENTER_X = INSERT_SAFE_RECT.x + INSERT_SAFE_RECT.width / 2;
/** Black glass around the screen. */
export const BEZEL_PX = 18;
export const SCREEN_RADIUS_PX = 74;
export const STATUS_BAR_HEIGHT_PX = 88;

/** The screen, in canvas px. */
export const PHONE_SCREEN: Rect = {
  x: PHONE_CENTER_X - SCREEN_WIDTH_PX / 2,
  y: SCREEN_TOP_PX,
  width: SCREEN_WIDTH_PX,
  height: SCREEN_HEIGHT_PX,
};

/** The device body (screen plus bezel), in canvas px. */
export const PHONE_BODY: Rect = {
  x: PHONE_SCREEN.x - BEZEL_PX,
  y: PHONE_SCREEN.y - BEZEL_PX,
  width: PHONE_SCREEN.width + 2 * BEZEL_PX,
  height: PHONE_SCREEN.height + 2 * BEZEL_PX,
};

/** The part of the screen where evidence may go, in screen-local px (y 0 = top of the screen). */
export const SCREEN_SAFE = {
  top: INSERT_SAFE_RECT.y - PHONE_SCREEN.y,
  bottom: INSERT_SAFE_RECT.y + INSERT_SAFE_RECT.height - PHONE_SCREEN.y,
} as const;

/** A screen-local y as a canvas y. */
export const screenToCanvasY = (screenY: number): number => PHONE_SCREEN.y + screenY;

/** Clock shown when the insert names no time, and the same moment as a message timestamp. */
export const DEFAULT_CLOCK = '11:47';
export const DEFAULT_TIME_LABEL = `${DEFAULT_CLOCK} PM`;

/** The status-bar clock for an insert time like "2:14 AM" ("2:14"); other texts ("now") give the default. */
export const clockFromTime = (time: string | undefined): string => {
  const match = /(\d{1,2}):(\d{2})/.exec(time ?? '');
  return match ? `${Number(match[1])}:${match[2]}` : DEFAULT_CLOCK;
};

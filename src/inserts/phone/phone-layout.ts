import { centerOf, type Rect } from '../../safe-zones';

/** Screen size in canvas px. 760 wide keeps the bezel out of the action column (x ≥ 900); 1.92:1 sits between 16:9 and 19.5:9 phones. */
const SCREEN_WIDTH_PX = 760;
const SCREEN_HEIGHT_PX = 1460;
/** Screen top: the status bar lives under the platform's top UI, the content inside the safe area below it. */
const SCREEN_TOP_PX = 130;
/** Black glass around the screen. */
export const BEZEL_PX = 18;
export const SCREEN_RADIUS_PX = 74;
export const STATUS_BAR_HEIGHT_PX = 88;

/** Where the phone sits: its screen and body in canvas px, and the screen-local band (y 0 = top of the screen) evidence may use. */
export type PhoneLayout = {
  readonly screen: Rect;
  readonly body: Rect;
  readonly screenSafe: { readonly top: number; readonly bottom: number };
};

/** The phone centred on the safe area (not the canvas, so no right-hand UI covers the screen), its evidence band inside it. */
export const phoneLayout = (safeArea: Rect): PhoneLayout => {
  const screen = { x: centerOf(safeArea).x - SCREEN_WIDTH_PX / 2, y: SCREEN_TOP_PX, width: SCREEN_WIDTH_PX, height: SCREEN_HEIGHT_PX };
  return {
    screen,
    body: { x: screen.x - BEZEL_PX, y: screen.y - BEZEL_PX, width: screen.width + 2 * BEZEL_PX, height: screen.height + 2 * BEZEL_PX },
    screenSafe: { top: safeArea.y - screen.y, bottom: safeArea.y + safeArea.height - screen.y },
  };
};

/** Clock shown when the insert names no time, and the same moment as a message timestamp. */
export const DEFAULT_CLOCK = '11:47';
export const DEFAULT_TIME_LABEL = `${DEFAULT_CLOCK} PM`;

/** The status-bar clock for an insert time like "2:14 AM" ("2:14"); other texts ("now") give the default. */
export const clockFromTime = (time: string | undefined): string => {
  const match = /(\d{1,2}):(\d{2})/.exec(time ?? '');
  return match ? `${Number(match[1])}:${match[2]}` : DEFAULT_CLOCK;
};

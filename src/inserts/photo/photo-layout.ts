import type { Rect } from '../shared/geometry';

/** The print's white border: thin on three sides, deep at the foot where the caption is written (instant-film style). */
export const PRINT_BORDER_PX = 30;
export const PRINT_FOOT_PX = 180;
/** Picture size inside the border: portrait 0.82; the whole print is 720x1010. */
export const PICTURE_WIDTH_PX = 660;
export const PICTURE_HEIGHT_PX = 800;
/**
 * Room kept between the print and the safe area's edges for its resting tilt (2.5° lifts a corner
 * ~16 px) and its slow drift (5 % larger by the end of the beat grows it ~25 px each way).
 */
const PRINT_MARGIN_PX = 48;

const PRINT_WIDTH_PX = PICTURE_WIDTH_PX + 2 * PRINT_BORDER_PX;
const PRINT_HEIGHT_PX = PICTURE_HEIGHT_PX + PRINT_BORDER_PX + PRINT_FOOT_PX;

/** The print (border included) in canvas px: centred across the safe area, PRINT_MARGIN_PX below its top, or centred in it when it needs shrinking. */
export const printRect = (safeArea: Rect): Rect => {
  const room = safeArea.height - 2 * PRINT_MARGIN_PX;
  const y = room >= PRINT_HEIGHT_PX ? safeArea.y + PRINT_MARGIN_PX : safeArea.y + (safeArea.height - PRINT_HEIGHT_PX) / 2;
  return { x: safeArea.x + (safeArea.width - PRINT_WIDTH_PX) / 2, y, width: PRINT_WIDTH_PX, height: PRINT_HEIGHT_PX };
};

/** How much the print shrinks (about its centre) to keep its margins in a short safe area, such as the ads zones'; 1 when it fits. */
export const printScale = (safeArea: Rect): number =>
  Math.min(1, (safeArea.height - 2 * PRINT_MARGIN_PX) / PRINT_HEIGHT_PX, (safeArea.width - 2 * PRINT_MARGIN_PX) / PRINT_WIDTH_PX);

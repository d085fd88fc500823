import { INSERT_SAFE_RECT, type Rect } from '../shared/geometry';

/** The print's white border: thin on three sides, deep at the foot where the caption is written (instant-film style). */
export const PRINT_BORDER_PX = 30;
export const PRINT_FOOT_PX = 180;
/** Picture size inside the border: portrait 0.82, so the whole print fits y 270–1270. */
export const PICTURE_WIDTH_PX = 660;
export const PICTURE_HEIGHT_PX = 800;
const PRINT_TOP_PX = 270;

/** The print (border included) in canvas px, centred on the safe column. */
export const PRINT_RECT: Rect = {
  x: INSERT_SAFE_RECT.x + (INSERT_SAFE_RECT.width - (PICTURE_WIDTH_PX + 2 * PRINT_BORDER_PX)) / 2,
  y: PRINT_TOP_PX,
  width: PICTURE_WIDTH_PX + 2 * PRINT_BORDER_PX,
  height: PICTURE_HEIGHT_PX + PRINT_BORDER_PX + PRINT_FOOT_PX,
};

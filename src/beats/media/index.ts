export { MediaShot } from './MediaShot';
export { MediaAssetsProvider, usePictureSize } from './assets-context';
export { placePicture, pixelRect, stillZoom, clipTrim, leavesBars, FOCAL_ANCHOR } from './media-fit';
export type { PictureRect } from './media-fit';

export { MediaShot } from './MediaShot';
export { focalPosition, stillScale, clipTrim } from './media-fit';

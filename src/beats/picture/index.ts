export { ShotPicture } from './ShotPicture';

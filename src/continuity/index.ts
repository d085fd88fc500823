export { charactersInFrame, castOf, remoteCharacters } from './cast';
export { trackContinuity, initialLooks } from './track-continuity';
export type { BeatContinuity, CharacterLook, Stated } from './track-continuity';
export { checkContinuity } from './check-continuity';

export { TransitionIn } from './TransitionIn';
export { transitionLook } from './transition-look';
export type { TransitionLook } from './transition-look';

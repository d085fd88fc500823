// Drawing captions (React, browser): the track component and the layout it measures with @remotion/layout-utils.
export { CaptionTrack } from './CaptionTrack';
export { CaptionPageView } from './CaptionPageView';
export { layoutCue, textStyle, MIN_CAPTION_FONT_PX, MAX_CAPTION_LINES, WORD_SPACING_EM } from './fit-cue';
export type { CueLayout, PageLayout } from './fit-cue';
export { pageMotion, ENTER_FRAMES } from './page-motion';
export { wordColor, isSpoken } from './word-paint';

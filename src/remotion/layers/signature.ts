import { stableHash } from '../../audio/cache';

/** Elements whose pixels are not described by the DOM: a frame that shows one is never held. */
const LIVE_ELEMENTS = 'canvas, video, iframe, object, embed';

/**
 * What a frame looks like, as a short string: two frames with the same signature draw the same pixels. It hashes the
 * frame's DOM (every attribute and inline style: positions, opacities, transforms, text, image sources); the stylesheets
 * and fonts are the same for every frame of a render. A frame showing something the DOM does not describe (a canvas,
 * a video) gets a signature of its own, `live:<frame>`, so it is always captured.
 */
export const signatureOf = (root: Element, frame: number): string => {
  if (root.querySelector(LIVE_ELEMENTS)) return `live:${frame}`;
  const html = root.outerHTML;
  return `${stableHash(html)}.${html.length.toString(36)}`;
};

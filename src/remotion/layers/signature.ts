/** Elements whose pixels are not described by the DOM: a frame that shows one is never held. */
const LIVE_ELEMENTS = 'canvas, video, iframe, object, embed';

/** cyrb53: a fast 53-bit string hash (public domain, bryc); a collision between two frames of one run is ~n²/2⁵⁴. */
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/**
 * What a frame looks like, as a short string: two frames with the same signature draw the same pixels. It hashes the
 * frame's DOM (every attribute and inline style: positions, opacities, transforms, text, image sources); the stylesheets
 * and fonts are the same for every frame of a render. A frame showing something the DOM does not describe (a canvas,
 * a video) gets a signature of its own, `live:<frame>`, so it is always captured.
 */
export const signatureOf = (root: Element, frame: number): string => {
  if (root.querySelector(LIVE_ELEMENTS)) return `live:${frame}`;
  const html = root.outerHTML;
  return `${hash53(html)}.${html.length.toString(36)}`;
};

/**
 * How the segment cache asks an episode composition to draw for a layered render (src/render/layers): which beats'
 * footage ffmpeg composites instead of Chromium, whether the frame is transparent where nothing is drawn, and for the
 * signature probe, up to which frame to play. Absent in every other render, in the Studio and in a plain `remotion render`.
 */
export type LayerMode = {
  /** Indexes of beats whose picture (their clip) is left out: ffmpeg draws it under this layer. */
  readonly omitPictures: readonly number[];
  /** No background anywhere: the frame is captured as a PNG with alpha, to lay over the footage. */
  readonly transparent: boolean;
  /** Probe mode: play every frame from the rendered one up to (not including) this one and emit their signatures. */
  readonly probeTo?: number;
};

/** The artifact a probe emits: one signature per frame it played, in order. */
export const SIGNATURES_ARTIFACT = 'cliffhanger-frame-signatures.json';

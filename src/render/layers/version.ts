/**
 * The layered pipeline's version, part of every segment key it renders (with the encoder settings): raise it when a
 * change to src/render/layers can change a segment's pixels, which the code hash (only the compositions' own code)
 * does not see.
 */
export const LAYERS_VERSION = 'layers-1';

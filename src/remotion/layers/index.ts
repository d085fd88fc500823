export { LayerModeProvider, useDrawMode, useBackground } from './LayerContext';
export { SignatureProbe } from './SignatureProbe';
export { LayeredRoot } from './LayeredRoot';
export { signatureOf } from './signature';
export { SIGNATURES_ARTIFACT, type LayerMode } from './layer-mode';

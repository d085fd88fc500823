import type { ReactNode } from 'react';
import { LayerModeProvider } from './LayerContext';
import type { LayerMode } from './layer-mode';
import { SignatureProbe } from './SignatureProbe';

/**
 * Where a composition takes part in a layered render: below it, beats know which pictures to leave out, and in probe
 * mode its frames are played and signed instead of captured. Without `layers` (the Studio, a plain render) it is only its children.
 */
export const LayeredRoot = ({ layers, children }: { readonly layers: LayerMode | undefined; readonly children: ReactNode }) => (
  <LayerModeProvider mode={layers}>{layers?.probeTo === undefined ? children : <SignatureProbe to={layers.probeTo}>{children}</SignatureProbe>}</LayerModeProvider>
);

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LayerMode } from './layer-mode';

type DrawMode = { readonly omitPictures: ReadonlySet<number>; readonly transparent: boolean };

const FULL: DrawMode = { omitPictures: new Set(), transparent: false };
const DrawModeContext = createContext<DrawMode>(FULL);

/** Lets the beats below know which pictures to leave out and whether to paint backgrounds (a layered render's overlay pass). */
export const LayerModeProvider = ({ mode, children }: { readonly mode: LayerMode | undefined; readonly children: ReactNode }) => {
  const value = useMemo<DrawMode>(() => (mode ? { omitPictures: new Set(mode.omitPictures), transparent: mode.transparent } : FULL), [mode]);
  return <DrawModeContext.Provider value={value}>{children}</DrawModeContext.Provider>;
};

/** What a component draws in this render: everything, unless a layered render left its picture to ffmpeg. */
export const useDrawMode = (): DrawMode => useContext(DrawModeContext);

/** A background colour, or none in an overlay layer (the footage shows through). */
export const useBackground = (color: string): string | undefined => (useDrawMode().transparent ? undefined : color);

import { createContext, useContext, type ReactNode } from 'react';
import type { EpisodeAssets, PictureAsset } from '../../media/assets';

const PicturesContext = createContext<Readonly<Record<string, PictureAsset>>>({});

/** Makes the measured pictures of an episode available to every beat below it (for framing by the real aspect ratio). */
export const MediaAssetsProvider = ({ assets, children }: { readonly assets: EpisodeAssets; readonly children: ReactNode }) => (
  <PicturesContext.Provider value={assets.pictures}>{children}</PicturesContext.Provider>
);

/** The measured size of a picture in public/, or null when it was not measured (then CSS object-fit frames it). */
export const usePictureSize = (src: string): { width: number; height: number } | null => {
  const picture = Object.values(useContext(PicturesContext)).find((p) => p.src === src);
  return picture ? { width: picture.width, height: picture.height } : null;
};

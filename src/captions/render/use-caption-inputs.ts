import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender, staticFile, useRemotionEnvironment } from 'remotion';
import { loadShippedFonts } from '../../style';
import { decodeUtf8 } from '../parse/source-lines';
import type { CaptionFile } from '../track/build-track';

/** What drawing captions waits for: the fonts (text is measured with them) and the episode's subtitle file, if any. */
export type CaptionInputs =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly file: CaptionFile | null }
  | { readonly status: 'failed'; readonly message: string };

const fetchFile = async (src: string): Promise<CaptionFile> => {
  const response = await fetch(staticFile(src));
  if (!response.ok) throw new Error(`public/${src} could not be loaded (HTTP ${response.status}): check episode.captions.src`);
  const text = decodeUtf8(new Uint8Array(await response.arrayBuffer()));
  if (text === null) throw new Error(`public/${src} is not UTF-8: save it as UTF-8`);
  return { path: `public/${src}`, text };
};

/**
 * Loads the shipped fonts and the subtitle file (like template-tiktok loads its captions: fetch + delayRender), and
 * holds the first frame until both are in, so captions are laid out with the real font.
 */
export const useCaptionInputs = (src: string | undefined): CaptionInputs => {
  const [handle] = useState(() => delayRender('Loading caption fonts and subtitle file'));
  const [inputs, setInputs] = useState<CaptionInputs>({ status: 'loading' });
  const { isRendering } = useRemotionEnvironment();
  useEffect(() => {
    let live = true;
    Promise.all([loadShippedFonts(), src === undefined ? null : fetchFile(src)])
      .then(([, file]) => live && setInputs({ status: 'ready', file }))
      .catch((error: unknown) => live && setInputs({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [src]);
  useEffect(() => {
    // A render must not show the notice in the video: it fails instead (the CLI validates the file before it starts).
    if (inputs.status === 'failed' && isRendering) cancelRender(new Error(inputs.message));
    // Continued once, after the render that shows the loaded inputs; later changes (the props editor) need no hold.
    else if (inputs.status !== 'loading') continueRender(handle);
  }, [inputs, handle, isRendering]);
  useEffect(() => () => continueRender(handle), [handle]);
  return inputs;
};

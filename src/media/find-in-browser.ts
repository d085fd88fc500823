import { getStaticFiles } from 'remotion';
import type { EpisodeJob } from '../schema';
import type { EpisodeAssets } from './assets';
import { urlProbe } from './probe-url';
import { resolveAssets } from './resolve-assets';

/**
 * Finds an episode's media from inside a bundle: the file list comes from getStaticFiles() (the bundler lists
 * public/ into the page) and files are probed over HTTP. This is how the Studio plays dropped-in files.
 */
export const findAssetsInBrowser = (job: EpisodeJob): Promise<EpisodeAssets> =>
  resolveAssets({ job, files: new Set(getStaticFiles().map((file) => file.name)), probe: urlProbe() });

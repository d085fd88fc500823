import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

let found: Promise<string | null> | undefined;

/**
 * Debian's ffmpeg (scripts/ensure-media-tools.sh installs it) when it can composite layers: the overlay and zscale
 * filters and libx264, which Remotion's bundled ffmpeg lacks in part. Null without one: renders then capture every
 * frame with Remotion alone, as before, only slower. `CLIFFHANGER_FFMPEG` names another binary; `none` turns layers off.
 */
export const layeringFfmpeg = (): Promise<string | null> => {
  found ??= (async () => {
    const bin = process.env.CLIFFHANGER_FFMPEG ?? 'ffmpeg';
    if (bin === 'none') return null;
    try {
      const [{ stdout: filters }, { stdout: encoders }] = await Promise.all([run(bin, ['-hide_banner', '-filters']), run(bin, ['-hide_banner', '-encoders'])]);
      const has = (list: string, name: string) => new RegExp(`\\s${name}\\s`).test(list);
      return has(filters, 'overlay') && has(filters, 'zscale') && has(filters, 'concat') && has(encoders, 'libx264') ? bin : null;
    } catch {
      return null;
    }
  })();
  return found;
};

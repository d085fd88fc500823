import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ff } from './ff';

/**
 * Joins segments into the episode without re-encoding, as Remotion joins chunks: the MPEG-TS pieces are
 * concatenated byte for byte (listed in a file, so any path works), the sound is muxed beside them, and the frame
 * rate is set exactly (no drift).
 */
export const joinSegments = async ({ segmentFiles, soundFile, fps, outPath }: { segmentFiles: readonly string[]; soundFile: string; fps: number; outPath: string }): Promise<void> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-join-'));
  try {
    const list = path.join(dir, 'segments.txt');
    writeFileSync(list, segmentFiles.map((file) => path.resolve(file)).join('\n'));
    await ff('ffmpeg', ['-v', 'error', '-y', '-i', `concatf:${list}`, '-i', path.resolve(soundFile), '-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-r', String(fps), '-movflags', '+faststart', '-f', 'mp4', path.resolve(outPath)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

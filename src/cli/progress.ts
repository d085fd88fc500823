import cliProgress from 'cli-progress';

/** A progress bar for a render: frames rendered out of the total, with an ETA. */
export const createProgressBar = (label: string, totalFrames: number) => {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} |{bar}| {percentage}% | {value}/{total} frames | {stage} | ETA {eta_formatted}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 60,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalFrames, 0, { stage: 'bundling' });
  return {
    update: (frames: number, stage: string) => bar.update(frames, { stage }),
    stop: () => bar.stop(),
  };
};

import { removePendingOutputs } from '../render/atomic-output';

/** Exit code of a process stopped by Ctrl-C. */
const INTERRUPTED_EXIT_CODE = 130;

/** On Ctrl-C or SIGTERM: stop the work, remove half-written outputs, exit 130. */
export const onInterrupt = (stop: () => Promise<void>): void => {
  const handler = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\n${signal}: stopping; no partial output is left behind.\n`);
    removePendingOutputs();
    void stop().finally(() => process.exit(INTERRUPTED_EXIT_CODE));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
};

import { Command, InvalidArgumentError } from 'commander';
import { listCommand } from './commands/list';
import { renderCommand } from './commands/render';
import { stillCommand } from './commands/still';
import { validateCommand } from './commands/validate';
import { reportFailure } from './report';

const wholeNumber = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`must be a whole number, but got "${value}".`);
  return Number(value);
};

const program = new Command()
  .name('cliffhanger')
  .description('Serialized vertical micro-dramas as code: validate, preview and render episodes.')
  .showHelpAfterError('(run with --help for usage)');

program
  .command('list')
  .description('list every series and episode with its duration')
  .option('--json', 'print JSON for scripts')
  .action((options: { json?: boolean }) => listCommand(options));

program
  .command('validate')
  .description('check episodes in plain Node (schema, characters, timings, media) without a browser')
  .argument('<targets...>', 'episode id (the-stolen-design-e01), series id, or a .json job file')
  .action((targets: string[]) => validateCommand(targets));

program
  .command('render')
  .description('render an episode to an H.264/AAC MP4 (1080x1920, 30 fps)')
  .argument('<target>', 'episode id or .json job file')
  .option('-o, --out <file>', 'output file (default: out/<episode-id>.mp4)')
  .option('--frames <range>', 'render only these frames, e.g. 0-89')
  .option('--concurrency <n>', 'frames rendered in parallel (default 1: fastest on 2 cores)', wholeNumber)
  .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
  .action((target: string, options: { out?: string; frames?: string; concurrency?: number; browserExecutable?: string }) =>
    renderCommand(target, options),
  );

program
  .command('still')
  .description('render one frame of an episode to PNG')
  .argument('<target>', 'episode id or .json job file')
  .requiredOption('--frame <n>', 'frame number (30 per second)', wholeNumber)
  .option('-o, --out <file>', 'output file (default: out/<episode-id>-f<frame>.png)')
  .option('--browser-executable <path>', 'Chrome/Chromium to use')
  .action((target: string, options: { frame: number; out?: string; browserExecutable?: string }) => stillCommand(target, options));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}

// Rendering leaves browser and server handles open; exit once the command is done.
process.exit(process.exitCode ?? 0);

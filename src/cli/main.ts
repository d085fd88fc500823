import { Command } from 'commander';
import { registerList } from './commands/list';
import { registerRender } from './commands/render';
import { registerStill } from './commands/still';
import { registerValidate } from './commands/validate';
import { registerLint } from './commands/lint';
import { registerShots } from './commands/shots';
import { registerPrompts } from './commands/prompts';
import { registerStatus } from './commands/status';
import { registerStoryboard } from './commands/storyboard';
import { registerCheck } from './commands/check';
import { registerSound } from './commands/sound';
import { reportFailure } from './report';
import { registerCover } from './commands/cover';
import { registerPublish } from './commands/publish';
import { registerCaptions } from './commands/captions';
import { registerBatch } from './commands/batch';
import { registerWorker } from './commands/worker';

const program = new Command()
  .name('cliffhanger')
  .description('Serialized vertical micro-dramas as code: validate, preview and render episodes.')
  .showHelpAfterError('(run with --help for usage)');

// One line per command; each command file owns its options and help.
registerList(program);
registerValidate(program);
registerLint(program);
registerRender(program);
registerStill(program);
registerShots(program);
registerPrompts(program);
registerStatus(program);
registerCheck(program);
registerStoryboard(program);
registerCover(program);
registerPublish(program);
registerCaptions(program);
registerSound(program);
registerBatch(program);
registerWorker(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}
// Rendering leaves browser and server handles open; exit once the command is done.
process.exit(process.exitCode ?? 0);

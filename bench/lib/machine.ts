import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

const firstLine = (command: string, args: string[]): string => spawnSync(command, args, { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() ?? '?';

/** The machine a benchmark ran on, as it reads in the report. */
export const describeMachine = (root: string) => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? '?',
  ramGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  chromium: firstLine('/usr/bin/chromium', ['--version']),
  remotion: (JSON.parse(readFileSync(`${root}/node_modules/remotion/package.json`, 'utf8')) as { version: string }).version,
  os: /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '?',
  load: loadavg().map((l) => l.toFixed(1)).join(' / '),
});

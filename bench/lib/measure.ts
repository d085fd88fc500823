import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** How often the process tree's memory is sampled. Shorter catches shorter peaks and costs the measured run a little. */
const SAMPLE_MS = 250;

/** One measured command: wall time, the peak memory of its whole process tree, and the load around it. */
export type Measurement = { readonly seconds: number; readonly peakMb: number; readonly loadBefore: number; readonly loadAfter: number; readonly stdout: string };

const parentOf = (pid: string): string | null => {
  try {
    // The command name (2nd field) may hold spaces; the parent pid is the 2nd field after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
  } catch {
    return null;
  }
};

/** Proportional set size in kB: shared pages (Chromium's many processes share a lot) are split between their users, not counted once each. */
const pssOf = (pid: string): number => {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** The memory of a process and all its descendants (Node, Chromium, ffmpeg), in MB. */
export const treeMemoryMb = (root: number): number => {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const children = new Map<string, string[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [String(root)];
  while (stack.length > 0) {
    const pid = stack.pop() as string;
    total += pssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
};

/** Runs a command to the end, sampling its tree's memory; fails with its output when it fails. */
export const measure = (command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> =>
  new Promise((resolve, reject) => {
    const loadBefore = loadavg()[0] ?? 0;
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peakMb = 0;
    const timer = setInterval(() => child.pid && (peakMb = Math.max(peakMb, treeMemoryMb(child.pid))), SAMPLE_MS);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stderr.slice(-3000)}`));
      else resolve({ seconds, peakMb, loadBefore, loadAfter: loadavg()[0] ?? 0, stdout });
    });
  });

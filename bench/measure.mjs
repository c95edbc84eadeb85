// Runs a command several times: wall time (median) and peak memory (largest of the runs).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true']).status === 0;
const RSS_PRELOAD = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'timc-bench-measure-'));

export function removeScratch() {
  rmSync(scratch, { recursive: true, force: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The command to spawn, wrapped so that its peak memory (KB) lands in `file`. */
function wrapped(argv, file, env) {
  if (HAS_TIME) return { command: TIME, args: ['-f', '%M', '-o', file, ...argv], env };
  if (argv[0] === process.execPath) {
    const args = ['--import', RSS_PRELOAD, ...argv.slice(1)];
    return { command: argv[0], args, env: { ...env, TIMC_BENCH_RSS_FILE: file } };
  }
  return { command: argv[0], args: argv.slice(1), env };
}

function peakOf(file) {
  try {
    return Number(readFileSync(file, 'utf8').trim().split('\n').pop()) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `argv` (or `argv(run)`) `runs` times in `cwd`, after `before(run)` each time (untimed)
 * and after one untimed run with `warmUp`; fails loudly when a run exits non-zero. With `pair`
 * ({ argv, before }), its floor runs just before each run, so that both meet the same load on a
 * shared machine. Returns { seconds, peakMb, times, floorTimes } (peak undefined if unknown).
 */
export function measure(argv, { cwd, env, runs, before, warmUp = false, pair }) {
  const argvOf = (run) => (typeof argv === 'function' ? argv(run) : argv);
  if (warmUp) runOnce(argvOf(-1), { cwd, env }, -1);
  const times = [];
  const floorTimes = [];
  let peak;
  for (let run = 0; run < runs; run += 1) {
    if (pair) {
      pair.before?.(run);
      floorTimes.push(runOnce(pair.argv, { cwd, env }, run).seconds);
    }
    before?.(run);
    const { seconds, peakKb } = runOnce(argvOf(run), { cwd, env }, run);
    times.push(seconds);
    if (peakKb !== undefined) peak = Math.max(peak ?? 0, peakKb);
  }
  const peakMb = peak === undefined ? undefined : peak / 1024;
  return { seconds: median(times), peakMb, times, floorTimes };
}

export { median };

function runOnce(argv, { cwd, env }, run) {
  const file = join(scratch, `peak-${run}`);
  rmSync(file, { force: true });
  const { command, args, env: runEnv } = wrapped(argv, file, env);

  const start = process.hrtime.bigint();
  const stdio = ['ignore', 'ignore', 'pipe'];
  const result = spawnSync(command, args, { cwd, env: runEnv, stdio });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  if (result.status !== 0) {
    const stderr = result.stderr.toString().trim().split('\n').slice(-3).join('\n');
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${stderr}`);
  }
  return { seconds, peakKb: peakOf(file) };
}

/** Whether `timc --help` lists `command`: commands still being built are skipped. */
export function hasCommand(timc, command, options) {
  const { cwd, env } = options;
  const result = spawnSync(timc[0], [...timc.slice(1), '--help'], { cwd, env });
  return new RegExp(`^  ${command}\\b`, 'm').test(result.stdout.toString());
}

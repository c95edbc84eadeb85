import { spawn } from 'node:child_process';

import { isolatedEnv, TIMC_BIN, type TestRepo } from './repo.js';

/** One exchange at a prompt: wait until `expect` is on the screen, then type `send`. */
export interface PromptStep {
  expect: string | RegExp;
  send: string;
}

export interface PtyResult {
  code: number;
  /** Everything the terminal showed, without colour and cursor codes. */
  output: string;
  /** The step whose text never appeared, or null when every step ran. */
  failedStep: number | null;
}

export interface TerminalOptions {
  /** `--as ID`. */
  as?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Keys as a terminal sends them. */
export const KEY = { down: '\u001b[B', up: '\u001b[A', enter: '\r', ctrlC: '\u0003' };

// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCES = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\u001b[=>]|\r/g;

/** A prompt is still wiring up its keys when its text first shows; a person is never faster. */
const SETTLE_MS = 100;

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function found(screen: string, expected: string | RegExp): number {
  if (typeof expected === 'string') {
    const at = screen.indexOf(expected);
    return at < 0 ? -1 : at + expected.length;
  }
  const match = expected.exec(screen);
  return match ? match.index + match[0].length : -1;
}

/**
 * Runs the built `timc` on a pseudo-terminal (util-linux `script`) and answers its prompts as a
 * person would: each step waits for its text after the previous step's, then types.
 */
export function runOnTerminal(
  repo: TestRepo,
  args: readonly string[],
  steps: readonly PromptStep[],
  options: TerminalOptions = {},
): Promise<PtyResult> {
  const as = options.as ? ['--as', options.as] : [];
  const line = [process.execPath, TIMC_BIN, ...args, ...as].map(shellQuote).join(' ');
  const env = options.env ?? {};
  const timeoutMs = options.timeoutMs ?? 20_000;
  const child = spawn('script', ['-qefc', line, '/dev/null'], {
    cwd: repo.root,
    env: isolatedEnv(repo.home, { TERM: 'xterm', COLUMNS: '120', LINES: '40', ...env }),
  });

  return new Promise((resolve, reject) => {
    let screen = '';
    let next = 0;
    let seenUpTo = 0;
    let failedStep: number | null = null;
    const timer = setTimeout(() => {
      failedStep = next < steps.length ? next : null;
      child.kill('SIGKILL');
    }, timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8').replace(CONTROL_SEQUENCES, '');
      const step = steps[next];
      if (!step) return;
      const end = found(screen.slice(seenUpTo), step.expect);
      if (end < 0) return;
      seenUpTo += end;
      next += 1;
      setTimeout(() => child.stdin.write(step.send), SETTLE_MS);
    });
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failedStep === null && next < steps.length) failedStep = next;
      resolve({ code: code ?? -1, output: screen, failedStep });
    });
  });
}

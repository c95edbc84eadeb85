import { spawn } from 'node:child_process';

import { isolatedEnv, TIMC_BIN, type TestRepo } from './repo.js';

/** Keys as a terminal sends them. */
export const KEY = { down: '\x1b[B', enter: '\r' };

/** Wait until the screen shows `waitFor` (after the previous step's match), then type `send`. */
export interface TerminalStep {
  waitFor: string | RegExp;
  send: string;
}

export interface TerminalResult {
  code: number;
  /** Everything the terminal showed, colour and cursor codes removed. */
  screen: string;
}

function quoteForShell(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

/**
 * Runs the built `timc` in a pseudo-terminal (util-linux `script`), so that it prompts as it
 * does for a person, and answers each prompt as it appears.
 */
export function runInTerminal(
  repo: TestRepo,
  args: readonly string[],
  steps: readonly TerminalStep[],
  options: { as: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<TerminalResult> {
  const command = [process.execPath, TIMC_BIN, ...args, '--as', options.as]
    .map(quoteForShell)
    .join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: repo.root,
    env: isolatedEnv(repo.home, { TERM: 'xterm', ...options.env }),
  });

  return new Promise((resolve, reject) => {
    let raw = '';
    let searchFrom = 0;
    let next = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer in time at step ${next}; the screen:\n${plain(raw)}`));
    }, options.timeoutMs ?? 20_000);

    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      const step = steps[next];
      if (!step) return;
      const screen = plain(raw).slice(searchFrom);
      const match = typeof step.waitFor === 'string'
        ? { index: screen.indexOf(step.waitFor), length: step.waitFor.length }
        : { index: screen.search(step.waitFor), length: 1 };
      if (match.index < 0) return;

      searchFrom += match.index + match.length;
      next += 1;
      child.stdin.write(step.send);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.end();
      resolve({ code: code ?? -1, screen: plain(raw) });
    });
  });
}

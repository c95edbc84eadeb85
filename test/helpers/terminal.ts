import { spawn } from 'node:child_process';

import type { RunResult } from './repo.js';

export interface TerminalStep {
  /** Wait until the screen shows this (colour codes removed)… */
  waitFor: RegExp;
  /** …then type this (`\r` is Enter, `\u001b[B` the down arrow). */
  send: string;
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCES = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\r/g;

/** A prompt drops keys typed while it is still drawing itself; a person never types that fast. */
const SETTLE_MS = 250;

/**
 * Runs a command in a pseudo-terminal (util-linux `script`), answering its prompts as a person
 * would: each step waits for text on the screen, then types. Fails after `timeoutMs`.
 */
export function runInTerminal(
  command: readonly string[],
  steps: readonly TerminalStep[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<RunResult> {
  const line = command.map(shellQuote).join(' ');
  const child = spawn('script', ['-qefc', line, '/dev/null'], {
    cwd: options.cwd,
    env: { ...options.env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '40' },
  });

  return new Promise((resolve, reject) => {
    let screen = '';
    let next = 0;
    let waitedFrom = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${steps[next]?.waitFor}; screen:\n${screen}`));
    }, options.timeoutMs ?? 15_000);

    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8').replace(CONTROL_SEQUENCES, '');
      const step = steps[next];
      if (step && step.waitFor.test(screen.slice(waitedFrom))) {
        waitedFrom = screen.length;
        next += 1;
        setTimeout(() => child.stdin.write(step.send), SETTLE_MS);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout: screen, stderr: '' });
    });
  });
}

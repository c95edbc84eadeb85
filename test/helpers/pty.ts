import { fileURLToPath } from 'node:url';

import { isolatedEnv, runProgram, TIMC_BIN, type TestRepo } from './repo.js';

const DRIVER = fileURLToPath(new URL('./pty-drive.py', import.meta.url));

/** One exchange at a prompt: wait until `expect` is on the screen, then type `send`. */
export interface PromptStep {
  expect: string;
  send: string;
}

export interface PtyResult {
  code: number;
  /** Everything the terminal showed, without colour and cursor codes. */
  output: string;
  /** The step whose text never appeared, or null when every step ran. */
  failedStep: number | null;
}

/** Keys as a terminal sends them. */
export const KEY = { down: '\u001b[B', up: '\u001b[A', enter: '\r' };

/** Runs the built `timc` on a pseudo-terminal (python3's pty) and answers its prompts. */
export async function runOnTerminal(
  repo: TestRepo,
  args: readonly string[],
  steps: readonly PromptStep[],
  env: Record<string, string> = {},
): Promise<PtyResult> {
  const job = {
    argv: [process.execPath, TIMC_BIN, ...args],
    cwd: repo.root,
    env: isolatedEnv(repo.home, { TERM: 'xterm', ...env }),
    steps,
    timeout: 20,
  };
  // The driver runs in this process's own environment (python may need it); timc gets `job.env`.
  const result = await runProgram('python3', [DRIVER, JSON.stringify(job)], {
    cwd: repo.root,
    env: process.env as Record<string, string>,
  });
  if (result.code !== 0) throw new Error(`pty driver failed: ${result.stderr}`);

  const parsed = JSON.parse(result.stdout) as {
    code: number;
    output: string;
    failed_step: number | null;
  };
  return { code: parsed.code, output: parsed.output, failedStep: parsed.failed_step };
}

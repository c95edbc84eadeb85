import { expect } from 'vitest';

import type { RunResult, TestRepo } from './repo.js';

/**
 * Runs `command` (a refusal) and checks that it left the repository as it found it: the same
 * commit at HEAD and a clean working tree (no written, staged or new file).
 */
export async function expectNothingChanged(
  repo: TestRepo,
  command: () => Promise<RunResult>,
): Promise<RunResult> {
  const head = (await repo.git(['rev-parse', 'HEAD'])).trim();
  expect(await repo.status()).toBe('');

  const result = await command();

  expect((await repo.git(['rev-parse', 'HEAD'])).trim()).toBe(head);
  expect(await repo.status()).toBe('');
  return result;
}

import { expect } from 'vitest';

import type { TestRepo } from './repo.js';

/** The folder of a cycle, as SPEC lays it out. */
export function cycleDir(id: string): string {
  return `cycles/${id.slice(0, 4)}/${id}`;
}

/** Writes goals into a cycle's 1-goals.yaml by hand and commits them as the test runner. */
export async function seedGoals(
  repo: TestRepo,
  id: string,
  goals: readonly { id: string; text: string }[],
): Promise<void> {
  const path = `${cycleDir(id)}/1-goals.yaml`;
  const items = goals.map((goal) => `  - id: ${goal.id}\n    text: ${goal.text}\n`).join('');
  repo.write(path, repo.read(path).replace('goals: []\n', `goals:\n${items}`));
  await repo.git(['commit', '-q', '-m', `${id}: goals by hand`, '--', path]);
}

/** HEAD and the working tree in one git call, to show that a refused command changed nothing. */
export async function repoState(repo: TestRepo): Promise<string> {
  return repo.git(['status', '--porcelain=v2', '--branch', '--untracked-files=all']);
}

export async function expectUnchanged(repo: TestRepo, before: string): Promise<void> {
  expect(await repoState(repo)).toBe(before);
}

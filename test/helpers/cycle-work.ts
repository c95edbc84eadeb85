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

export interface RepoState {
  head: string;
  status: string;
}

/** HEAD and the working tree, to show that a refused command changed nothing. */
export async function repoState(repo: TestRepo): Promise<RepoState> {
  const [head, status] = await Promise.all([repo.git(['rev-parse', 'HEAD']), repo.status()]);
  return { head, status };
}

export async function expectUnchanged(repo: TestRepo, before: RepoState): Promise<void> {
  expect(await repoState(repo)).toEqual(before);
}

import { parse } from 'yaml';

import type { TestRepo } from './repo.js';

/** `cycles/<year>/<id>`, where a cycle's files are. */
export function cycleFolderOf(id: string): string {
  return `cycles/${id.slice(0, 4)}/${id}`;
}

/**
 * The parsed phase files of a cycle, read straight from disk: cheaper than spawning
 * `timc show --json` where the test is not about `show`.
 */
export function readPhases(repo: TestRepo, id: string) {
  const read = (name: string) => parse(repo.read(`${cycleFolderOf(id)}/${name}`)) ?? {};
  return {
    goals: read('1-goals.yaml') as {
      supporting_data?: unknown[];
      goals?: { id: string; text?: string; alignment?: string; evidence?: unknown[] }[];
    },
    outcomes: read('4-outcomes.yaml') as { outcomes?: unknown[] },
  };
}

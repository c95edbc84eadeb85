import { collectFacts } from '../../../src/model/rules/collect-facts.js';
import type { RuleProblem } from '../../../src/model/rules/problem.js';
import {
  cycleFactsFor,
  cycleFolderOf,
  emptyFacts,
  type RepositoryFacts,
} from '../../../src/model/rules/repository-facts.js';
import { classifyPath } from '../../../src/model/rules/repository-layout.js';

export const CYCLE = 'cycles/2026/20261203-asmith-k3f9';

export const MEMBERS = {
  members: [
    { id: 'jdoe', name: 'J', email: 'jdoe@example.org' },
    { id: 'asmith', name: 'A', email: 'asmith@example.org' },
    { id: 'mrivera', name: 'M', role: 'coordinator' },
    { id: 'bkim', name: 'B' },
  ],
};

export const SETTINGS = { version: 1, roles: { coordinator: ['assign'], admin: ['admin'] } };

export const INFO = { id: '20261203-asmith-k3f9', coach: 'jdoe', client: 'asmith' };

/** Facts as the validator collects them from files holding `data` (by repository path). */
export function factsFrom(files: Record<string, unknown>): RepositoryFacts {
  const facts = emptyFacts();
  for (const [relPath, data] of Object.entries(files)) {
    const found = classifyPath(relPath);
    if (!('kind' in found)) throw new Error(`not a file timc reads: ${relPath}`);
    const folder = cycleFolderOf(relPath);
    if (folder) cycleFactsFor(facts, folder).files.push(relPath);
    collectFacts(facts, relPath, found.kind, data);
  }
  return facts;
}

/** `rule file path-or-line message` per problem, easy to compare in tables. */
export function summarize(problems: readonly RuleProblem[]): string[] {
  return problems.map((problem) => {
    const at = `${problem.line ?? 1}:${problem.col ?? 1}`;
    const place = problem.path ? problem.path.join('.') : at;
    return `${problem.rule} ${problem.file.replace(`${CYCLE}/`, '')} ${place}`;
  });
}

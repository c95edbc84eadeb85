import { problemOf, type RuleProblem } from './problem.js';
import type { Located, RepositoryFacts } from './repository-facts.js';

function findDuplicates(ids: readonly Located[], what: string): RuleProblem[] {
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const id of ids) {
    if (seen.has(id.value)) {
      problems.push(
        problemOf(
          'duplicate-id',
          id.file,
          `${what} id \`${id.value}\` is used twice in this cycle: give this one a new id`,
          { path: id.path },
        ),
      );
    }
    seen.add(id.value);
  }
  return problems;
}

/** Goal and activity ids are unique within their cycle. */
export function checkCycleIds(facts: RepositoryFacts): RuleProblem[] {
  return [...facts.cycles.values()].flatMap((cycle) => [
    ...findDuplicates(cycle.goals, 'goal'),
    ...findDuplicates(cycle.activities, 'activity'),
  ]);
}

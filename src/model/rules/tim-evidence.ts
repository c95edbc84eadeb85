import { problemOf, type RuleProblem } from './problem.js';
import type { RepositoryFacts } from './repository-facts.js';

/**
 * TIM evidence is a TIM activity of the client. While the client has not allowed TIM access it
 * may still be there (the client attached it, or switched access off later) but `timc show`
 * hides it from the coach: a warning, since the files cannot say who attached it.
 */
export function checkTimEvidence(facts: RepositoryFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];

  for (const cycle of facts.cycles.values()) {
    const info = cycle.info;
    if (!info) continue;

    for (const evidence of cycle.timEvidence) {
      if (!info.timAccess) {
        problems.push(
          problemOf(
            'tim-consent',
            evidence.file,
            'TIM evidence while the client has not allowed TIM access (tim_access is not true ' +
              'in cycle.yaml), hidden from the coach: the client may allow it with ' +
              '`timc access on`, or remove it',
            { path: evidence.path, key: true },
          ),
        );
      }
      const client = info.client?.value;
      if (evidence.member !== undefined && client !== undefined && evidence.member !== client) {
        problems.push(
          problemOf(
            'tim-owner',
            evidence.file,
            `TIM evidence of \`${evidence.member}\`: only the client's (${client}) ` +
              'TIM activities may be attached',
            { path: [...evidence.path, 'member'] },
          ),
        );
      }
    }
  }
  return problems;
}

import { problemOf, type RuleProblem } from './problem.js';
import type { RepositoryFacts } from './repository-facts.js';

/** A cycle pairs two people, and only they log its check-ins. */
export function checkCyclePeople(facts: RepositoryFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];

  for (const cycle of facts.cycles.values()) {
    const coach = cycle.info?.coach;
    const client = cycle.info?.client;
    if (coach && client && coach.value === client.value) {
      problems.push(
        problemOf(
          'coach-is-client',
          client.file,
          `the coach and the client are both \`${client.value}\`: a cycle pairs two people`,
          { path: client.path },
        ),
      );
    }
    if (!coach || !client) continue;

    for (const author of cycle.checkinAuthors) {
      if (author.value === coach.value || author.value === client.value) continue;
      problems.push(
        problemOf(
          'checkin-outsider',
          author.file,
          `check-in by \`${author.value}\`, who is neither the coach (${coach.value}) ` +
            `nor the client (${client.value}) of this cycle`,
          { path: author.path },
        ),
      );
    }
  }
  return problems;
}

import { didYouMean } from '../suggest.js';
import { problemOf, type RuleProblem } from './problem.js';
import type { CycleFacts, Reference, ReferenceKind, RepositoryFacts } from './repository-facts.js';

type KnownIds = Record<ReferenceKind, ReadonlySet<string> | undefined>;

function listed(values: ReadonlySet<string>, none: string): string {
  return values.size > 0 ? `it has ${[...values].join(', ')}` : none;
}

function describeMissing(reference: Reference, known: ReadonlySet<string>): RuleProblem {
  const { kind, value, file, path } = reference;
  const hint = kind === 'goal' || kind === 'activity' ? '' : didYouMean(value, known);
  const place = { path };
  switch (kind) {
    case 'member':
      return problemOf(
        'unknown-member',
        file,
        `\`${value}\` is not a member (no such id in members.yaml)${hint}`,
        place,
      );
    case 'goal':
      return problemOf(
        'unknown-goal',
        file,
        `goal \`${value}\` is not in this cycle's 1-goals.yaml ` +
          `(${listed(known, 'it has no goals')})${hint}`,
        place,
      );
    case 'activity':
      return problemOf(
        'unknown-activity',
        file,
        `activity \`${value}\` is not in this cycle's 2-activities.yaml ` +
          `(${listed(known, 'it has no activities')})${hint}`,
        place,
      );
    case 'alignment':
      return problemOf(
        'unknown-alignment',
        file,
        known.size > 0
          ? `alignment \`${value}\` is not in alignments.yaml${hint}`
          : `alignment \`${value}\`: there is no alignments.yaml with alignments ` +
              '(import them with `timc alignments import`)',
        place,
      );
    case 'school':
      return problemOf(
        'unknown-school',
        file,
        `school \`${value}\` is not listed in timc.yaml schools${hint}`,
        place,
      );
  }
}

function checkTimEvidence(cycle: CycleFacts, facts: RepositoryFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const evidence of cycle.timEvidence) {
    const { member, id, file, path } = evidence;
    if (member === undefined || id === undefined || !facts.tim.has(member)) {
      if (member !== undefined && id !== undefined) {
        problems.push(
          problemOf(
            'unknown-tim',
            file,
            `TIM activity \`${id}\` of \`${member}\`: there is no tim/${member}.yaml ` +
              `(import it with \`timc tim import ${member} FILE.csv\`)`,
            { path: [...path, 'member'] },
          ),
        );
      }
      continue;
    }
    const ids = facts.tim.get(member);
    if (ids && !ids.has(id)) {
      problems.push(
        problemOf(
          'unknown-tim',
          file,
          `TIM activity \`${id}\` is not in tim/${member}.yaml${didYouMean(id, ids)}`,
          { path: [...path, 'id'] },
        ),
      );
    }
  }
  return problems;
}

/** References to members, goals, activities, alignments, schools and TIM activities. */
export function checkReferences(facts: RepositoryFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const members = facts.members && new Set(facts.members.map((member) => member.id.value));
  const repositoryWide = { member: members, alignment: facts.alignments, school: facts.schools };

  for (const owner of facts.timOwners) {
    if (members && !members.has(owner.value)) {
      problems.push(
        problemOf(
          'unknown-member',
          owner.file,
          `${owner.file} belongs to \`${owner.value}\`, who is not a member ` +
            `(no such id in members.yaml)${didYouMean(owner.value, members)}`,
        ),
      );
    }
  }

  for (const cycle of facts.cycles.values()) {
    const known: KnownIds = {
      ...repositoryWide,
      goal: cycle.goalsUnreadable ? undefined : new Set(cycle.goals.map((goal) => goal.value)),
      activity: cycle.activitiesUnreadable
        ? undefined
        : new Set(cycle.activities.map((activity) => activity.value)),
    };
    for (const reference of cycle.references) {
      const ids = known[reference.kind];
      if (ids && !ids.has(reference.value)) {
        problems.push(describeMissing(reference, ids));
      }
    }
    problems.push(...checkTimEvidence(cycle, facts));
  }
  return problems;
}

import { didYouMean } from '../suggest.js';
import { problemOf, type RuleProblem } from './problem.js';
import type { Located, RepositoryFacts } from './repository-facts.js';

function entryNumber(found: Located): number {
  return Number(found.path[1]) + 1;
}

function listed(values: Iterable<string>): string {
  const all = [...values];
  return all.length > 0 ? all.join(', ') : 'none';
}

/** members.yaml: ids and emails used once, roles and schools that timc.yaml defines. */
export function checkMemberEntries(facts: RepositoryFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const byId = new Map<string, Located>();
  const byEmail = new Map<string, Located>();

  for (const member of facts.members ?? []) {
    const { id, email, role, school } = member;
    const sameId = byId.get(id.value);
    if (sameId) {
      problems.push(
        problemOf(
          'duplicate-id',
          id.file,
          `member id \`${id.value}\` is used twice (first by entry ${entryNumber(sameId)})`,
          { path: id.path },
        ),
      );
    } else byId.set(id.value, id);

    const sameEmail = email && byEmail.get(email.value.toLowerCase());
    if (email && sameEmail) {
      problems.push(
        problemOf(
          'duplicate-email',
          email.file,
          `email ${email.value} is also member entry ${entryNumber(sameEmail)}'s: ` +
            'timc recognises a person by email, so each must be unique',
          { path: email.path },
        ),
      );
    } else if (email) byEmail.set(email.value.toLowerCase(), email);

    if (role && facts.roles && !facts.roles.has(role.value)) {
      problems.push(
        problemOf(
          'unknown-role',
          role.file,
          `role \`${role.value}\` is not defined in timc.yaml roles ` +
            `(defined: ${listed(facts.roles.keys())})${didYouMean(role.value, facts.roles.keys())}`,
          { path: role.path },
        ),
      );
    }
    if (school && facts.schools && !facts.schools.has(school.value)) {
      problems.push(
        problemOf(
          'unknown-school',
          school.file,
          `school \`${school.value}\` is not listed in timc.yaml schools ` +
            `(${listed(facts.schools)})${didYouMean(school.value, facts.schools)}`,
          { path: school.path },
        ),
      );
    }
  }
  return problems;
}

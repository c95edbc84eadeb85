import { isMemberId } from './ids.js';
import type { Member, Settings } from './types.js';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with `member` beside the `others` already in members.yaml; empty when fine. */
export function problemsWithMember(
  member: Member,
  others: readonly Member[],
  settings: Settings,
): string[] {
  const problems: string[] = [];

  if (!isMemberId(member.id)) {
    problems.push(
      `id '${member.id}' must start with a lower-case letter and hold only lower-case letters, ` +
        "digits, '.', '_' or '-' (at most 40)",
    );
  }
  if (!member.name?.trim()) problems.push(`${member.id}: a name is required`);
  if (member.email !== undefined && !EMAIL.test(member.email)) {
    problems.push(`${member.id}: '${member.email}' is not an email address`);
  }

  const email = member.email?.toLowerCase();
  const sharer = others.find(
    (other) => other.id !== member.id && other.email?.toLowerCase() === email,
  );
  if (email && sharer) {
    problems.push(`${member.id}: email ${member.email} is already ${sharer.id}'s`);
  }

  const roles = Object.keys(settings.roles ?? {});
  if (member.role !== undefined && !roles.includes(member.role)) {
    const known = roles.length > 0 ? `one of ${roles.join(', ')}` : 'none defined yet';
    problems.push(`${member.id}: role '${member.role}' is not in timc.yaml roles (${known})`);
  }

  const schools = (settings.schools ?? []).map((school) => school.id);
  if (member.school !== undefined && schools.length > 0 && !schools.includes(member.school)) {
    problems.push(
      `${member.id}: school '${member.school}' is not in timc.yaml schools (${schools.join(', ')})`,
    );
  }
  return problems;
}

/** Undefined instead of empty text, so that a blank CSV cell leaves a field as it was. */
export function memberFromFields(fields: Record<string, string | undefined>): Member {
  const member: Member = { id: fields.id?.trim() ?? '', name: fields.name?.trim() ?? '' };
  for (const key of ['email', 'school', 'role'] as const) {
    const value = fields[key]?.trim();
    if (value) member[key] = value;
  }
  return member;
}

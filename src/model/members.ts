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
  const sharer = others.find((other) => other.id !== member.id && other.email?.toLowerCase() === email);
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

export interface MemberMerge {
  members: Member[];
  added: string[];
  updated: string[];
}

/**
 * Adds `incoming` members to `existing`, or updates those with the same id: a field given in
 * `incoming` replaces the old value, a field left out keeps it.
 */
export function mergeMembers(existing: readonly Member[], incoming: readonly Member[]): MemberMerge {
  const members = existing.map((member) => ({ ...member }));
  const added: string[] = [];
  const updated: string[] = [];

  for (const member of incoming) {
    const current = members.find((candidate) => candidate.id === member.id);
    if (!current) {
      members.push({ ...member });
      added.push(member.id);
      continue;
    }
    const before = JSON.stringify(current);
    Object.assign(current, member);
    if (JSON.stringify(current) !== before) updated.push(member.id);
  }
  return { members, added, updated };
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

import { type Decision, permissionsOf } from './permissions.js';
import type { Member, Settings } from './types.js';

function adminsOf(members: readonly Member[], settings: Settings): string[] {
  return members
    .filter((member) => permissionsOf(member, settings).has('admin'))
    .map((member) => member.id);
}

/**
 * Importing alignments.yaml, like changing members.yaml: anyone while no member holds `admin`
 * (a new program sets itself up), afterwards only members with `admin`.
 */
export function mayImportAlignments(
  actor: Member | undefined,
  members: readonly Member[],
  settings: Settings,
): Decision {
  const admins = adminsOf(members, settings);
  if (admins.length === 0) return { allowed: true };
  if (actor && permissionsOf(actor, settings).has('admin')) return { allowed: true };

  return {
    allowed: false,
    reason:
      `${actor?.id ?? 'an unknown person'} may not import alignments: ` +
      `only a member with admin may (${admins.join(', ')})`,
  };
}

/**
 * Importing a member's TIM activities: the member themself, a member with `admin`, or anyone
 * while no member holds `admin`.
 */
export function mayImportTimActivities(
  actor: Member | undefined,
  memberId: string,
  members: readonly Member[],
  settings: Settings,
): Decision {
  if (actor?.id === memberId) return { allowed: true };
  const admins = adminsOf(members, settings);
  if (admins.length === 0) return { allowed: true };
  if (actor && permissionsOf(actor, settings).has('admin')) return { allowed: true };

  return {
    allowed: false,
    reason:
      `${actor?.id ?? 'an unknown person'} may not import TIM activities for ${memberId}: ` +
      `only ${memberId} or a member with admin may (${admins.join(', ')})`,
  };
}

import type { CycleInfo, Member, Permission, Settings } from './types.js';

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOWED: Decision = { allowed: true };

/** The permissions a member's role grants; `admin` implies the others. */
export function permissionsOf(member: Member | undefined, settings: Settings): Set<Permission> {
  const granted = new Set<Permission>(member?.role ? (settings.roles?.[member.role] ?? []) : []);
  if (granted.has('admin')) {
    granted.add('assign');
    granted.add('report');
  }
  return granted;
}

function rolesWith(permission: Permission, settings: Settings): string[] {
  return Object.entries(settings.roles ?? {})
    .filter(([, permissions]) => permissions.includes(permission) || permissions.includes('admin'))
    .map(([role]) => role);
}

function describeRoles(permission: Permission, settings: Settings): string {
  const roles = rolesWith(permission, settings);
  return roles.length > 0
    ? `a member whose role grants ${permission} (${roles.join(', ')})`
    : `a member whose role grants ${permission} (no role in timc.yaml does yet)`;
}

/** Starting a cycle: its coach or its client; anyone else needs `assign`. */
export function mayStartCycle(
  actor: Member,
  coach: string,
  client: string,
  settings: Settings,
): Decision {
  if (actor.id === coach || actor.id === client) return ALLOWED;
  if (permissionsOf(actor, settings).has('assign')) return ALLOWED;

  return {
    allowed: false,
    reason:
      `${actor.id} may not start a cycle for ${coach} and ${client}: only the coach, ` +
      `the client or ${describeRoles('assign', settings)} may`,
  };
}

/** Changing a cycle's content: its coach, its client, or a member with `admin`. */
export function mayChangeCycle(actor: Member, info: CycleInfo, settings: Settings): Decision {
  if (actor.id === info.coach || actor.id === info.client) return ALLOWED;
  if (permissionsOf(actor, settings).has('admin')) return ALLOWED;

  return {
    allowed: false,
    reason:
      `${actor.id} may not change cycle ${info.id}: only its coach (${info.coach}), ` +
      `its client (${info.client}) or ${describeRoles('admin', settings)} may`,
  };
}

/** The first few ids of a list, and how many more there are. */
function listShort(ids: readonly string[], shown = 5): string {
  const more = ids.length > shown ? `, and ${ids.length - shown} more` : '';
  return `${ids.slice(0, shown).join(', ')}${more}`;
}

/**
 * The administrators' report: members with `report` or `admin`; everyone when no roles exist.
 * The refusal names the roles that grant it and, given `members`, who holds them.
 */
export function mayRunReport(
  actor: Member | undefined,
  settings: Settings,
  members: readonly Member[] = [],
): Decision {
  if (Object.keys(settings.roles ?? {}).length === 0) return ALLOWED;
  if (permissionsOf(actor, settings).has('report')) return ALLOWED;

  const holders = members
    .filter((member) => permissionsOf(member, settings).has('report'))
    .map((member) => member.id);
  const who = holders.length > 0 ? ` (members who may: ${listShort(holders)})` : '';
  return {
    allowed: false,
    reason:
      `${actor?.id ?? 'an unknown person'} may not run the report: ` +
      `only ${describeRoles('report', settings)} may${who}`,
  };
}

/** The ids of the members whose role grants `admin`. */
export function adminsOf(members: readonly Member[], settings: Settings): string[] {
  return members
    .filter((member) => permissionsOf(member, settings).has('admin'))
    .map((member) => member.id);
}

/**
 * Changing what the whole program shares (members.yaml, alignments.yaml, TIM files): anyone
 * while no member holds `admin` (so a new program can set itself up), afterwards only members
 * with `admin`. `change` says what is refused (`change members.yaml`); `alsoMay` names who else
 * may, for the refusal.
 */
export function mayChangeProgramData(
  actor: Member | undefined,
  members: readonly Member[],
  settings: Settings,
  change: string,
  alsoMay?: string,
): Decision {
  const admins = adminsOf(members, settings);
  if (admins.length === 0) return ALLOWED;
  if (actor && permissionsOf(actor, settings).has('admin')) return ALLOWED;

  const who = alsoMay ? `${alsoMay} or a member with admin` : 'a member with admin';
  return {
    allowed: false,
    reason:
      `${actor?.id ?? 'an unknown person'} may not ${change}: ` +
      `only ${who} may (${admins.join(', ')})`,
  };
}

/** Adding or changing members: see mayChangeProgramData. */
export function mayManageMembers(
  actor: Member | undefined,
  members: readonly Member[],
  settings: Settings,
): Decision {
  return mayChangeProgramData(actor, members, settings, 'change members.yaml');
}

import { type Decision, mayChangeProgramData } from './permissions.js';
import type { Member, Settings } from './types.js';

/**
 * Importing alignments.yaml, like changing members.yaml: anyone while no member holds `admin`
 * (a new program sets itself up), afterwards only members with `admin`.
 */
export function mayImportAlignments(
  actor: Member | undefined,
  members: readonly Member[],
  settings: Settings,
): Decision {
  return mayChangeProgramData(actor, members, settings, 'import alignments');
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
  return mayChangeProgramData(
    actor,
    members,
    settings,
    `import TIM activities for ${memberId}`,
    memberId,
  );
}

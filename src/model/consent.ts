import type { Decision } from './permissions.js';
import type { Cycle, CycleInfo, Evidence } from './types.js';

/**
 * The client's consent to share their TIM activities (`tim_access` in cycle.yaml). The client
 * always sees and attaches their own activities; anyone else (the coach, an admin, a reader of
 * `timc show`) only while the client has turned TIM access on.
 */
export function maySeeTimActivities(viewerId: string | undefined, info: CycleInfo): boolean {
  return viewerId === info.client || info.tim_access === true;
}

/** Attaching one of the client's TIM activities as evidence. */
export function mayAttachTimActivity(actorId: string, info: CycleInfo): Decision {
  if (maySeeTimActivities(actorId, info)) return { allowed: true };

  return {
    allowed: false,
    reason:
      `${actorId} may not attach TIM activities of ${info.client} to cycle ${info.id}: ` +
      `TIM access is off; the client (${info.client}) must run \`timc access on\` first`,
  };
}

/** Turning TIM access on or off: the client only, since it is the client's consent. */
export function maySetTimAccess(actorId: string, info: CycleInfo): Decision {
  if (actorId === info.client) return { allowed: true };

  return {
    allowed: false,
    reason:
      `${actorId} may not turn TIM access on or off for cycle ${info.id}: ` +
      `only its client (${info.client}) may`,
  };
}

/** True for a `{tim: {member, id}}` item; tolerant of hand-edited files holding anything. */
export function isTimEvidence(item: unknown): item is Extract<Evidence, { tim: unknown }> {
  return typeof item === 'object' && item !== null && 'tim' in item;
}

export interface VisibleCycle {
  cycle: Cycle;
  /** How many TIM evidence items were taken out for this viewer. */
  hidden: number;
}

/**
 * The cycle as `viewerId` may see it: without consent, TIM evidence items are taken out of the
 * supporting data, the goals and the outcomes (a viewer's own TIM activities stay visible).
 */
export function hideTimEvidence(cycle: Cycle, viewerId: string | undefined): VisibleCycle {
  if (maySeeTimActivities(viewerId, cycle.info)) return { cycle, hidden: 0 };

  let hidden = 0;
  const keep = (items: Evidence[]): Evidence[] => {
    if (!Array.isArray(items)) return items;
    const kept = items.filter((item) => !isTimEvidence(item) || item.tim?.member === viewerId);
    hidden += items.length - kept.length;
    return kept;
  };
  const withEvidence = <T extends { evidence?: Evidence[] }>(entry: T): T =>
    entry?.evidence ? { ...entry, evidence: keep(entry.evidence) } : entry;

  const goals = { ...cycle.goals, goals: cycle.goals.goals?.map(withEvidence) };
  if (goals.supporting_data) goals.supporting_data = keep(goals.supporting_data);
  const outcomes = { ...cycle.outcomes, outcomes: cycle.outcomes.outcomes?.map(withEvidence) };
  return { cycle: { ...cycle, goals, outcomes }, hidden };
}

/** How many TIM evidence items the cycle holds, anywhere. */
export function countTimEvidence(cycle: Cycle): number {
  const lists: unknown[] = [
    cycle.goals.supporting_data,
    ...(cycle.goals.goals ?? []).map((goal) => goal?.evidence),
    ...(cycle.outcomes.outcomes ?? []).map((outcome) => outcome?.evidence),
  ];
  return lists.reduce<number>(
    (count, list) => count + (Array.isArray(list) ? list.filter(isTimEvidence).length : 0),
    0,
  );
}

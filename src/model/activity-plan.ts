import { nextListId } from './ids.js';
import { refuseDisabled } from './field-switches.js';
import type { FieldPath } from './policy.js';
import type { Refusal } from './refusal.js';
import { isCalendarDate } from './time.js';
import type { Activity, ActivityOwner, FieldPolicy } from './types.js';

export const ACTIVITY_OWNERS: readonly ActivityOwner[] = ['coach', 'client', 'both'];

/** What a person asked for in `timc activity add`. */
export interface ActivityRequest {
  text?: string;
  goal?: string;
  owner?: string;
  due?: string;
}

export interface PlanContext {
  goalIds: readonly string[];
  activityIds: readonly string[];
  policy?: FieldPolicy;
}

/** The policy paths a given request touches: each given field, and the phase itself. */
function touchedPaths(request: ActivityRequest): FieldPath[] {
  const given = (['text', 'goal', 'owner', 'due'] as const).filter(
    (field) => request[field] !== undefined,
  );
  return ['activities', ...given.map((field) => `activities.${field}` as const)];
}

/**
 * Checks the fields a person gave before anything is asked for: the policy, the owner, the date
 * and the goal. Missing fields are not a problem here; they are asked for or refused later.
 */
export function checkActivityRequest(
  request: ActivityRequest,
  context: PlanContext,
): Refusal | undefined {
  const disabled = refuseDisabled(context.policy, touchedPaths(request));
  if (disabled) return disabled;

  if (request.owner !== undefined && !ACTIVITY_OWNERS.includes(request.owner as ActivityOwner)) {
    return {
      refused: `--owner must be one of ${ACTIVITY_OWNERS.join(', ')} (found '${request.owner}')`,
      usage: true,
    };
  }
  if (request.due !== undefined && !isCalendarDate(request.due)) {
    return {
      refused: `--due must be a calendar date written YYYY-MM-DD (found '${request.due}')`,
      usage: true,
    };
  }
  if (request.goal !== undefined && !context.goalIds.includes(request.goal)) {
    return { refused: unknownGoal(request.goal, context.goalIds) };
  }
  if (request.text !== undefined && request.text.trim() === '') {
    return { refused: 'the activity needs some text: what will be done?', usage: true };
  }
  return undefined;
}

function unknownGoal(goal: string, goalIds: readonly string[]): string {
  const known =
    goalIds.length > 0
      ? `its goals are ${goalIds.join(', ')}`
      : 'it has no goals yet (add one with `timc goal add`)';
  return `no goal '${goal}' in this cycle: ${known}`;
}

/** The new activity with the next free id; fields left undefined are not written. */
export function planActivity(request: ActivityRequest, context: PlanContext): Activity | Refusal {
  const refusal = checkActivityRequest(request, context);
  if (refusal) return refusal;

  const activity: Activity = { id: nextListId('a', context.activityIds) };
  if (request.goal !== undefined) activity.goal = request.goal;
  if (request.text !== undefined) activity.text = request.text.trim();
  if (request.owner !== undefined) activity.owner = request.owner as ActivityOwner;
  if (request.due !== undefined) activity.due = request.due;
  return activity;
}

import type { Cycle, CycleInfo } from '../types.js';
import { type MemberNames, type ReportCell, type ReportRow, textCell } from './row.js';

/** The columns every detail level starts with, so each sheet can be filtered on its own. */
const CYCLE_KEY_COLUMNS = ['cycle_id', 'school', 'coach_id', 'client_id'] as const;

function cycleKeyCells(info: CycleInfo): Record<(typeof CYCLE_KEY_COLUMNS)[number], ReportCell> {
  return {
    cycle_id: info.id,
    school: textCell(info.school),
    coach_id: info.coach,
    client_id: info.client,
  };
}

/** The last entry whose `key` equals `value`: a later entry of a hand-edited file wins. */
function lastWhere<T, K extends keyof T>(list: readonly T[] | undefined, key: K, value: T[K]) {
  return (list ?? []).filter((entry) => entry[key] === value).pop();
}

export const GOAL_COLUMNS = [
  ...CYCLE_KEY_COLUMNS,
  'goal_id',
  'goal_text',
  'alignment',
  'evidence_items',
  'activities',
  'outcome_result',
  'outcome_text',
  'outcome_evidence_items',
] as const;

/** One row per goal, in the order of 1-goals.yaml, with its activities and its outcome. */
export function goalRows(cycle: Cycle): ReportRow[] {
  const activities = cycle.activities.activities ?? [];

  return (cycle.goals.goals ?? []).map((goal) => {
    const outcome = lastWhere(cycle.outcomes.outcomes, 'goal', goal.id);
    return {
      ...cycleKeyCells(cycle.info),
      goal_id: goal.id,
      goal_text: textCell(goal.text),
      alignment: textCell(goal.alignment),
      evidence_items: goal.evidence?.length ?? 0,
      activities: activities.filter((activity) => activity.goal === goal.id).length,
      outcome_result: textCell(outcome?.result),
      outcome_text: textCell(outcome?.text),
      outcome_evidence_items: outcome?.evidence?.length ?? 0,
    } satisfies Record<(typeof GOAL_COLUMNS)[number], ReportCell>;
  });
}

export const ACTIVITY_COLUMNS = [
  ...CYCLE_KEY_COLUMNS,
  'activity_id',
  'goal_id',
  'activity_text',
  'owner',
  'due',
  'status',
  'progress_note',
  'progress_updated_at',
  'checkins',
] as const;

/** One row per activity, in the order of 2-activities.yaml, with its progress and check-ins. */
export function activityRows(cycle: Cycle): ReportRow[] {
  return (cycle.activities.activities ?? []).map((activity) => {
    const progress = lastWhere(cycle.progress.progress, 'activity', activity.id);
    return {
      ...cycleKeyCells(cycle.info),
      activity_id: activity.id,
      goal_id: textCell(activity.goal),
      activity_text: textCell(activity.text),
      owner: textCell(activity.owner),
      due: textCell(activity.due),
      status: textCell(progress?.status),
      progress_note: textCell(progress?.note),
      progress_updated_at: textCell(progress?.updated_at),
      checkins: cycle.checkins.filter((checkin) => checkin.activity === activity.id).length,
    } satisfies Record<(typeof ACTIVITY_COLUMNS)[number], ReportCell>;
  });
}

export const CHECKIN_COLUMNS = [
  ...CYCLE_KEY_COLUMNS,
  'checkin_at',
  'author_id',
  'author_name',
  'author_side',
  'kind',
  'activity_id',
  'checkin_text',
] as const;

/** One row per check-in, in time order (then by file name). */
export function checkinRows(cycle: Cycle, names: MemberNames): ReportRow[] {
  const { info } = cycle;
  const sideOf = (author: string) =>
    author === info.coach ? 'coach' : author === info.client ? 'client' : null;

  return cycle.checkins.map(
    (checkin) =>
      ({
        ...cycleKeyCells(info),
        checkin_at: checkin.at,
        author_id: checkin.author,
        author_name: textCell(names.get(checkin.author)),
        author_side: sideOf(checkin.author),
        kind: checkin.kind,
        activity_id: textCell(checkin.activity),
        checkin_text: textCell(checkin.text),
      }) satisfies Record<(typeof CHECKIN_COLUMNS)[number], ReportCell>,
  );
}

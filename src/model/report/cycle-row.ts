import { countPhasesCompleted, phaseCompletions } from '../phases.js';
import type { Cycle, OutcomeResult } from '../types.js';
import { type MemberNames, type ReportCell, textCell } from './row.js';

/** The columns of `timc report --level cycles`, in SPEC.md's order. */
export const CYCLE_COLUMNS = [
  'cycle_id',
  'school',
  'coach_id',
  'coach_name',
  'client_id',
  'client_name',
  'created_by',
  'created_at',
  'title',
  'focus',
  'goals',
  'activities',
  'checkins',
  'phases_completed',
  'phase1_completed_at',
  'phase2_completed_at',
  'phase3_completed_at',
  'phase4_completed_at',
  'phase5_completed_at',
  'coach_published_at',
  'client_published_at',
  'outcomes_met',
  'outcomes_partially_met',
  'outcomes_not_met',
] as const;

export type CycleColumn = (typeof CYCLE_COLUMNS)[number];

function countOutcomes(cycle: Cycle, result: OutcomeResult): number {
  return (cycle.outcomes.outcomes ?? []).filter((outcome) => outcome.result === result).length;
}

/** The one row of a cycle: who, when, what, how many, and when each phase was completed. */
export function cycleRow(cycle: Cycle, names: MemberNames): Record<CycleColumn, ReportCell> {
  const { info } = cycle;
  const [phase1, phase2, phase3, phase4, phase5] = phaseCompletions(cycle);

  return {
    cycle_id: info.id,
    school: textCell(info.school),
    coach_id: info.coach,
    coach_name: textCell(names.get(info.coach)),
    client_id: info.client,
    client_name: textCell(names.get(info.client)),
    created_by: textCell(info.created_by),
    created_at: textCell(info.created_at),
    title: textCell(info.title),
    focus: textCell(cycle.goals.focus),
    goals: cycle.goals.goals?.length ?? 0,
    activities: cycle.activities.activities?.length ?? 0,
    checkins: cycle.checkins.length,
    phases_completed: countPhasesCompleted(cycle),
    phase1_completed_at: textCell(phase1?.at),
    phase2_completed_at: textCell(phase2?.at),
    phase3_completed_at: textCell(phase3?.at),
    phase4_completed_at: textCell(phase4?.at),
    phase5_completed_at: textCell(phase5?.at),
    coach_published_at: textCell(info.published?.coach),
    client_published_at: textCell(info.published?.client),
    outcomes_met: countOutcomes(cycle, 'met'),
    outcomes_partially_met: countOutcomes(cycle, 'partially-met'),
    outcomes_not_met: countOutcomes(cycle, 'not-met'),
  };
}

import type { Cycle } from '../types.js';
import { CYCLE_COLUMNS, cycleRow } from './cycle-row.js';
import {
  ACTIVITY_COLUMNS,
  activityRows,
  CHECKIN_COLUMNS,
  checkinRows,
  GOAL_COLUMNS,
  goalRows,
} from './detail-rows.js';
import type { MemberNames, ReportRow } from './row.js';

export const REPORT_LEVELS = ['cycles', 'goals', 'activities', 'checkins'] as const;

/** What one row of the report stands for: a cycle, a goal, an activity or a check-in. */
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export interface LevelDefinition {
  /** The header row, in order. */
  columns: readonly string[];
  /** The rows of one cycle at this level. */
  rowsOf(cycle: Cycle, names: MemberNames): ReportRow[];
}

export const LEVELS: Record<ReportLevel, LevelDefinition> = {
  cycles: { columns: CYCLE_COLUMNS, rowsOf: (cycle, names) => [cycleRow(cycle, names)] },
  goals: { columns: GOAL_COLUMNS, rowsOf: (cycle) => goalRows(cycle) },
  activities: { columns: ACTIVITY_COLUMNS, rowsOf: (cycle) => activityRows(cycle) },
  checkins: { columns: CHECKIN_COLUMNS, rowsOf: checkinRows },
};

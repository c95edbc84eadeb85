import { countPhasesCompleted, isCycleOpen, phaseCompletions } from './phases.js';
import { publicationState, type PublicationState } from './publication.js';
import type { Completion, Cycle, CycleInfo } from './types.js';

/** What the dashboard shows of a cycle, without its check-ins. */
export interface CycleSummary {
  info: CycleInfo;
  focus?: string;
  /** Completion of phases 1–5, in order; null where the phase is not complete. */
  completions: (Completion | null)[];
  phasesCompleted: number;
  open: boolean;
  published: PublicationState;
  goals: number;
  activities: number;
}

export function summarizeCycle(cycle: Cycle): CycleSummary {
  return {
    info: cycle.info,
    focus: cycle.goals.focus || undefined,
    completions: phaseCompletions(cycle).map((completion) => completion ?? null),
    phasesCompleted: countPhasesCompleted(cycle),
    open: isCycleOpen(cycle),
    published: publicationState(cycle.info),
    goals: cycle.goals.goals?.length ?? 0,
    activities: cycle.activities.activities?.length ?? 0,
  };
}

/** `●●○○○`: one mark per phase, filled when complete. */
export function progressMark(completions: readonly (Completion | null)[]): string {
  return completions.map((completion) => (completion ? '●' : '○')).join('');
}

/** Dashboard order: oldest first by start, then by id, so output is stable. */
export function compareByStart(a: CycleInfo, b: CycleInfo): number {
  return (
    String(a.created_at ?? '').localeCompare(String(b.created_at ?? '')) || a.id.localeCompare(b.id)
  );
}

import type { Completion, Cycle } from './types.js';

export type PhaseKey = 'goals' | 'activities' | 'progress' | 'outcomes' | 'reflection';

export interface PhaseDefinition {
  number: 1 | 2 | 3 | 4 | 5;
  key: PhaseKey;
  title: string;
  /** File name inside the cycle folder. */
  file: string;
}

/** The five phases of a coaching cycle, in order. */
export const PHASES: readonly PhaseDefinition[] = [
  { number: 1, key: 'goals', title: 'Set Goals', file: '1-goals.yaml' },
  { number: 2, key: 'activities', title: 'Plan Activities', file: '2-activities.yaml' },
  { number: 3, key: 'progress', title: 'Monitor Progress', file: '3-progress.yaml' },
  { number: 4, key: 'outcomes', title: 'Record Outcomes', file: '4-outcomes.yaml' },
  {
    number: 5,
    key: 'reflection',
    title: 'Reflect on the Coaching Cycle',
    file: '5-reflection.yaml',
  },
];

/** The phase for `1`–`5` or a phase key such as `goals`; undefined otherwise. */
export function findPhase(ref: string): PhaseDefinition | undefined {
  return PHASES.find((phase) => String(phase.number) === ref || phase.key === ref);
}

/** Completion of each phase, in phase order (undefined where not complete). */
export function phaseCompletions(cycle: Cycle): (Completion | undefined)[] {
  return PHASES.map((phase) => cycle[phase.key].complete);
}

export function countPhasesCompleted(cycle: Cycle): number {
  return phaseCompletions(cycle).filter(Boolean).length;
}

/** A cycle is open until its fifth phase is complete. */
export function isCycleOpen(cycle: Cycle): boolean {
  return cycle.reflection.complete === undefined;
}

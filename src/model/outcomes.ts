import type { Outcome, OutcomeResult } from './types.js';

export const OUTCOME_RESULTS: readonly OutcomeResult[] = ['met', 'partially-met', 'not-met'];

export function isOutcomeResult(text: string): text is OutcomeResult {
  return (OUTCOME_RESULTS as readonly string[]).includes(text);
}

/** Index of the outcome recorded for `goal` (one per goal), or -1. */
export function findOutcomeIndex(outcomes: readonly Outcome[] | undefined, goal: string): number {
  return (outcomes ?? []).findIndex((outcome) => outcome?.goal === goal);
}

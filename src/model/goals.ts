import type { Goal } from './types.js';

/** Index of goal `id` among the cycle's goals, or -1. */
export function findGoalIndex(goals: readonly Goal[] | undefined, id: string): number {
  return (goals ?? []).findIndex((goal) => goal?.id === id);
}

/** Why `id` names no goal of the cycle, listing the goals there are. */
export function unknownGoalMessage(
  cycleId: string,
  id: string,
  goals: readonly Goal[] = [],
): string {
  const ids = goals.map((goal) => goal?.id).filter(Boolean);
  const known =
    ids.length > 0
      ? `its goals are ${ids.join(', ')}`
      : 'it has no goals yet (add one with `timc goal add`)';
  return `cycle ${cycleId} has no goal '${id}': ${known}`;
}

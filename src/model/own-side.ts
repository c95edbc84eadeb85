import type { Refusal } from './refusal.js';
import type { CycleInfo, Side } from './types.js';

/** The member's side in the cycle; undefined for anyone else (an admin included). */
export function sideOf(memberId: string, info: CycleInfo): Side | undefined {
  if (memberId === info.coach) return 'coach';
  if (memberId === info.client) return 'client';
  return undefined;
}

/**
 * Things only the coach or the client do for themselves: a reflection, a publish flag, a
 * check-in. Anyone else, an admin included, is refused: nobody writes for another person.
 */
export function requireOwnSide(memberId: string, info: CycleInfo, what: string): Side | Refusal {
  const side = sideOf(memberId, info);
  if (side) return side;

  return {
    refused:
      `${memberId} may not ${what} in cycle ${info.id}: only its coach (${info.coach}) ` +
      `or its client (${info.client}) may, each for themselves`,
  };
}

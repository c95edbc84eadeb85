import { UsageError } from '../errors.js';

/**
 * Splits `[CYCLE] A B …` where CYCLE may be left out: with one more argument than `count`, the
 * first is the cycle. Fewer than `count` leaves the missing ones undefined (to be asked for).
 */
export function splitCycleArgs(
  args: readonly string[],
  count: number,
  usage: string,
): { cycle?: string; rest: (string | undefined)[] } {
  if (args.length > count + 1) throw new UsageError(`too many arguments; ${usage}`);
  if (args.length === count + 1) return { cycle: args[0], rest: args.slice(1) };
  return { rest: Array.from({ length: count }, (_, index) => args[index]) };
}

import { TimcError } from '../errors.js';
import { summarizeCycle, type CycleSummary } from '../model/summary.js';
import { listCycleIds, readCycle } from './cycles.js';

export interface SkippedCycle {
  id: string;
  message: string;
}

export interface CycleSummariesResult {
  summaries: CycleSummary[];
  /** Cycles left out because a file could not be read; the message names the file. */
  skipped: SkippedCycle[];
}

/** How many cycles are read at once: enough to overlap I/O, few enough for any file limit. */
const READ_CONCURRENCY = 32;

/** A summary of every cycle in the repository; a broken cycle is skipped, not fatal. */
export async function readCycleSummaries(root: string): Promise<CycleSummariesResult> {
  const ids = await listCycleIds(root);
  const summaries: CycleSummary[] = [];
  const skipped: SkippedCycle[] = [];

  let next = 0;
  async function worker(): Promise<void> {
    while (next < ids.length) {
      const id = ids[next++]!;
      try {
        const { cycle } = await readCycle(root, id, { checkins: false });
        summaries.push(summarizeCycle(cycle));
      } catch (error) {
        if (!(error instanceof TimcError)) throw error;
        skipped.push({ id, message: error.message });
      }
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));

  return { summaries, skipped };
}

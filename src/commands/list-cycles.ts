import type { CommandContext } from '../cli/context.js';
import { formatTable } from '../cli/table.js';
import { TimcError, UsageError } from '../errors.js';
import { compareByStart, type CycleSummary, progressMark } from '../model/summary.js';
import { readCycleSummaries } from '../store/cycle-summaries.js';

export interface ListOptions {
  mine?: boolean;
  open?: boolean;
  done?: boolean;
}

const PUBLISHED_LABEL = { both: 'both', coach: 'coach only', client: 'client only', neither: '-' };

/** The dashboard row of a cycle in `--json`. */
function summaryJson(summary: CycleSummary) {
  return {
    id: summary.info.id,
    title: summary.info.title ?? null,
    focus: summary.focus ?? null,
    coach: summary.info.coach,
    client: summary.info.client,
    school: summary.info.school ?? null,
    created_at: summary.info.created_at ?? null,
    phases_completed: summary.phasesCompleted,
    phases: summary.completions,
    open: summary.open,
    published: summary.published,
    goals: summary.goals,
    activities: summary.activities,
  };
}

/**
 * `timc list`: every cycle with its five-phase progress. A cycle whose files cannot be read is
 * left out with a warning naming the file, and the exit code is 1.
 */
export async function listCycles(context: CommandContext, options: ListOptions): Promise<void> {
  if (options.open && options.done) throw new UsageError('give --open or --done, not both');

  const mine = options.mine ? await context.currentMember() : undefined;
  const { summaries, skipped } = await readCycleSummaries(context.root);
  const shown = summaries
    .filter((summary) => !mine || summary.info.coach === mine.id || summary.info.client === mine.id)
    .filter((summary) => !options.open || summary.open)
    .filter((summary) => !options.done || !summary.open)
    .sort((a, b) => compareByStart(a.info, b.info));

  const { output } = context;
  for (const cycle of skipped) output.warn(`left out ${cycle.id}: ${cycle.message}`);

  if (output.json) {
    output.printJson(shown.map(summaryJson));
  } else if (shown.length === 0) {
    output.done(
      summaries.length === 0 ? 'No cycles yet: start one with `timc new`' : 'No cycles match',
    );
  } else {
    const rows = shown.map((summary) => [
      summary.info.id,
      `${progressMark(summary.completions)} ${summary.phasesCompleted}/5`,
      summary.info.coach,
      summary.info.client,
      PUBLISHED_LABEL[summary.published],
      summary.info.title ?? summary.focus ?? '',
    ]);
    const header = ['CYCLE', 'PHASES', 'COACH', 'CLIENT', 'PUBLISHED', 'TITLE'];
    output.line(formatTable(header, rows, output.style).join('\n'));
  }

  if (skipped.length > 0) {
    throw new TimcError(`${skipped.length} cycle(s) left out; run \`timc validate\` to see why`);
  }
}

import type { CommandContext } from '../cli/context.js';
import { chooseCycle } from '../cli/cycle-choice.js';
import { renderCycle } from '../cli/render-cycle.js';
import { summarizeCycle } from '../model/summary.js';
import { readCycle } from '../store/cycles.js';

/** `timc show [CYCLE]`: everything in one cycle, as text or JSON. */
export async function showCycle(context: CommandContext, ref: string | undefined): Promise<void> {
  const id = await chooseCycle(context, ref);
  const [{ cycle }, members] = await Promise.all([readCycle(context.root, id), context.members()]);
  const { output } = context;

  if (output.json) {
    const summary = summarizeCycle(cycle);
    output.printJson({
      ...cycle,
      phases_completed: summary.phasesCompleted,
      open: summary.open,
      published_by: summary.published,
    });
    return;
  }
  for (const line of renderCycle(cycle, members, output.style)) output.line(line);
}

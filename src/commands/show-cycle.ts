import type { CommandContext } from '../cli/context.js';
import { chooseCycle } from '../cli/cycle-choice.js';
import { renderCycle } from '../cli/render-cycle.js';
import { countTimEvidence, hideTimEvidence } from '../model/consent.js';
import { summarizeCycle } from '../model/summary.js';
import { readCycle } from '../store/cycles.js';

/** `timc show [CYCLE]`: everything in one cycle, as text or JSON. */
export async function showCycle(context: CommandContext, ref: string | undefined): Promise<void> {
  const id = await chooseCycle(context, ref);
  const [{ cycle: stored }, members] = await Promise.all([
    readCycle(context.root, id),
    context.members(),
  ]);
  const { output } = context;

  // Who is looking matters only when there is TIM evidence the client has not shared.
  const unshared = !stored.info.tim_access && countTimEvidence(stored) > 0;
  const viewer = unshared ? await context.currentMemberIfKnown() : undefined;
  const { cycle, hidden } = hideTimEvidence(stored, viewer?.id);

  if (output.json) {
    const summary = summarizeCycle(cycle);
    output.printJson({
      ...cycle,
      phases_completed: summary.phasesCompleted,
      open: summary.open,
      published_by: summary.published,
      tim_evidence_hidden: hidden,
    });
    return;
  }
  const lines = renderCycle(cycle, members, output.style, { hiddenTimEvidence: hidden });
  for (const line of lines) output.line(line);
}

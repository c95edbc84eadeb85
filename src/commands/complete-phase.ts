import { currentMoment } from '../cli/clock.js';
import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange, type CycleChange } from '../cli/cycle-change.js';
import { askChoice, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import { TimcError } from '../errors.js';
import { parsePhaseRef, refuseCompletion } from '../model/phase-ref.js';
import { PHASES, type PhaseDefinition } from '../model/phases.js';
import { formatTimestamp } from '../model/time.js';
import { dataOf } from '../store/yaml-file.js';
import { removeValue, setValue } from '../store/yaml-edit.js';

type Action = 'complete' | 'reopen';

function usageOf(action: Action): string {
  return `usage: timc ${action} [CYCLE] PHASE (1–5, or ${PHASES.map((p) => p.key).join(', ')})`;
}

/** Asks among the phases the action applies to: open ones to complete, complete ones to reopen. */
async function askPhase(change: CycleChange, action: Action): Promise<string> {
  const candidates = PHASES.filter(
    (phase) => (change.cycle[phase.key].complete === undefined) === (action === 'complete'),
  );
  if (candidates.length === 0) {
    const state = action === 'complete' ? 'already complete' : 'open';
    throw new TimcError(`all five phases of ${change.id} are ${state}; nothing to ${action}`);
  }
  return askChoice(
    action === 'complete' ? 'Mark which phase complete?' : 'Reopen which phase?',
    candidates.map((phase) => ({
      value: String(phase.number),
      name: `${phase.number} ${phase.title}`,
    })),
  );
}

async function resolvePhase(
  context: CommandContext,
  args: string[],
  action: Action,
): Promise<{ change: CycleChange; phase: PhaseDefinition }> {
  const usage = usageOf(action);
  const { cycle: ref, rest } = splitCycleArgs(args, 1, usage);
  if (rest[0] !== undefined) throwIfRefused(parsePhaseRef(rest[0]));

  const change = await openCycleForChange(context, ref);
  const phaseRef = await valueOrAsk(rest[0], usage, () => askPhase(change, action));
  return { change, phase: throwIfRefused(parsePhaseRef(phaseRef)) };
}

/** `timc complete [CYCLE] PHASE`: marks the phase complete, once its required fields are there. */
export async function completePhase(context: CommandContext, args: string[]): Promise<void> {
  const { change, phase } = await resolvePhase(context, args, 'complete');
  const done = change.cycle[phase.key].complete;
  if (done) {
    context.output.done(
      `Phase ${phase.number} (${phase.title}) of ${change.id} is already complete ` +
        `(${done.by}, ${done.at}); nothing changed`,
    );
    return;
  }

  const file = change.files.phases[phase.key];
  await requireValidFiles([file]);
  const data = dataOf<Record<string, unknown> | null>(file) ?? {};
  throwIfRefused(refuseCompletion(change.settings.policy, phase, data));

  setValue(file, ['complete'], {
    by: change.actor.id,
    at: formatTimestamp(currentMoment(context.env)),
  });
  await recordChange(context, {
    files: [file],
    message: `${change.id}: complete phase ${phase.number}`,
    author: change.actor,
  });
  context.output.done(`Phase ${phase.number} (${phase.title}) of ${change.id} is complete`);
}

/** `timc reopen [CYCLE] PHASE`: removes the phase's completion. */
export async function reopenPhase(context: CommandContext, args: string[]): Promise<void> {
  const { change, phase } = await resolvePhase(context, args, 'reopen');
  if (!change.cycle[phase.key].complete) {
    context.output.done(
      `Phase ${phase.number} (${phase.title}) of ${change.id} is not complete; nothing changed`,
    );
    return;
  }

  const file = change.files.phases[phase.key];
  removeValue(file, ['complete']);
  await recordChange(context, {
    files: [file],
    message: `${change.id}: reopen phase ${phase.number}`,
    author: change.actor,
  });
  context.output.done(`Phase ${phase.number} (${phase.title}) of ${change.id} is open again`);
}

import { TimcError } from '../errors.js';
import { mayChangeCycle } from '../model/permissions.js';
import type { Cycle, Member, Settings } from '../model/types.js';
import { readCycle, type CycleFiles } from '../store/cycles.js';
import type { CommandContext } from './context.js';
import { chooseCycle } from './cycle-choice.js';

/** A cycle opened for a change by the member at the keyboard. */
export interface CycleChange {
  id: string;
  files: CycleFiles;
  cycle: Cycle;
  actor: Member;
  settings: Settings;
  /** The actor's side in the cycle; undefined for an admin who is neither. */
  side?: 'coach' | 'client';
}

/**
 * Resolves the cycle, reads its files and checks that the member at the keyboard may change it
 * (its coach, its client, or an admin). Refuses with who may, before anything is written.
 */
export async function openCycleForChange(
  context: CommandContext,
  ref: string | undefined,
  options: { checkins?: boolean } = {},
): Promise<CycleChange> {
  const [actor, settings] = await Promise.all([context.currentMember(), context.settings()]);
  const id = await chooseCycle(context, ref);
  const { files, cycle } = await readCycle(context.root, id, {
    checkins: options.checkins ?? false,
  });

  const decision = mayChangeCycle(actor, cycle.info, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const side =
    actor.id === cycle.info.coach ? 'coach' : actor.id === cycle.info.client ? 'client' : undefined;
  return { id, files, cycle, actor, settings, side };
}

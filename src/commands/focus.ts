import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { askText, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { isFieldDisabled } from '../model/policy.js';
import { setValue } from '../store/yaml-edit.js';

const USAGE = 'usage: timc focus [CYCLE] TEXT';

/** `timc focus [CYCLE] TEXT`: what the cycle is about (phase 1). */
export async function setFocus(context: CommandContext, args: string[]): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  if (isFieldDisabled(change.settings.policy, 'goals.focus')) {
    throw new TimcError('the focus is switched off by this program (policy in timc.yaml)');
  }

  const text = await valueOrAsk(rest[0], USAGE, () => askText('Focus of the cycle'));
  const goals = change.files.phases.goals;
  setValue(goals, ['focus'], text);

  await recordChange(context, {
    files: [goals],
    message: `${change.id}: set focus`,
    author: change.actor,
  });
  context.output.done(`Focus of ${change.id} set`);
}

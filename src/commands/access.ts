import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { askChoice, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError, UsageError } from '../errors.js';
import { countTimEvidence, maySetTimAccess } from '../model/consent.js';
import { readCheckedFile } from '../store/checked-file.js';
import { setValue } from '../store/yaml-edit.js';

const USAGE = 'usage: timc access [CYCLE] on|off';

/**
 * `timc access [CYCLE] on|off`: the client lets the coach see and attach the client's TIM
 * activities in this cycle, or stops it. Only the client may.
 */
export async function setTimAccess(context: CommandContext, args: string[]): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  if (rest[0] !== undefined && rest[0] !== 'on' && rest[0] !== 'off') {
    throw new UsageError(`'${rest[0]}' is neither on nor off; ${USAGE}`);
  }

  const change = await openCycleForChange(context, ref);
  await readCheckedFile(change.files.info);
  const decision = maySetTimAccess(change.actor.id, change.cycle.info);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const { coach } = change.cycle.info;
  const state = await valueOrAsk(rest[0], USAGE, () =>
    askChoice(`Let your coach (${coach}) see and attach your TIM activities?`, [
      { value: 'on', name: 'on: yes' },
      { value: 'off', name: 'off: no' },
    ]),
  );
  const on = state === 'on';
  if ((change.cycle.info.tim_access === true) === on) {
    context.output.done(`TIM access for ${change.id} is already ${state}; nothing changed`);
    return;
  }

  const info = change.files.info;
  setValue(info, ['tim_access'], on);
  await recordChange(context, {
    files: [info],
    message: `${change.id}: TIM access ${state}`,
    author: change.actor,
  });
  context.output.done(
    on
      ? `TIM access on: ${coach} may now see and attach your TIM activities in ${change.id}`
      : `TIM access off: ${coach} no longer sees or attaches your TIM activities in ${change.id}`,
  );
  const attached = countTimEvidence(change.cycle);
  if (!on && attached > 0) {
    context.output.warn(
      `${attached} TIM activit${attached === 1 ? 'y stays' : 'ies stay'} attached; ` +
        '`timc show` hides them from everyone but you',
    );
  }
}

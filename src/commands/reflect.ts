import { currentMoment } from '../cli/clock.js';
import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { noticeCompletedPhase } from '../cli/phase-notice.js';
import { askText, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import { UsageError } from '../errors.js';
import { refuseDisabled } from '../model/field-switches.js';
import { requireOwnSide } from '../model/own-side.js';
import { PHASES } from '../model/phases.js';
import { formatTimestamp } from '../model/time.js';
import { setValue } from '../store/yaml-edit.js';

const USAGE = 'usage: timc reflect [CYCLE] TEXT';
const PHASE = PHASES[4]!;

/**
 * `timc reflect [CYCLE] TEXT`: the member's own reflection (the coach's or the client's), with
 * when it was written. The other side's reflection is never touched.
 */
export async function writeReflection(context: CommandContext, args: string[]): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  await requireValidFiles([change.files.phases.reflection]);
  const side = throwIfRefused(requireOwnSide(change.actor.id, change.cycle.info, 'reflect'));
  throwIfRefused(refuseDisabled(change.settings.policy, ['reflection', `reflection.${side}`]));

  const previous = change.cycle.reflection[side]?.text;
  const text = (
    await valueOrAsk(rest[0], USAGE, () =>
      askText(`Your reflection as the ${side}`, { required: true, default: previous }),
    )
  ).trim();
  if (text === '') throw new UsageError(`the reflection is empty; ${USAGE}`);

  const file = change.files.phases.reflection;
  setValue(file, [side, 'text'], text);
  setValue(file, [side, 'at'], formatTimestamp(currentMoment(context.env)));
  noticeCompletedPhase(context, PHASE, change.cycle.reflection.complete);

  await recordChange(context, {
    files: [file],
    message: `${change.id}: reflect (${side})`,
    author: change.actor,
  });
  context.output.done(`Saved the ${side}'s reflection in ${change.id}`);
}

import { currentMoment } from '../cli/clock.js';
import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import { requireOwnSide } from '../model/own-side.js';
import { publicationState } from '../model/publication.js';
import { formatTimestamp } from '../model/time.js';
import type { CycleInfo } from '../model/types.js';
import { setValue } from '../store/yaml-edit.js';

type Action = 'publish' | 'unpublish';

function describeState(info: CycleInfo): string {
  switch (publicationState(info)) {
    case 'both':
      return 'published by both sides: it is in the report';
    case 'coach':
      return 'published by the coach only: not in the report until the client publishes';
    case 'client':
      return 'published by the client only: not in the report until the coach publishes';
    case 'neither':
      return 'published by neither side: not in the report';
  }
}

/**
 * `timc publish [CYCLE]` / `timc unpublish [CYCLE]`: sets or clears the member's own publish
 * flag; the report shows a cycle only while both flags are set.
 */
export async function setPublished(
  context: CommandContext,
  args: string[],
  action: Action,
): Promise<void> {
  const { cycle: ref } = splitCycleArgs(args, 0, `usage: timc ${action} [CYCLE]`);
  const change = await openCycleForChange(context, ref);
  await requireValidFiles([change.files.info]);
  const info = change.cycle.info;
  const side = throwIfRefused(requireOwnSide(change.actor.id, info, action));

  const current = info.published?.[side] ?? null;
  if ((action === 'publish') === Boolean(current)) {
    const already = action === 'publish' ? `already published it (${current})` : 'not published it';
    context.output.done(
      `You (${side}) have ${already}; nothing changed. ${change.id} is ${describeState(info)}`,
    );
    return;
  }

  const value = action === 'publish' ? formatTimestamp(currentMoment(context.env)) : null;
  setValue(change.files.info, ['published', side], value);
  await recordChange(context, {
    files: [change.files.info],
    message: `${change.id}: ${action} (${side})`,
    author: change.actor,
  });

  const after: CycleInfo = { ...info, published: { ...info.published, [side]: value } };
  context.output.done(`${change.id} is now ${describeState(after)}`);
}

import { TimcError, UsageError } from '../errors.js';
import { compareByStart } from '../model/summary.js';
import { readCycleSummaries } from '../store/cycle-summaries.js';
import { resolveCycleRef } from '../store/cycles.js';
import type { CommandContext } from './context.js';
import { askChoice, canPrompt } from './prompts.js';

/**
 * The cycle a command works on: the one `ref` names (full id, unique prefix or 4-character
 * suffix); without `ref`, the member's only open cycle, or one picked at a prompt.
 */
export async function chooseCycle(
  context: CommandContext,
  ref: string | undefined,
): Promise<string> {
  if (ref) return resolveCycleRef(context.root, ref);

  const member = await context.currentMember();
  const { summaries, skipped } = await readCycleSummaries(context.root);
  const mine = summaries
    .filter((summary) => summary.open)
    .filter((summary) => summary.info.coach === member.id || summary.info.client === member.id)
    .sort((a, b) => compareByStart(a.info, b.info));

  if (mine.length === 1) return mine[0]!.info.id;
  const unreadable = skipped[0];
  if (mine.length === 0 && unreadable) {
    // The member's cycle may be the one a hand edit broke: point at the file, not at "none".
    const more =
      skipped.length > 1 ? ` (and ${skipped.length - 1} more cycles cannot be read)` : '';
    throw new TimcError(`${unreadable.message}${more}`);
  }
  if (mine.length === 0) {
    throw new TimcError(
      `${member.id} has no open cycle: name one (see \`timc list\`) or start one with \`timc new\``,
    );
  }
  if (!canPrompt()) {
    const ids = mine.map((summary) => summary.info.id).join(', ');
    throw new UsageError(`${member.id} has several open cycles; name one of: ${ids}`);
  }
  return askChoice(
    'Which cycle?',
    mine.map((summary) => ({
      value: summary.info.id,
      name: `${summary.info.id}  ${summary.info.title ?? summary.focus ?? ''}`.trimEnd(),
    })),
  );
}

import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { assertFieldEnabled } from '../cli/field-policy.js';
import { alignmentChoices } from '../cli/goal-prompts.js';
import { askSearch, askText, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError, UsageError } from '../errors.js';
import { nextListId } from '../model/ids.js';
import { isFieldDisabled } from '../model/policy.js';
import type { Alignment } from '../model/reference-data.js';
import { readCheckedFile } from '../store/checked-file.js';
import { readAlignments } from '../store/reference-files.js';
import { appendToList } from '../store/yaml-edit.js';

const USAGE = 'usage: timc goal add [CYCLE] TEXT [--alignment ID]';

export interface GoalAddOptions {
  alignment?: string;
}

/**
 * `timc goal add [CYCLE] TEXT [--alignment ID]`: a new goal g1, g2, … (phase 1). At a terminal,
 * a missing TEXT is asked for, and then an alignment is offered from alignments.yaml.
 */
export async function addGoal(
  context: CommandContext,
  args: string[],
  options: GoalAddOptions,
): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  await readCheckedFile(change.files.phases.goals);
  const policy = change.settings.policy;
  assertFieldEnabled(policy, 'goals.goals', 'goals');
  assertFieldEnabled(policy, 'goals.text', 'the text of a goal');
  if (options.alignment !== undefined) {
    assertFieldEnabled(policy, 'goals.alignment', 'goal alignment');
  }

  const asked = rest[0] === undefined;
  const text = (await valueOrAsk(rest[0], USAGE, () => askText('Goal', { required: true }))).trim();
  if (text === '') throw new UsageError(`the goal needs some text; ${USAGE}`);

  let alignment = options.alignment;
  if (alignment !== undefined) {
    await assertAlignmentExists(context, alignment);
  } else if (asked && !isFieldDisabled(policy, 'goals.alignment')) {
    alignment = await offerAlignment(context);
  }

  const goals = change.files.phases.goals;
  const taken = (change.cycle.goals.goals ?? []).map((goal) => String(goal?.id));
  const id = nextListId('g', taken);
  appendToList(goals, ['goals'], { id, text, ...(alignment ? { alignment } : {}) });

  await recordChange(context, {
    files: [goals],
    message: `${change.id}: add goal ${id}`,
    author: change.actor,
  });
  context.output.done(`Added goal ${id} to ${change.id}`);
}

async function assertAlignmentExists(context: CommandContext, id: string): Promise<void> {
  const { entries, exists } = await readAlignments(context.root);
  if (!exists) {
    throw new TimcError(
      `no alignment '${id}': this repository has no alignments.yaml yet ` +
        '(an administrator loads one with `timc alignments import FILE.csv`)',
    );
  }
  if (entries.some((alignment) => alignment.id === id)) return;
  throw new TimcError(`no alignment '${id}' in alignments.yaml (${describeKnown(entries)})`);
}

function describeKnown(alignments: readonly Alignment[]): string {
  if (alignments.length === 0) return 'it lists none';
  const shown = alignments.slice(0, 8).map((alignment) => alignment.id);
  const more = alignments.length > shown.length ? `, … ${alignments.length} in all` : '';
  return `known: ${shown.join(', ')}${more}`;
}

/** At a terminal: an alignment to search for, or none; nothing is asked when there are none. */
async function offerAlignment(context: CommandContext): Promise<string | undefined> {
  const { entries } = await readAlignments(context.root);
  if (entries.length === 0) return undefined;

  const chosen = await askSearch('Alignment (type to search)', alignmentChoices(entries));
  return chosen || undefined;
}

import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { assertFieldEnabled } from '../cli/field-policy.js';
import { goalChoices, resultChoices } from '../cli/goal-prompts.js';
import { askChoice, askText, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError, UsageError } from '../errors.js';
import { findGoalIndex, unknownGoalMessage } from '../model/goals.js';
import { findOutcomeIndex, isOutcomeResult, OUTCOME_RESULTS } from '../model/outcomes.js';
import { isFieldDisabled } from '../model/policy.js';
import type { Goal, OutcomeResult } from '../model/types.js';
import { readCheckedFile } from '../store/checked-file.js';
import { appendToList, setValue } from '../store/yaml-edit.js';

const USAGE = 'usage: timc outcome [CYCLE] GOAL --result met|partially-met|not-met [--text TEXT]';

export interface OutcomeOptions {
  result?: string;
  text?: string;
}

/**
 * `timc outcome [CYCLE] GOAL --result R [--text TEXT]`: the outcome of a goal (phase 4). A goal
 * has one outcome: recording it again updates the result and text and keeps its evidence.
 */
export async function recordOutcome(
  context: CommandContext,
  args: string[],
  options: OutcomeOptions,
): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  if (options.result !== undefined && !isOutcomeResult(options.result)) {
    throw new UsageError(
      `--result must be one of ${OUTCOME_RESULTS.join(', ')}, not '${options.result}'`,
    );
  }

  const change = await openCycleForChange(context, ref);
  const { goals: goalsFile, outcomes: outcomesFile } = change.files.phases;
  await Promise.all([readCheckedFile(goalsFile), readCheckedFile(outcomesFile)]);

  const policy = change.settings.policy;
  assertFieldEnabled(policy, 'outcomes.outcomes', 'outcomes');
  if (options.result !== undefined) {
    assertFieldEnabled(policy, 'outcomes.result', 'outcome results');
  }
  if (options.text !== undefined) assertFieldEnabled(policy, 'outcomes.text', 'outcome text');
  const resultInUse = !isFieldDisabled(policy, 'outcomes.result');
  const textInUse = !isFieldDisabled(policy, 'outcomes.text');

  const goals = change.cycle.goals.goals ?? [];
  const asked = rest[0] === undefined || (resultInUse && options.result === undefined);
  const goal = await valueOrAsk(rest[0], USAGE, () => askGoal(change.id, goals));
  if (findGoalIndex(goals, goal) < 0) {
    throw new TimcError(unknownGoalMessage(change.id, goal, goals));
  }

  const given = options.result as OutcomeResult | undefined;
  const result = resultInUse
    ? await valueOrAsk(given, USAGE, () => askChoice(`Result for ${goal}`, resultChoices()))
    : undefined;
  let text = options.text?.trim() || undefined;
  if (text === undefined && asked && textInUse) {
    text = (await askText('What happened (optional)')).trim() || undefined;
  }
  if (result === undefined && text === undefined) {
    throw new UsageError(`outcome results are switched off, so give --text; ${USAGE}`);
  }

  const index = findOutcomeIndex(change.cycle.outcomes.outcomes, goal);
  const fields = { ...(result ? { result } : {}), ...(text ? { text } : {}) };
  if (index < 0) {
    appendToList(outcomesFile, ['outcomes'], { goal, ...fields });
  } else {
    for (const [key, value] of Object.entries(fields)) {
      setValue(outcomesFile, ['outcomes', index, key], value);
    }
  }

  const what = result ? ` (${result})` : '';
  await recordChange(context, {
    files: [outcomesFile],
    message: `${change.id}: record outcome of ${goal}${what}`,
    author: change.actor,
  });
  context.output.done(`Recorded the outcome of ${goal}${what} in ${change.id}`);
}

function askGoal(cycleId: string, goals: readonly Goal[]): Promise<string> {
  if (goals.length === 0) {
    throw new TimcError(`cycle ${cycleId} has no goals yet: add one with \`timc goal add\``);
  }
  return askChoice('Outcome of which goal?', goalChoices(goals));
}

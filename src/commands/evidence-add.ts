import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { type CycleChange, openCycleForChange } from '../cli/cycle-change.js';
import { assertFieldEnabled } from '../cli/field-policy.js';
import { evidenceTargetChoices } from '../cli/goal-prompts.js';
import { askChoice, canPrompt } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError, UsageError } from '../errors.js';
import {
  describeTarget,
  type EvidenceTarget,
  evidenceKindsGiven,
  isSameEvidence,
  targetField,
} from '../model/evidence.js';
import { findGoalIndex, unknownGoalMessage } from '../model/goals.js';
import { findOutcomeIndex } from '../model/outcomes.js';
import { isFieldDisabled } from '../model/policy.js';
import type { Evidence } from '../model/types.js';
import { readCheckedFile } from '../store/checked-file.js';
import { appendToList } from '../store/yaml-edit.js';
import type { YamlFile } from '../store/yaml-file.js';
import { askEvidence, assertWebUrl, readEvidenceText, timEvidence } from './evidence-sources.js';

const USAGE =
  'usage: timc evidence add [CYCLE] (--tim ID | --url URL | --text TEXT | --text -) ' +
  '[--goal G | --outcome G]';

export interface EvidenceAddOptions {
  tim?: string;
  url?: string;
  text?: string;
  goal?: string;
  outcome?: string;
}

const TARGET_NAMES: Record<EvidenceTarget['kind'], string> = {
  supporting: 'supporting data',
  goal: 'evidence on goals',
  outcome: 'evidence on outcomes',
};

/**
 * `timc evidence add`: a TIM activity of the client, a web link or pasted text, attached to the
 * cycle's supporting data, to a goal, or to a goal's outcome (which is created if need be).
 */
export async function addEvidence(
  context: CommandContext,
  args: string[],
  options: EvidenceAddOptions,
): Promise<void> {
  const { cycle: ref } = splitCycleArgs(args, 0, USAGE);
  const kinds = evidenceKindsGiven(options);
  if (kinds.length > 1) {
    const given = kinds.map((kind) => `--${kind}`).join(' and ');
    throw new UsageError(`give one kind of evidence, not ${given}; ${USAGE}`);
  }
  if (options.goal !== undefined && options.outcome !== undefined) {
    throw new UsageError(`give --goal or --outcome, not both; ${USAGE}`);
  }
  if (kinds.length === 0 && !canPrompt()) throw new UsageError(USAGE);
  if (options.url !== undefined) assertWebUrl(options.url);
  const text = options.text === undefined ? undefined : await readEvidenceText(options.text);

  const change = await openCycleForChange(context, ref);
  const { goals: goalsFile, outcomes: outcomesFile } = change.files.phases;
  await Promise.all([readCheckedFile(goalsFile), readCheckedFile(outcomesFile)]);
  const given = givenTarget(options);
  const target = given ?? (kinds.length === 0 ? await askTarget(change) : { kind: 'supporting' });
  assertTargetUsable(change, target);

  const root = context.root;
  let item: Evidence;
  if (options.tim !== undefined) item = await timEvidence(root, change, options.tim);
  else if (options.url !== undefined) item = { url: options.url };
  else if (text !== undefined) item = { text };
  else item = await askEvidence(root, change);

  const file = attachEvidence(change, target, item);
  if (!file) {
    context.output.done(`Already there: that evidence is attached to ${describeTarget(target)}`);
    return;
  }
  const where = describeTarget(target);
  await recordChange(context, {
    files: [file],
    message: `${change.id}: add evidence to ${where}`,
    author: change.actor,
  });
  context.output.done(`Added evidence to ${where} in ${change.id}`);
}

function givenTarget(options: EvidenceAddOptions): EvidenceTarget | undefined {
  if (options.goal !== undefined) return { kind: 'goal', goal: options.goal };
  if (options.outcome !== undefined) return { kind: 'outcome', goal: options.outcome };
  return undefined;
}

/** The policy allows the target, and its goal exists. */
function assertTargetUsable(change: CycleChange, target: EvidenceTarget): void {
  const policy = change.settings.policy;
  assertFieldEnabled(policy, targetField(target), TARGET_NAMES[target.kind]);
  if (target.kind === 'supporting') return;

  const goals = change.cycle.goals.goals ?? [];
  if (findGoalIndex(goals, target.goal) < 0) {
    throw new TimcError(unknownGoalMessage(change.id, target.goal, goals));
  }
}

/** At a terminal: where the evidence goes, among what the policy leaves in use. */
async function askTarget(change: CycleChange): Promise<EvidenceTarget> {
  const policy = change.settings.policy;
  const choices = evidenceTargetChoices(change.cycle.goals.goals ?? [], {
    supporting: !isFieldDisabled(policy, 'goals.supporting_data'),
    goal: !isFieldDisabled(policy, 'goals.evidence'),
    outcome: !isFieldDisabled(policy, 'outcomes.evidence'),
  });
  if (choices.length === 0) {
    throw new TimcError('evidence: switched off by this program (timc.yaml policy.disabled)');
  }
  return choices.length === 1 ? choices[0]!.value : askChoice('Attach the evidence to', choices);
}

/** Appends `item` where it belongs; undefined when the same evidence is already there. */
function attachEvidence(
  change: CycleChange,
  target: EvidenceTarget,
  item: Evidence,
): YamlFile | undefined {
  const { goals: goalsFile, outcomes: outcomesFile } = change.files.phases;
  const { goals, outcomes } = change.cycle;
  const isThere = (list: unknown) =>
    Array.isArray(list) && list.some((other: Evidence) => isSameEvidence(other, item));

  if (target.kind === 'supporting') {
    if (isThere(goals.supporting_data)) return undefined;
    appendToList(goalsFile, ['supporting_data'], item);
    return goalsFile;
  }
  if (target.kind === 'goal') {
    const index = findGoalIndex(goals.goals, target.goal);
    if (isThere(goals.goals?.[index]?.evidence)) return undefined;
    appendToList(goalsFile, ['goals', index, 'evidence'], item);
    return goalsFile;
  }

  const index = findOutcomeIndex(outcomes.outcomes, target.goal);
  if (index < 0) {
    appendToList(outcomesFile, ['outcomes'], { goal: target.goal, evidence: [item] });
  } else {
    if (isThere(outcomes.outcomes?.[index]?.evidence)) return undefined;
    appendToList(outcomesFile, ['outcomes', index, 'evidence'], item);
  }
  return outcomesFile;
}

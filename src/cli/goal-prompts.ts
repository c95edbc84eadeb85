import type { EvidenceKind, EvidenceTarget } from '../model/evidence.js';
import { OUTCOME_RESULTS } from '../model/outcomes.js';
import type { Alignment, TimActivity } from '../model/reference-data.js';
import type { Goal, OutcomeResult } from '../model/types.js';
import type { Choice } from './prompts.js';

/** The choices of the prompts of phases 1 and 4; pure, so their content is unit-tested. */

function shorten(text: string | undefined, width = 60): string {
  const line = (text ?? '').split('\n')[0]!.trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

export function goalChoices(goals: readonly Goal[]): Choice<string>[] {
  return goals.map((goal) => ({
    value: goal.id,
    name: `${goal.id}  ${shorten(goal.text)}`.trimEnd(),
  }));
}

const RESULT_NAMES: Record<OutcomeResult, string> = {
  met: 'met',
  'partially-met': 'partially met',
  'not-met': 'not met',
};

export function resultChoices(): Choice<OutcomeResult>[] {
  return OUTCOME_RESULTS.map((result) => ({ value: result, name: RESULT_NAMES[result] }));
}

/** Alignments to search, after a first choice of none (the value ''). */
export function alignmentChoices(alignments: readonly Alignment[]): Choice<string>[] {
  return [
    { value: '', name: '(no alignment)' },
    ...alignments.map((alignment) => ({
      value: alignment.id,
      name: `${alignment.id}  ${shorten(alignment.title)}`,
      description: [alignment.subject, alignment.source].filter(Boolean).join(', ') || undefined,
    })),
  ];
}

export function timActivityChoices(activities: readonly TimActivity[]): Choice<string>[] {
  return activities.map((activity) => ({
    value: activity.id,
    name: `${activity.id}  ${activity.tool}  ${shorten(activity.title, 50)}`.trimEnd(),
    description: activity.completed ? `completed ${activity.completed}` : undefined,
  }));
}

/** The kinds of evidence to offer; TIM activities only when there are some the person may see. */
export function evidenceKindChoices(offerTim: boolean): Choice<EvidenceKind>[] {
  return [
    ...(offerTim ? [{ value: 'tim' as const, name: "one of the client's TIM activities" }] : []),
    { value: 'url', name: 'a web link' },
    { value: 'text', name: 'pasted text (opens your editor)' },
  ];
}

export interface TargetsInUse {
  supporting: boolean;
  goal: boolean;
  outcome: boolean;
}

/** Where evidence may go: the supporting data, each goal, each goal's outcome (policy allowing). */
export function evidenceTargetChoices(
  goals: readonly Goal[],
  inUse: TargetsInUse,
): Choice<EvidenceTarget>[] {
  const choices: Choice<EvidenceTarget>[] = [];
  if (inUse.supporting) {
    choices.push({ value: { kind: 'supporting' }, name: 'the supporting data of the cycle' });
  }
  for (const goal of inUse.goal ? goals : []) {
    const name = `goal ${goal.id}  ${shorten(goal.text, 50)}`.trimEnd();
    choices.push({ value: { kind: 'goal', goal: goal.id }, name });
  }
  for (const goal of inUse.outcome ? goals : []) {
    choices.push({ value: { kind: 'outcome', goal: goal.id }, name: `the outcome of ${goal.id}` });
  }
  return choices;
}

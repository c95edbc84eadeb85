import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { noticeCompletedPhase } from '../cli/phase-notice.js';
import { askChoice, askText, canPrompt, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import { TimcError } from '../errors.js';
import {
  ACTIVITY_OWNERS,
  checkActivityRequest,
  planActivity,
  type ActivityRequest,
  type PlanContext,
} from '../model/activity-plan.js';
import { PHASES } from '../model/phases.js';
import { isFieldDisabled } from '../model/policy.js';
import { isCalendarDate } from '../model/time.js';
import type { Goal } from '../model/types.js';
import { appendToList } from '../store/yaml-edit.js';

const USAGE =
  'usage: timc activity add [CYCLE] TEXT --goal G [--owner coach|client|both] [--due YYYY-MM-DD]';
const PHASE = PHASES[1]!;

export interface ActivityAddOptions {
  goal?: string;
  owner?: string;
  due?: string;
}

async function askGoal(goals: readonly Goal[]): Promise<string> {
  if (goals.length === 0) {
    throw new TimcError('this cycle has no goals yet: add one first with `timc goal add`');
  }
  return askChoice(
    'For which goal?',
    goals.map((goal) => ({ value: goal.id, name: `${goal.id}  ${goal.text ?? ''}`.trimEnd() })),
  );
}

/**
 * Asks for what is missing. The text and the goal are needed; the owner and the due date are
 * asked for only when the person runs the command bare at a terminal, as a short interview.
 */
async function completeRequest(
  given: ActivityRequest,
  goals: readonly Goal[],
  context: PlanContext,
): Promise<ActivityRequest> {
  const on = (field: string) => !isFieldDisabled(context.policy, `activities.${field}`);
  const interview = canPrompt() && given.text === undefined && on('text');
  const request = { ...given };

  if (on('text')) {
    request.text = await valueOrAsk(request.text, USAGE, () =>
      askText('What will be done?', { required: true }),
    );
  }
  if (on('goal')) request.goal = await valueOrAsk(request.goal, USAGE, () => askGoal(goals));
  if (interview && on('owner') && request.owner === undefined) {
    const owner = await askChoice('Who does it?', [
      ...ACTIVITY_OWNERS.map((value) => ({ value: value as string, name: value })),
      { value: '', name: '(not set)' },
    ]);
    request.owner = owner || undefined;
  }
  if (interview && on('due') && request.due === undefined) {
    const due = await askText('Due date, YYYY-MM-DD (optional)', {
      validate: (value) => value === '' || isCalendarDate(value) || 'a date like 2026-12-03',
    });
    request.due = due || undefined;
  }
  return request;
}

/** `timc activity add [CYCLE] TEXT --goal G [--owner O] [--due DATE]`: plan an activity. */
export async function addActivity(
  context: CommandContext,
  args: string[],
  options: ActivityAddOptions,
): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  const { phases } = change.files;
  await requireValidFiles([phases.goals, phases.activities]);
  const goals = change.cycle.goals.goals ?? [];
  const plan: PlanContext = {
    goalIds: goals.map((goal) => goal.id),
    activityIds: (change.cycle.activities.activities ?? []).map((activity) => activity.id),
    policy: change.settings.policy,
  };

  const given: ActivityRequest = { text: rest[0], ...options };
  throwIfRefused(checkActivityRequest(given, plan));
  const request = await completeRequest(given, goals, plan);
  const activity = throwIfRefused(planActivity(request, plan));

  const file = change.files.phases.activities;
  appendToList(file, ['activities'], activity);
  noticeCompletedPhase(context, PHASE, change.cycle.activities.complete);
  const result = await recordChange(context, {
    files: [file],
    message: `${change.id}: add activity ${activity.id}`,
    author: change.actor,
  });

  if (context.output.json) {
    context.output.printJson({ cycle: change.id, activity, committed: result.committed });
    return;
  }
  context.output.done(`Added activity ${activity.id} to ${change.id}`);
}

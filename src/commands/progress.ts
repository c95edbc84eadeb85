import { currentMoment } from '../cli/clock.js';
import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { noticeCompletedPhase } from '../cli/phase-notice.js';
import { askChoice, askText, canPrompt, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import { TimcError } from '../errors.js';
import { withoutDisabledFields } from '../model/field-switches.js';
import { PHASES } from '../model/phases.js';
import { isFieldDisabled } from '../model/policy.js';
import {
  checkProgressRequest,
  findProgressEntry,
  PROGRESS_STATUSES,
  type ProgressRequest,
} from '../model/progress-update.js';
import { formatTimestamp } from '../model/time.js';
import type { Activity, ProgressEntry, ProgressStatus } from '../model/types.js';
import { appendToList, removeValue, setValue } from '../store/yaml-edit.js';

const USAGE =
  'usage: timc progress [CYCLE] ACTIVITY --status not-started|in-progress|done [--note TEXT]';
const PHASE = PHASES[2]!;

export interface ProgressOptions {
  status?: string;
  note?: string;
}

async function askActivity(activities: readonly Activity[], entries: readonly ProgressEntry[]) {
  if (activities.length === 0) {
    throw new TimcError('this cycle has no activities yet: plan one with `timc activity add`');
  }
  return askChoice(
    'Which activity?',
    activities.map((activity) => {
      const status = entries[findProgressEntry(entries, activity.id)]?.status;
      const text = `${activity.id}  ${activity.text ?? ''}`.trimEnd();
      return { value: activity.id, name: status ? `${text}  [${status}]` : text };
    }),
  );
}

/** Which fields the policy leaves on. */
interface ProgressFields {
  status: boolean;
  note: boolean;
}

/**
 * Asks for the missing activity and status (unless the policy switched the status off); the
 * note only when anything else was asked.
 */
async function completeRequest(
  given: ProgressRequest,
  activities: readonly Activity[],
  entries: readonly ProgressEntry[],
  fields: ProgressFields,
): Promise<ProgressRequest & { activity: string }> {
  const interview = canPrompt() && (given.activity === undefined || given.status === undefined);
  const activity = await valueOrAsk(given.activity, USAGE, () => askActivity(activities, entries));
  const current = entries[findProgressEntry(entries, activity)];

  let status = given.status;
  if (fields.status) {
    status = await valueOrAsk(status, USAGE, () =>
      askChoice(
        `Status of ${activity}`,
        PROGRESS_STATUSES.map((value) => ({ value: value as string, name: value })),
      ),
    );
  }
  let note = given.note;
  if (interview && fields.note && note === undefined) {
    note = (await askText('Note (optional)', { default: current?.note })) || undefined;
  }
  return { activity, status, note };
}

/**
 * `timc progress [CYCLE] ACTIVITY --status S [--note TEXT]`: one entry per activity, updated in
 * place; a note left out keeps the old one, `--note ''` removes it.
 */
export async function recordProgress(
  context: CommandContext,
  args: string[],
  options: ProgressOptions,
): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  await requireValidFiles([change.files.phases.activities, change.files.phases.progress]);
  const policy = change.settings.policy;
  const activities = change.cycle.activities.activities ?? [];
  const entries = change.cycle.progress.progress ?? [];
  const activityIds = activities.map((activity) => activity.id);

  const given: ProgressRequest = { activity: rest[0], ...options };
  throwIfRefused(checkProgressRequest(given, activityIds, policy));
  const request = await completeRequest(given, activities, entries, {
    status: !isFieldDisabled(policy, 'progress.status'),
    note: !isFieldDisabled(policy, 'progress.note'),
  });
  throwIfRefused(checkProgressRequest(request, activityIds, policy));

  const file = change.files.phases.progress;
  const updates = withoutDisabledFields(policy, 'progress', {
    status: request.status as ProgressStatus | undefined,
    note: request.note || undefined,
    updated_at: formatTimestamp(currentMoment(context.env)),
  });
  const index = findProgressEntry(entries, request.activity);
  if (index === -1) {
    appendToList(file, ['progress'], { activity: request.activity, ...updates });
  } else {
    for (const [key, value] of Object.entries(updates)) {
      setValue(file, ['progress', index, key], value);
    }
    if (request.note === '') removeValue(file, ['progress', index, 'note']);
  }

  noticeCompletedPhase(context, PHASE, change.cycle.progress.complete);
  const what = request.status ?? 'note';
  await recordChange(context, {
    files: [file],
    message: `${change.id}: progress ${request.activity} (${what})`,
    author: change.actor,
  });
  context.output.done(`Progress of ${request.activity} in ${change.id}: ${what}`);
}

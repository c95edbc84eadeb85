import { currentMoment } from '../cli/clock.js';
import type { CommandContext } from '../cli/context.js';
import { splitCycleArgs } from '../cli/cycle-args.js';
import { openCycleForChange } from '../cli/cycle-change.js';
import { askChoice, askText, canPrompt, valueOrAsk } from '../cli/prompts.js';
import { commitChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { requireValidFiles } from '../cli/valid-files.js';
import {
  CHECKIN_KINDS,
  checkCheckinRequest,
  makeCheckin,
  type CheckinRequest,
} from '../model/checkin-entry.js';
import { requireOwnSide } from '../model/own-side.js';
import { formatStamp, formatTimestamp } from '../model/time.js';
import type { Activity, CheckinKind } from '../model/types.js';
import { saveNewCheckin } from '../store/checkin-files.js';

const USAGE =
  'usage: timc checkin [CYCLE] --kind event|question|insight|obstacle|success TEXT ' +
  '[--activity A]';

const KIND_HINTS: Record<CheckinKind, string> = {
  event: 'something that happened',
  question: 'something to ask or find out',
  insight: 'something learned',
  obstacle: 'something in the way',
  success: 'something that worked',
};

async function askActivity(activities: readonly Activity[]): Promise<string | undefined> {
  if (activities.length === 0) return undefined;
  const choice = await askChoice('About which activity?', [
    { value: '', name: '(none in particular)' },
    ...activities.map((activity) => ({
      value: activity.id,
      name: `${activity.id}  ${activity.text ?? ''}`.trimEnd(),
    })),
  ]);
  return choice || undefined;
}

/** Asks for the missing kind and text; the activity only when anything else was asked. */
async function completeRequest(given: CheckinRequest, activities: readonly Activity[]) {
  const interview = canPrompt() && (given.kind === undefined || given.text === undefined);
  const kind = await valueOrAsk(given.kind, USAGE, () =>
    askChoice(
      'What kind of check-in?',
      CHECKIN_KINDS.map((value) => ({
        value: value as string,
        name: value,
        description: KIND_HINTS[value],
      })),
    ),
  );
  const text = await valueOrAsk(given.text, USAGE, () =>
    askText('What happened?', { required: true }),
  );
  const activity =
    interview && given.activity === undefined ? await askActivity(activities) : given.activity;
  return { kind: kind as CheckinKind, text, activity };
}

/**
 * `timc checkin [CYCLE] --kind K TEXT [--activity A]`: one new file per check-in, so the coach
 * and the client never write the same file, even in the same second.
 */
export async function addCheckin(
  context: CommandContext,
  args: string[],
  options: { kind?: string; activity?: string },
): Promise<void> {
  const { cycle: ref, rest } = splitCycleArgs(args, 1, USAGE);
  const change = await openCycleForChange(context, ref);
  await requireValidFiles([change.files.phases.activities]);
  throwIfRefused(requireOwnSide(change.actor.id, change.cycle.info, 'log a check-in'));
  const activities = change.cycle.activities.activities ?? [];
  const activityIds = activities.map((activity) => activity.id);

  const given: CheckinRequest = { text: rest[0], ...options };
  throwIfRefused(checkCheckinRequest(given, activityIds));
  const request = await completeRequest(given, activities);

  const moment = currentMoment(context.env);
  const checkin = makeCheckin(
    change.actor.id,
    formatTimestamp(moment),
    request.kind,
    request.text,
    request.activity,
  );
  const relPath = await saveNewCheckin(context.root, change.id, formatStamp(moment), checkin);
  const committed = await context.commitEnabled();
  if (committed) {
    const message = `${change.id}: add check-in (${checkin.kind})`;
    await commitChange(context.root, [relPath], message, change.actor);
  }

  if (context.output.json) {
    context.output.printJson({ cycle: change.id, file: relPath, checkin, committed });
    return;
  }
  context.output.done(`Logged a check-in (${checkin.kind}) in ${change.id}: ${relPath}`);
}

import { refuseDisabled } from './field-switches.js';
import type { FieldPath } from './policy.js';
import type { Refusal } from './refusal.js';
import type { FieldPolicy, ProgressEntry, ProgressStatus } from './types.js';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['not-started', 'in-progress', 'done'];

/** What a person asked for in `timc progress`. */
export interface ProgressRequest {
  activity?: string;
  status?: string;
  note?: string;
}

/** Checks the given fields: the policy, the status word and that the activity exists. */
export function checkProgressRequest(
  request: ProgressRequest,
  activityIds: readonly string[],
  policy: FieldPolicy | undefined,
): Refusal | undefined {
  const paths: FieldPath[] = ['progress'];
  if (request.status !== undefined) paths.push('progress.status');
  if (request.note !== undefined) paths.push('progress.note');
  const disabled = refuseDisabled(policy, paths);
  if (disabled) return disabled;

  const status = request.status;
  if (status !== undefined && !PROGRESS_STATUSES.includes(status as ProgressStatus)) {
    return {
      refused: `--status must be one of ${PROGRESS_STATUSES.join(', ')} (found '${status}')`,
      usage: true,
    };
  }
  if (request.activity !== undefined && !activityIds.includes(request.activity)) {
    const known =
      activityIds.length > 0
        ? `its activities are ${activityIds.join(', ')}`
        : 'it has no activities yet (add one with `timc activity add`)';
    return { refused: `no activity '${request.activity}' in this cycle: ${known}` };
  }
  return undefined;
}

/** Where the entry for `activity` sits in the progress list; -1 when it has none yet. */
export function findProgressEntry(entries: readonly ProgressEntry[], activity: string): number {
  return entries.findIndex((entry) => entry?.activity === activity);
}

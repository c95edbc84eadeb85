import type { Refusal } from './refusal.js';
import type { Checkin, CheckinKind } from './types.js';

export const CHECKIN_KINDS: readonly CheckinKind[] = [
  'event',
  'question',
  'insight',
  'obstacle',
  'success',
];

/** What a person asked for in `timc checkin`. */
export interface CheckinRequest {
  kind?: string;
  text?: string;
  activity?: string;
}

/** Checks the given fields: the kind word and that the activity exists. */
export function checkCheckinRequest(
  request: CheckinRequest,
  activityIds: readonly string[],
): Refusal | undefined {
  if (request.kind !== undefined && !CHECKIN_KINDS.includes(request.kind as CheckinKind)) {
    return {
      refused: `--kind must be one of ${CHECKIN_KINDS.join(', ')} (found '${request.kind}')`,
      usage: true,
    };
  }
  if (request.activity !== undefined && !activityIds.includes(request.activity)) {
    const known =
      activityIds.length > 0 ? `its activities are ${activityIds.join(', ')}` : 'it has none';
    return { refused: `no activity '${request.activity}' in this cycle: ${known}` };
  }
  return undefined;
}

/** The check-in as written to its file; empty text and a missing activity are left out. */
export function makeCheckin(
  author: string,
  at: string,
  kind: CheckinKind,
  text: string | undefined,
  activity: string | undefined,
): Checkin {
  const checkin: Checkin = { author, at, kind };
  if (text !== undefined && text.trim() !== '') checkin.text = text.trim();
  if (activity !== undefined) checkin.activity = activity;
  return checkin;
}

import { formatTimestamp } from './time.js';
import type { Member } from './types.js';

/** One commit as git reports it. */
export interface CommitRecord {
  hash: string;
  authorName: string;
  authorEmail: string;
  /** Strict ISO 8601 with the author's offset, e.g. `2026-12-03T15:05:09+01:00`. */
  authorDate: string;
  subject: string;
}

/** One line of a cycle's audit trail: when, who, what. */
export interface HistoryEntry {
  commit: string;
  /** UTC, like every timestamp timc writes. */
  at: string;
  /** The member whose email authored the commit; undefined when none matches. */
  member?: string;
  name: string;
  email: string;
  /** The commit subject without the `<cycle-id>: ` prefix. */
  what: string;
}

/** A member's commits carry their email, or `<id>@timc.invalid` when they have none. */
function memberOfEmail(email: string, members: readonly Member[]): string | undefined {
  const wanted = email.toLowerCase();
  const match = members.find(
    (member) => (member.email ?? `${member.id}@timc.invalid`).toLowerCase() === wanted,
  );
  return match?.id;
}

function timestampOf(date: string): string {
  const moment = new Date(date);
  return Number.isNaN(moment.getTime()) ? date : formatTimestamp(moment);
}

/** The audit trail of `cycleId` from its commits, in the order given. */
export function describeHistory(
  cycleId: string,
  records: readonly CommitRecord[],
  members: readonly Member[],
): HistoryEntry[] {
  const prefix = `${cycleId}: `;
  return records.map((record) => ({
    commit: record.hash,
    at: timestampOf(record.authorDate),
    member: memberOfEmail(record.authorEmail, members),
    name: record.authorName,
    email: record.authorEmail,
    what: record.subject.startsWith(prefix) ? record.subject.slice(prefix.length) : record.subject,
  }));
}

import type { Member } from '../types.js';

/** One cell of the report: text, a count, or nothing (an empty cell, `null` in JSON). */
export type ReportCell = string | number | null;

/** One row of the report, keyed by column name. */
export type ReportRow = Readonly<Record<string, ReportCell>>;

/** Member names by id, for the name columns. */
export type MemberNames = ReadonlyMap<string, string>;

export function memberNames(members: readonly Member[]): MemberNames {
  return new Map(members.map((member) => [member.id, member.name]));
}

/** The text of an optional field, or an empty cell. */
export function textCell(value: string | undefined | null): ReportCell {
  return value === undefined || value === null || value === '' ? null : value;
}

/** A row of an imported CSV file: where it starts, and its cells by column name. */
export interface ImportRow {
  line: number;
  fields: Record<string, string>;
}

export interface ImportRules<T extends { id: string }> {
  /** The record a row describes; blank cells are left out so they keep what is stored. */
  fromFields(fields: Record<string, string>): T;
  /** What is wrong with a record as it will be stored (the row merged over any old entry). */
  problemsWith(record: T): string[];
}

export interface ImportCheck<T> {
  records: T[];
  /** `FILE:LINE: problem`, for every bad row. */
  problems: string[];
}

/**
 * Reads every row into a record and collects every problem, naming the file and line, so a
 * person fixes them all at once: bad fields, and an id given on two lines.
 */
export function checkImportRows<T extends { id: string }>(
  label: string,
  rows: readonly ImportRow[],
  existing: readonly T[],
  rules: ImportRules<T>,
): ImportCheck<T> {
  const records: T[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();

  for (const row of rows) {
    const record = rules.fromFields(row.fields);
    const earlier = record.id ? seen.get(record.id) : undefined;
    if (earlier !== undefined) {
      problems.push(`${label}:${row.line}: ${record.id} is also on line ${earlier}`);
      continue;
    }
    if (record.id) seen.set(record.id, row.line);

    const old = existing.find((candidate) => candidate.id === record.id);
    for (const problem of rules.problemsWith({ ...old, ...record })) {
      problems.push(`${label}:${row.line}: ${problem}`);
    }
    records.push(record);
  }
  return { records, problems };
}

export interface MergeResult<T> {
  records: T[];
  added: string[];
  updated: string[];
}

/**
 * Adds `incoming` records to `existing`, or updates the one with the same id: a field given
 * replaces the old value, a field left out keeps it. An update that changes nothing is not one.
 */
export function mergeById<T extends { id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
): MergeResult<T> {
  const records = existing.map((record) => ({ ...record }));
  const added: string[] = [];
  const updated: string[] = [];

  for (const record of incoming) {
    const current = records.find((candidate) => candidate.id === record.id);
    if (!current) {
      records.push({ ...record });
      added.push(record.id);
      continue;
    }
    const before = JSON.stringify(current);
    Object.assign(current, record);
    if (JSON.stringify(current) !== before) updated.push(record.id);
  }
  return { records, added, updated };
}

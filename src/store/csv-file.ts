import { readFile } from 'node:fs/promises';

import { TimcError } from '../errors.js';

export interface CsvRow {
  /** The line in the file where the row starts, for messages. */
  line: number;
  fields: Record<string, string>;
}

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

async function readUtf8(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TimcError(`${path}: no such file`);
    if (code === 'EISDIR') throw new TimcError(`${path} is a folder, not a CSV file`);
    throw new TimcError(`${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TimcError(`${path} is not UTF-8 text: save it as CSV UTF-8 and try again`);
  }
}

/**
 * The rows of a CSV file with a header row naming `columns` (in any order). A malformed file,
 * a missing or unknown column is a TimcError naming the file and line.
 */
export async function readCsvRows(path: string, columns: CsvColumns): Promise<CsvRow[]> {
  const text = await readUtf8(path);
  const { parse } = await import('csv-parse/sync');

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new TimcError(`${path}: not valid CSV: ${(error as Error).message}`);
  }

  const header = records[0]?.record.map((name) => name.trim().toLowerCase());
  if (!header) throw new TimcError(`${path} is empty: the first line must name the columns`);

  const known = [...columns.required, ...columns.optional];
  const unknown = header.filter((name) => !known.includes(name));
  const missing = columns.required.filter((name) => !header.includes(name));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`missing column ${missing.join(', ')}`] : []),
      ...(unknown.length > 0 ? [`unknown column ${unknown.join(', ')}`] : []),
    ];
    throw new TimcError(`${path}:1: ${parts.join('; ')} (expected ${known.join(',')})`);
  }

  return records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    fields: Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])),
  }));
}

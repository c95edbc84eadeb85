import { stringify } from 'csv-stringify/sync';

import { protectFromFormula } from './formula.js';
import type { ReportCell, ReportRow } from './row.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, for spreadsheets that need one (default false). */
  bom?: boolean;
}

/** A cell as CSV text: counts as digits, nothing as empty, text safe from formulas. */
function csvCell(cell: ReportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return protectFromFormula(cell);
}

/**
 * The report as CSV (RFC 4180): a header row, then one record per row, each ending in CRLF as
 * RFC 4180 says (every spreadsheet reads it). A field holding a comma, a quote or a line break is
 * quoted; line breaks inside text are kept as they are.
 */
export function renderCsv(
  columns: readonly string[],
  rows: readonly ReportRow[],
  options: CsvOptions = {},
): string {
  const records = rows.map((row) => columns.map((column) => csvCell(row[column])));
  return stringify([[...columns], ...records], {
    record_delimiter: 'windows',
    // With a record delimiter given, csv-stringify would leave a lone LF or CR unquoted.
    quote_record_delimiter: true,
    bom: options.bom ?? false,
  });
}

/** What `--format json` prints: the level, the columns, the rows and the cycles left out. */
export interface ReportJson {
  level: string;
  columns: readonly string[];
  /** One object per row with every column in order; text exactly as recorded (no `'`). */
  rows: Record<string, ReportCell>[];
  left_out: { cycle_id: string; file: string; problem: string }[];
}

export function renderJson(report: ReportJson): string {
  const rows = report.rows.map((row) =>
    Object.fromEntries(report.columns.map((column) => [column, row[column] ?? null])),
  );
  return `${JSON.stringify({ ...report, rows }, null, 2)}\n`;
}

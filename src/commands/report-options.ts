import { UsageError } from '../errors.js';
import { isMemberId } from '../model/ids.js';
import { REPORT_LEVELS, type ReportLevel } from '../model/report/levels.js';
import type { ReportFilter } from '../model/report/selection.js';
import { isCalendarDate } from '../model/time.js';

/** The options of `timc report` as commander hands them over. */
export interface ReportCommandOptions {
  output?: string;
  level?: string;
  from?: string;
  to?: string;
  school?: string;
  coach?: string;
  client?: string;
  format?: string;
  bom?: boolean;
}

export type ReportFormat = 'csv' | 'json';

/** What to report and where, checked. */
export interface ReportPlan {
  level: ReportLevel;
  format: ReportFormat;
  filter: ReportFilter;
  bom: boolean;
  /** The file to write, as given (relative to the working folder); stdout when undefined. */
  outputFile?: string;
}

function checkDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined || isCalendarDate(value)) return value;
  throw new UsageError(`${option} ${value}: not a date; expected YYYY-MM-DD, e.g. 2026-09-01`);
}

function checkMemberId(option: string, value: string | undefined): string | undefined {
  if (value === undefined || isMemberId(value)) return value;
  throw new UsageError(`${option} ${value}: not a member id (e.g. asmith)`);
}

function decideFormat(format: string | undefined, json: boolean): ReportFormat {
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    throw new UsageError(`--format ${format}: expected csv or json`);
  }
  if (json && format === 'csv') throw new UsageError('give --json or --format csv, not both');
  return json ? 'json' : (format ?? 'csv');
}

/** Checks the options before anything is read: a malformed one is a usage error (exit 2). */
export function planReport(options: ReportCommandOptions, json: boolean): ReportPlan {
  const level = (options.level ?? 'cycles') as ReportLevel;
  if (!REPORT_LEVELS.includes(level)) {
    throw new UsageError(`--level ${options.level}: expected one of ${REPORT_LEVELS.join(', ')}`);
  }

  const format = decideFormat(options.format, json);
  if (options.bom && format === 'json') {
    throw new UsageError('--bom is for CSV only: JSON is never written with a byte order mark');
  }

  const filter: ReportFilter = {
    from: checkDate('--from', options.from),
    to: checkDate('--to', options.to),
    school: options.school,
    coach: checkMemberId('--coach', options.coach),
    client: checkMemberId('--client', options.client),
  };
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  }
  if (options.output === '') throw new UsageError('-o needs a file name');

  return { level, format, filter, bom: Boolean(options.bom), outputFile: options.output };
}

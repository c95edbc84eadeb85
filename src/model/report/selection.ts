import { parseCycleId } from '../ids.js';
import { publicationState } from '../publication.js';
import type { CycleInfo } from '../types.js';

/** The report's filters; each left out matches every cycle. Dates are `YYYY-MM-DD`, inclusive. */
export interface ReportFilter {
  from?: string;
  to?: string;
  school?: string;
  coach?: string;
  client?: string;
}

/**
 * The day a cycle started: the date of `created_at` (UTC), or the date in its id when a hand
 * edit removed `created_at` (the id is minted from the same moment).
 */
export function startDateOf(info: CycleInfo): string | undefined {
  if (typeof info.created_at === 'string' && info.created_at !== '') {
    return info.created_at.slice(0, 10);
  }
  return parseCycleId(info.id)?.date;
}

/** Only cycles that both the coach and the client have published, and that pass the filters. */
export function isInReport(info: CycleInfo, filter: ReportFilter): boolean {
  if (publicationState(info) !== 'both') return false;
  if (filter.school !== undefined && info.school !== filter.school) return false;
  if (filter.coach !== undefined && info.coach !== filter.coach) return false;
  if (filter.client !== undefined && info.client !== filter.client) return false;

  if (filter.from === undefined && filter.to === undefined) return true;
  const start = startDateOf(info);
  if (start === undefined) return false;
  return (
    (filter.from === undefined || start >= filter.from) &&
    (filter.to === undefined || start <= filter.to)
  );
}

function sortKeyOf(info: CycleInfo): string {
  return info.created_at || startDateOf(info) || '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Report order: by `created_at`, then id. Compared by code point, not by locale, so that the
 * same repository gives the same bytes on every machine.
 */
export function compareForReport(a: CycleInfo, b: CycleInfo): number {
  return compareText(sortKeyOf(a), sortKeyOf(b)) || compareText(a.id, b.id);
}

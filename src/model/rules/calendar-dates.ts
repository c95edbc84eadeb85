import { isCalendarDate } from '../time.js';
import { problemOf, type RuleProblem, type YamlPath } from './problem.js';

/** Keys whose values are dates or UTC times in every file kind. */
const DATE_KEYS = new Set(['due', 'completed', 'at', 'created_at', 'updated_at']);

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** True for text in the form of a date or UTC time that names no real moment. */
function namesNoMoment(value: string): boolean {
  const time = TIMESTAMP.exec(value);
  if (time) {
    const [, date, hours, minutes, seconds] = time as unknown as string[];
    return (
      !isCalendarDate(date!) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59
    );
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value);
}

function isDateField(path: YamlPath): boolean {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  return DATE_KEYS.has(String(key)) || (parent === 'published' && typeof key === 'string');
}

/**
 * Dates and times in the right form that name no real day or moment (`2026-02-30`,
 * `2026-12-03T25:00:00Z`): the schema checks the form only.
 */
export function checkCalendarDates(file: string, data: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const pending: [unknown, YamlPath][] = [[data, []]];

  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string' && isDateField(path) && namesNoMoment(value)) {
      problems.push(
        problemOf(
          'invalid-date',
          file,
          `\`${path[path.length - 1]}\` is ${JSON.stringify(value)}, which is no real ` +
            `${value.includes('T') ? 'moment' : 'day'}`,
          { path },
        ),
      );
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, item] of Object.entries(value)) {
      pending.push([item, [...path, Array.isArray(value) ? Number(key) : key]]);
    }
  }
  return problems;
}

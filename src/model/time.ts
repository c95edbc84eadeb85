/** `2026-12-03T14:05:09Z`: whole seconds, always UTC. */
export function formatTimestamp(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `20261203T140509Z`, the stamp in check-in file names. */
export function formatStamp(moment: Date): string {
  return formatTimestamp(moment).replace(/[-:]/g, '');
}

/** `20261203`, the date part of a cycle id. */
export function formatCompactDate(moment: Date): string {
  return formatTimestamp(moment).slice(0, 10).replace(/-/g, '');
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  return (
    moment.getUTCFullYear() === year &&
    moment.getUTCMonth() === month - 1 &&
    moment.getUTCDate() === day
  );
}

import { describe, expect, it } from 'vitest';

import {
  formatCompactDate,
  formatStamp,
  formatTimestamp,
  isCalendarDate,
} from '../../src/model/time.js';

describe('time', () => {
  const moment = new Date('2026-12-03T14:05:09.123Z');

  it('formats timestamps, stamps and compact dates in UTC', () => {
    expect(formatTimestamp(moment)).toBe('2026-12-03T14:05:09Z');
    expect(formatStamp(moment)).toBe('20261203T140509Z');
    expect(formatCompactDate(moment)).toBe('20261203');
  });

  it.each([
    ['2026-12-03', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['tomorrow', false],
  ])('%s is a calendar date: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});

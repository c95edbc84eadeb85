import { describe, expect, it } from 'vitest';

import { planReport, type ReportCommandOptions } from '../../src/commands/report-options.js';
import { UsageError } from '../../src/errors.js';

describe('planReport', () => {
  it('defaults to cycles as CSV on stdout', () => {
    expect(planReport({}, false)).toEqual({
      level: 'cycles',
      format: 'csv',
      bom: false,
      outputFile: undefined,
      filter: {
        from: undefined,
        to: undefined,
        school: undefined,
        coach: undefined,
        client: undefined,
      },
    });
  });

  it.each<[string, ReportCommandOptions, boolean, object]>([
    ['--json means JSON', {}, true, { format: 'json' }],
    ['--format json', { format: 'json' }, false, { format: 'json' }],
    ['--json with --format json', { format: 'json' }, true, { format: 'json' }],
    ['a level', { level: 'checkins' }, false, { level: 'checkins' }],
    [
      'dates',
      { from: '2026-02-28', to: '2026-02-28' },
      false,
      { filter: expect.objectContaining({ from: '2026-02-28', to: '2026-02-28' }) },
    ],
    [
      'a leap day',
      { from: '2028-02-29' },
      false,
      { filter: expect.objectContaining({ from: '2028-02-29' }) },
    ],
    ['--bom', { bom: true }, false, { bom: true }],
    ['-o', { output: 'out/report.csv' }, false, { outputFile: 'out/report.csv' }],
  ])('%s', (_, options, json, expected) => {
    expect(planReport(options, json)).toMatchObject(expected);
  });

  it.each<[string, ReportCommandOptions, boolean, RegExp]>([
    ['an unknown level', { level: 'schools' }, false, /--level schools: expected one of cycles/],
    ['an unknown format', { format: 'xlsx' }, false, /--format xlsx: expected csv or json/],
    ['--json with --format csv', { format: 'csv' }, true, /not both/],
    ['--bom with JSON', { bom: true }, true, /--bom is for CSV only/],
    [
      'a month 13',
      { from: '2026-13-01' },
      false,
      /--from 2026-13-01: not a date; expected YYYY-MM-DD/,
    ],
    ['February 30', { to: '2026-02-30' }, false, /--to 2026-02-30: not a date/],
    ['a timestamp', { from: '2026-09-01T00:00:00Z' }, false, /--from .*: not a date/],
    ['a day first date', { from: '01/09/2026' }, false, /--from 01\/09\/2026: not a date/],
    ['--from after --to', { from: '2026-10-01', to: '2026-09-01' }, false, /is after --to/],
    ['a malformed coach', { coach: 'J Doe' }, false, /--coach J Doe: not a member id/],
    ['a malformed client', { client: '=x' }, false, /--client =x: not a member id/],
    ['an empty -o', { output: '' }, false, /-o needs a file name/],
  ])('refuses %s with a usage error', (_, options, json, message) => {
    expect(() => planReport(options, json)).toThrow(UsageError);
    expect(() => planReport(options, json)).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';

import { checkCalendarDates } from '../../../src/model/rules/calendar-dates.js';
import { checkRoleNames } from '../../../src/model/rules/role-names.js';
import { summarize } from './facts-from.js';

describe('checkCalendarDates', () => {
  it.each([
    ['a real date', { due: '2026-02-28' }, []],
    ['a leap day', { due: '2028-02-29' }, []],
    ['no leap day', { due: '2026-02-29' }, ['invalid-date f due']],
    ['month 13', { completed: '2026-13-01' }, ['invalid-date f completed']],
    ['a real moment', { at: '2026-12-03T23:59:59Z' }, []],
    ['hour 24', { created_at: '2026-12-03T24:00:00Z' }, ['invalid-date f created_at']],
    ['minute 60', { updated_at: '2026-12-03T10:60:00Z' }, ['invalid-date f updated_at']],
    [
      'deep in lists',
      { outcomes: [{ x: 1 }, { at: '2026-04-31T10:00:00Z' }] },
      ['invalid-date f outcomes.1.at'],
    ],
    [
      'published moments',
      { published: { coach: '2026-00-10T10:00:00Z', client: null } },
      ['invalid-date f published.coach'],
    ],
    ['a text field that looks like a date is no date field', { text: '2026-02-30' }, []],
    ["a malformed date is the schema's business", { due: '30/02/2026' }, []],
  ])('%s', (_, data, expected) => {
    expect(summarize(checkCalendarDates('f', data))).toEqual(expected);
  });
});

describe('checkRoleNames', () => {
  it('warns of role names that YAML 1.1 reads as booleans or null', () => {
    const settings = { version: 1, roles: { on: [], yes: [], coordinator: [], onboarding: [] } };
    expect(summarize(checkRoleNames('timc.yaml', settings))).toEqual([
      'yaml11-key timc.yaml roles.on',
      'yaml11-key timc.yaml roles.yes',
    ]);
    expect(checkRoleNames('timc.yaml', { version: 1 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import type { SchemaKind } from '../../src/store/layout.js';
import { checkAgainstSchema } from '../../src/store/schemas.js';

const cases: [string, SchemaKind, unknown, string[]][] = [
  [
    'an unknown key, with the nearest known one',
    'outcomes',
    { outcomes: [{ goal: 'g1', resutl: 'met' }] },
    ['outcomes.0.resutl (key): unknown field `resutl` (did you mean `result`?)'],
  ],
  [
    'an unknown key with nothing near: the known ones',
    'reflection',
    { summary: 'x' },
    ['summary (key): unknown field `summary` (known fields: coach, client, complete)'],
  ],
  [
    'a value outside an enum, with the nearest',
    'progress',
    { progress: [{ activity: 'a1', status: 'inprogress' }] },
    [
      'progress.0.status: `status` must be one of not-started, in-progress, done ' +
        '(found "inprogress") (did you mean `in-progress`?)',
    ],
  ],
  [
    'a pattern in words',
    'activities',
    { activities: [{ id: 'a1', due: '2026-1-5' }] },
    ['activities.0.due: `due` must be a date in quotes, like "2026-12-03" (found "2026-1-5")'],
  ],
  [
    'a wrong type where a pattern is expected',
    'checkin',
    { author: 'jdoe', at: 20261203, kind: 'event' },
    ['at: `at` must be a UTC time in quotes, like "2026-12-03T14:05:09Z" (found 20261203)'],
  ],
  [
    'a missing value',
    'goals',
    { goals: [{ id: 'g1', text: null }] },
    ['goals.0.text: `text` must be text (found nothing)'],
  ],
  [
    'a list entry of the wrong type',
    'goals',
    { goals: ['learn'] },
    ['goals.0: entry 1 of `goals` must be a mapping (key: value) (found "learn")'],
  ],
  [
    'required fields',
    'cycle',
    { id: '20261203-asmith-k3f9' },
    [': missing required field `coach`', ': missing required field `client`'],
  ],
  [
    'timestamp or null, as one message',
    'cycle',
    { id: '20261203-asmith-k3f9', coach: 'a', client: 'b', published: { coach: 'now' } },
    [
      'published.coach: `coach` must be a UTC time in quotes, like "2026-12-03T14:05:09Z", ' +
        'or null (found "now")',
    ],
  ],
  [
    'evidence with two kinds at once',
    'goals',
    { supporting_data: [{ url: 'https://x.org', text: 'y' }] },
    [
      'supporting_data.0: evidence must be exactly one of {tim: {member, id}}, ' +
        '{url: "https://…"} or {text: "…"} (found url, text)',
    ],
  ],
  [
    'evidence of one kind, wrong inside',
    'goals',
    { supporting_data: [{ url: 'www.x.org' }, { tim: { member: 'asmith' } }] },
    [
      'supporting_data.0.url: `url` must be a web link starting with https:// (or http://) ' +
        '(found "www.x.org")',
      'supporting_data.1.tim: missing required field `id`',
    ],
  ],
  [
    'evidence that is not a mapping',
    'goals',
    { supporting_data: ['a note'] },
    [
      'supporting_data.0: entry 1 of `supporting_data` must be a mapping (key: value) ' +
        '(found "a note")',
    ],
  ],
  [
    'a role name and a permission',
    'settings',
    { version: 1, roles: { 'Head Teacher': ['boss'] } },
    [
      'roles.Head Teacher (key): `Head Teacher` must be a name of lower-case letters, digits, ' +
        "'_' or '-', starting with a letter",
      'roles.Head Teacher.0: entry 1 of `Head Teacher` must be one of report, assign, admin ' +
        '(found "boss")',
    ],
  ],
  [
    'the data format version',
    'settings',
    { version: '1' },
    ['version: `version` must be 1 (found "1")'],
  ],
  [
    'a whole file of the wrong shape',
    'members',
    ['jdoe'],
    [': the file must be a mapping (key: value) (found ["jdoe"])'],
  ],
];

describe('schema problems in words', () => {
  it.each(cases)('%s', async (_, kind, data, expected) => {
    const problems = await checkAgainstSchema(kind, data);
    const lines = problems.map(
      (problem) => `${problem.path.join('.')}${problem.key ? ' (key)' : ''}: ${problem.message}`,
    );
    expect(lines).toEqual(expected);
  });
});

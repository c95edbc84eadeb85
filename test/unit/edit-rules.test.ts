import { describe, expect, it } from 'vitest';

import { type Editor, forbiddenEditChanges } from '../../src/model/edit-rules.js';

const coach: Editor = { side: 'coach', admin: false };
const client: Editor = { side: 'client', admin: false };
const admin: Editor = { admin: true };

const cycle = {
  id: '20261203-asmith-k3f9',
  coach: 'jdoe',
  client: 'asmith',
  created_at: '2026-12-03T14:05:09Z',
  tim_access: false,
  published: { coach: null, client: null },
};
const reflection = { coach: { text: 'c' }, client: { text: 'k' } };

describe('forbiddenEditChanges', () => {
  it.each<[string, string, object, object, Editor, RegExp[]]>([
    ['a title by either side', 'cycle', cycle, { ...cycle, title: 'New' }, client, []],
    ['the id', 'cycle', cycle, { ...cycle, id: '20261203-asmith-zzzz' }, admin, [/`id`/]],
    [
      'the coach, by the coach',
      'cycle',
      cycle,
      { ...cycle, coach: 'bkim' },
      coach,
      [/`coach` may not be changed here: only an admin reassigns/],
    ],
    ['the coach, by an admin', 'cycle', cycle, { ...cycle, coach: 'bkim' }, admin, []],
    [
      'tim_access by the coach',
      'cycle',
      cycle,
      { ...cycle, tim_access: true },
      coach,
      [/`tim_access`.*only the client/],
    ],
    ['tim_access by the client', 'cycle', cycle, { ...cycle, tim_access: true }, client, []],
    [
      "the client's publish flag by the coach",
      'cycle',
      cycle,
      { ...cycle, published: { coach: null, client: '2026-12-04T00:00:00Z' } },
      coach,
      [/`published\.client`/],
    ],
    [
      'its own publish flag',
      'cycle',
      cycle,
      { ...cycle, published: { coach: '2026-12-04T00:00:00Z', client: null } },
      coach,
      [],
    ],
    [
      "the other side's reflection",
      'reflection',
      reflection,
      { ...reflection, coach: { text: 'changed' } },
      client,
      [/`coach`.*only the coach/],
    ],
    [
      'its own reflection',
      'reflection',
      reflection,
      { ...reflection, client: { text: 'changed' } },
      client,
      [],
    ],
    [
      'a reflection, by an admin',
      'reflection',
      reflection,
      { client: { text: 'x' } },
      admin,
      [/`coach`/, /`client`/],
    ],
    ['any goal change', 'goals', { goals: [] }, { goals: [{ id: 'g1' }] }, coach, []],
  ])('%s', (_, kind, before, after, editor, expected) => {
    const problems = forbiddenEditChanges(kind, before as never, after as never, editor);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

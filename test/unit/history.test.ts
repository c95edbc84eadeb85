import { describe, expect, it } from 'vitest';

import { describeHistory } from '../../src/model/history.js';

const members = [
  { id: 'jdoe', name: 'Jordan Doe', email: 'JDoe@example.org' },
  { id: 'asmith', name: 'Alex Smith' },
];

describe('describeHistory', () => {
  it.each([
    [
      'a timc commit by a member',
      'Jordan Doe',
      'jdoe@example.org',
      '2026-12-03T15:05:09+01:00',
      '20261203-asmith-k3f9: add activity a1',
      { at: '2026-12-03T14:05:09Z', member: 'jdoe', what: 'add activity a1' },
    ],
    [
      'a member without email',
      'Alex Smith',
      'asmith@timc.invalid',
      '2026-12-03T14:05:09+00:00',
      '20261203-asmith-k3f9: reflect (client)',
      { member: 'asmith', what: 'reflect (client)' },
    ],
    [
      'a hand commit by someone else',
      'Pat',
      'pat@example.org',
      '2026-12-03T14:05:09Z',
      'fix a typo',
      { member: undefined, what: 'fix a typo', name: 'Pat' },
    ],
  ])('%s', (_, authorName, authorEmail, authorDate, subject, expected) => {
    const [entry] = describeHistory(
      '20261203-asmith-k3f9',
      [{ hash: 'abc', authorName, authorEmail, authorDate, subject }],
      members,
    );
    expect(entry).toMatchObject({ commit: 'abc', ...expected });
  });
});

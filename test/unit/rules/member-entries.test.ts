import { describe, expect, it } from 'vitest';

import { checkMemberEntries } from '../../../src/model/rules/member-entries.js';
import { factsFrom, SETTINGS, summarize } from './facts-from.js';

const member = (id: string, extra: Record<string, string> = {}) => ({ id, name: id, ...extra });

describe('checkMemberEntries', () => {
  it.each([
    [
      'distinct members',
      [member('a', { email: 'a@x.org' }), member('b', { email: 'b@x.org' })],
      [],
    ],
    [
      'an id twice',
      [member('a'), member('b'), member('a')],
      ['duplicate-id members.yaml members.2.id'],
    ],
    [
      'an email twice, whatever its case',
      [member('a', { email: 'A@x.org' }), member('b', { email: 'a@X.org' })],
      ['duplicate-email members.yaml members.1.email'],
    ],
    [
      'a role timc.yaml does not define',
      [member('a', { role: 'coordinator' }), member('b', { role: 'boss' })],
      ['unknown-role members.yaml members.1.role'],
    ],
    [
      'a role named like object machinery',
      [member('a', { role: 'constructor' })],
      ['unknown-role members.yaml members.0.role'],
    ],
    [
      'a school timc.yaml does not list',
      [member('a', { school: 'maple' }), member('b', { school: 'oak' })],
      ['unknown-school members.yaml members.1.school'],
    ],
  ])('%s', (_, members, expected) => {
    const facts = factsFrom({
      'timc.yaml': { ...SETTINGS, schools: [{ id: 'maple' }] },
      'members.yaml': { members },
    });
    expect(summarize(checkMemberEntries(facts))).toEqual(expected);
  });

  it('takes any school while timc.yaml lists none', () => {
    const facts = factsFrom({
      'timc.yaml': SETTINGS,
      'members.yaml': { members: [member('a', { school: 'x' })] },
    });
    expect(checkMemberEntries(facts)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { resolveIdentity } from '../../src/model/identity.js';

const members = [
  { id: 'jdoe', name: 'Jordan', email: 'Jordan.Doe@example.org' },
  { id: 'asmith', name: 'Alex' },
];

describe('who is at the keyboard', () => {
  it.each([
    [{ asId: 'asmith', envMember: 'jdoe', gitEmail: 'jordan.doe@example.org' }, 'asmith'],
    [{ envMember: 'jdoe', gitEmail: 'nobody@example.org' }, 'jdoe'],
    [{ gitEmail: 'JORDAN.DOE@example.org' }, 'jdoe'],
  ])('%o → %s', (clues, id) => {
    expect(resolveIdentity(clues, members)).toEqual({ member: members.find((m) => m.id === id) });
  });

  it.each([
    [{ asId: 'ghost' }, /--as ghost: no such member/],
    [{ envMember: 'ghost' }, /TIMC_MEMBER=ghost: no such member/],
    [{ gitEmail: 'x@example.org' }, /no member in members.yaml has the email x@example.org/],
    [{}, /cannot tell who you are: pass --as ID, set TIMC_MEMBER=ID/],
  ])('%o is a problem that says how to fix it', (clues, message) => {
    const result = resolveIdentity(clues, members);
    expect('problem' in result && result.problem).toMatch(message);
  });
});

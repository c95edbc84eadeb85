import { describe, expect, it } from 'vitest';

import { mayRunReport } from '../../src/model/permissions.js';
import type { Member, Settings } from '../../src/model/types.js';

const ROLES: Settings = {
  version: 1,
  roles: { coordinator: ['assign', 'report'], admin: ['admin'], helper: ['assign'] },
};
const members: Member[] = [
  { id: 'jdoe', name: 'J' },
  { id: 'mrivera', name: 'M', role: 'coordinator' },
  { id: 'root', name: 'R', role: 'admin' },
  { id: 'hal', name: 'H', role: 'helper' },
];
const byId = (id: string) => members.find((member) => member.id === id);

describe('mayRunReport', () => {
  it.each<[string, Settings, string | undefined, boolean]>([
    ['no roles defined: anyone', { version: 1 }, 'jdoe', true],
    ['no roles defined: even an unknown person', { version: 1, roles: {} }, undefined, true],
    ['report granted', ROLES, 'mrivera', true],
    ['admin implies report', ROLES, 'root', true],
    ['a role without report', ROLES, 'hal', false],
    ['no role', ROLES, 'jdoe', false],
    ['an unknown person', ROLES, undefined, false],
  ])('%s', (_, settings, actor, allowed) => {
    expect(mayRunReport(actor ? byId(actor) : undefined, settings, members).allowed).toBe(allowed);
  });

  it('names the roles and the members who may', () => {
    const decision = mayRunReport(byId('jdoe'), ROLES, members);
    expect(decision).toEqual({
      allowed: false,
      reason:
        'jdoe may not run the report: only a member whose role grants report ' +
        '(coordinator, admin) may (members who may: mrivera, root)',
    });
  });

  it('shortens a long list of members who may', () => {
    const many = Array.from({ length: 8 }, (_, index) => ({
      id: `c${index}`,
      name: 'C',
      role: 'coordinator',
    }));
    const decision = mayRunReport(undefined, ROLES, many);
    const reason = decision.allowed ? '' : decision.reason;
    expect(reason).toMatch(/^an unknown person may not run the report: /);
    expect(reason).toMatch(/\(members who may: c0, c1, c2, c3, c4, and 3 more\)$/);
  });
});

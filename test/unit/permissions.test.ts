import { describe, expect, it } from 'vitest';

import {
  mayChangeCycle,
  mayManageMembers,
  mayRunReport,
  mayStartCycle,
  permissionsOf,
} from '../../src/model/permissions.js';
import type { Member, Settings } from '../../src/model/types.js';

const settings: Settings = {
  version: 1,
  roles: { coordinator: ['assign', 'report'], admin: ['admin'], viewer: ['report'] },
};
const coach: Member = { id: 'coach', name: 'Coach' };
const client: Member = { id: 'client', name: 'Client' };
const coordinator: Member = { id: 'coord', name: 'Coord', role: 'coordinator' };
const admin: Member = { id: 'boss', name: 'Boss', role: 'admin' };
const viewer: Member = { id: 'view', name: 'View', role: 'viewer' };
const other: Member = { id: 'other', name: 'Other' };
const cycle = { id: '20261203-client-abcd', coach: 'coach', client: 'client' };

describe('permissions', () => {
  it('admin implies assign and report', () => {
    expect([...permissionsOf(admin, settings)].sort()).toEqual(['admin', 'assign', 'report']);
    expect([...permissionsOf(other, settings)]).toEqual([]);
  });

  it.each([
    [coach, true],
    [client, true],
    [coordinator, true],
    [admin, true],
    [viewer, false],
    [other, false],
  ])('starting a cycle: %o → %s', (actor, allowed) => {
    expect(mayStartCycle(actor, 'coach', 'client', settings).allowed).toBe(allowed);
  });

  it.each([
    [coach, true],
    [client, true],
    [coordinator, false],
    [admin, true],
    [other, false],
  ])('changing a cycle: %o → %s', (actor, allowed) => {
    expect(mayChangeCycle(actor, cycle, settings).allowed).toBe(allowed);
  });

  it('names who may change a cycle when refusing', () => {
    const decision = mayChangeCycle(other, cycle, settings);
    expect(decision).toEqual({
      allowed: false,
      reason:
        'other may not change cycle 20261203-client-abcd: only its coach (coach), its client ' +
        '(client) or a member whose role grants admin (admin) may',
    });
  });

  it.each([
    [viewer, settings, true],
    [coordinator, settings, true],
    [admin, settings, true],
    [other, settings, false],
    [other, { version: 1 } as Settings, true],
  ])('running the report: %o → %s', (actor, repoSettings, allowed) => {
    expect(mayRunReport(actor, repoSettings).allowed).toBe(allowed);
  });

  it('lets anyone manage members until a member holds admin', () => {
    expect(mayManageMembers(undefined, [coach, client], settings).allowed).toBe(true);
    expect(mayManageMembers(coach, [coach, admin], settings).allowed).toBe(false);
    expect(mayManageMembers(undefined, [coach, admin], settings).allowed).toBe(false);
    expect(mayManageMembers(admin, [coach, admin], settings).allowed).toBe(true);
  });
});

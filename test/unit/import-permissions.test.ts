import { describe, expect, it } from 'vitest';

import { mayImportAlignments, mayImportTimActivities } from '../../src/model/import-permissions.js';
import type { Member, Settings } from '../../src/model/types.js';

const settings: Settings = { version: 1, roles: { admin: ['admin'], coordinator: ['assign'] } };
const pchen: Member = { id: 'pchen', name: 'P Chen', role: 'admin' };
const jdoe: Member = { id: 'jdoe', name: 'J Doe' };
const asmith: Member = { id: 'asmith', name: 'A Smith' };
const mrivera: Member = { id: 'mrivera', name: 'M Rivera', role: 'coordinator' };
const withAdmin = [pchen, jdoe, asmith, mrivera];
const withoutAdmin = [jdoe, asmith, mrivera];

describe('mayImportAlignments', () => {
  it.each([
    ['anyone while nobody has admin', jdoe, withoutAdmin, true],
    ['an unknown person while nobody has admin', undefined, withoutAdmin, true],
    ['an admin', pchen, withAdmin, true],
    ['a member without admin once someone has it', jdoe, withAdmin, false],
    ['a coordinator (assign is not admin)', mrivera, withAdmin, false],
    ['an unknown person once someone has admin', undefined, withAdmin, false],
  ])('%s', (_, actor, members, allowed) => {
    expect(mayImportAlignments(actor, members, settings).allowed).toBe(allowed);
  });

  it('names the admins who may', () => {
    const decision = mayImportAlignments(jdoe, withAdmin, settings);
    expect(!decision.allowed && decision.reason).toBe(
      'jdoe may not import alignments: only a member with admin may (pchen)',
    );
  });
});

describe('mayImportTimActivities', () => {
  it.each([
    ['the member themself', asmith, 'asmith', withAdmin, true],
    ['an admin for anyone', pchen, 'asmith', withAdmin, true],
    ['anyone while nobody has admin', jdoe, 'asmith', withoutAdmin, true],
    ['another member once someone has admin', jdoe, 'asmith', withAdmin, false],
    ['an unknown person once someone has admin', undefined, 'asmith', withAdmin, false],
  ])('%s', (_, actor, member, members, allowed) => {
    expect(mayImportTimActivities(actor, member, members, settings).allowed).toBe(allowed);
  });

  it('says who may instead', () => {
    const decision = mayImportTimActivities(jdoe, 'asmith', withAdmin, settings);
    expect(!decision.allowed && decision.reason).toBe(
      'jdoe may not import TIM activities for asmith: ' +
        'only asmith or a member with admin may (pchen)',
    );
  });
});

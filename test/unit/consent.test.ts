import { describe, expect, it } from 'vitest';

import {
  countTimEvidence,
  hideTimEvidence,
  mayAttachTimActivity,
  maySeeTimActivities,
  maySetTimAccess,
} from '../../src/model/consent.js';
import type { Cycle, CycleInfo } from '../../src/model/types.js';

const info = (tim_access?: boolean): CycleInfo => ({
  id: '20261203-asmith-k3f9',
  coach: 'jdoe',
  client: 'asmith',
  ...(tim_access === undefined ? {} : { tim_access }),
});

describe('who sees and attaches the client’s TIM activities', () => {
  it.each([
    ['the client, access off', 'asmith', false, true],
    ['the client, access never set', 'asmith', undefined, true],
    ['the client, access on', 'asmith', true, true],
    ['the coach, access off', 'jdoe', false, false],
    ['the coach, access never set', 'jdoe', undefined, false],
    ['the coach, access on', 'jdoe', true, true],
    ['an admin or outsider, access off', 'bkim', false, false],
    ['an admin or outsider, access on', 'bkim', true, true],
    ['nobody known, access off', undefined, false, false],
  ])('%s', (_, viewer, access, expected) => {
    expect(maySeeTimActivities(viewer, info(access))).toBe(expected);
    if (viewer) expect(mayAttachTimActivity(viewer, info(access)).allowed).toBe(expected);
  });

  it('tells the coach that the client must run `timc access on`', () => {
    const decision = mayAttachTimActivity('jdoe', info(false));
    expect(decision).toEqual({
      allowed: false,
      reason: expect.stringContaining('the client (asmith) must run `timc access on`'),
    });
  });
});

describe('who sets TIM access', () => {
  it.each([
    ['asmith', true],
    ['jdoe', false],
    ['bkim', false],
  ])('%s: %s', (actor, allowed) => {
    expect(maySetTimAccess(actor, info(false)).allowed).toBe(allowed);
  });

  it('names the client in the refusal', () => {
    const decision = maySetTimAccess('jdoe', info(true));
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toContain('only its client (asmith) may');
  });
});

const tim = (id: string, member = 'asmith') => ({ tim: { member, id } });

function cycleWith(access: boolean | undefined): Cycle {
  return {
    info: info(access),
    goals: {
      supporting_data: [tim('t1'), { url: 'https://example.org/data' }],
      goals: [
        { id: 'g1', text: 'One', evidence: [{ text: 'notes' }, tim('t2')] },
        { id: 'g2', text: 'Two' },
      ],
    },
    activities: {},
    progress: {},
    outcomes: {
      outcomes: [{ goal: 'g1', result: 'met', evidence: [tim('t3'), tim('t9', 'jdoe')] }],
    },
    reflection: {},
    checkins: [],
  };
}

describe('hideTimEvidence', () => {
  it('takes every client TIM item out for the coach while access is off, and counts them', () => {
    const { cycle, hidden } = hideTimEvidence(cycleWith(false), 'jdoe');
    expect(hidden).toBe(3);
    expect(cycle.goals.supporting_data).toEqual([{ url: 'https://example.org/data' }]);
    expect(cycle.goals.goals).toEqual([
      { id: 'g1', text: 'One', evidence: [{ text: 'notes' }] },
      { id: 'g2', text: 'Two' },
    ]);
    // The coach's own TIM activity is the coach's to see.
    expect(cycle.outcomes.outcomes?.[0]?.evidence).toEqual([tim('t9', 'jdoe')]);
  });

  it.each([
    ['the client, access off', 'asmith', false],
    ['the coach, access on', 'jdoe', true],
  ])('hides nothing from %s', (_, viewer, access) => {
    const stored = cycleWith(access);
    expect(hideTimEvidence(stored, viewer)).toEqual({ cycle: stored, hidden: 0 });
  });

  it('hides everything from an unknown reader while access is off', () => {
    expect(hideTimEvidence(cycleWith(undefined), undefined).hidden).toBe(4);
  });

  it('does not trip over hand-edited junk', () => {
    const stored = cycleWith(false);
    stored.goals.supporting_data = 'not a list' as never;
    stored.goals.goals = [{ id: 'g1', evidence: ['text', null] as never }];
    // Only the outcome's t3 is a TIM item of the client here.
    expect(hideTimEvidence(stored, 'jdoe').hidden).toBe(1);
  });
});

describe('countTimEvidence', () => {
  it('counts TIM items anywhere, whoever looks', () => {
    expect(countTimEvidence(cycleWith(true))).toBe(4);
    expect(countTimEvidence({ ...cycleWith(true), goals: {}, outcomes: {} })).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';

import { parsePhaseRef, refuseCompletion } from '../../src/model/phase-ref.js';
import { PHASES } from '../../src/model/phases.js';
import type { FieldPolicy } from '../../src/model/types.js';

describe('parsePhaseRef', () => {
  it.each([
    ['1', 'goals'],
    ['5', 'reflection'],
    ['activities', 'activities'],
    [' Progress ', 'progress'],
  ])('%j is %s', (ref, key) => {
    expect(parsePhaseRef(ref)).toMatchObject({ key });
  });

  it.each(['0', '6', '12', 'two', ''])('refuses %j as bad usage', (ref) => {
    expect(parsePhaseRef(ref)).toMatchObject({
      refused: expect.stringMatching(/give a phase number 1–5 or one of goals, activities/),
      usage: true,
    });
  });
});

describe('refuseCompletion', () => {
  const goals = PHASES[0]!;
  it.each<[string, FieldPolicy | undefined, Record<string, unknown>, RegExp | undefined]>([
    ['no policy', undefined, {}, undefined],
    [
      'required fields present',
      { required: ['goals.focus', 'goals.text'] },
      { focus: 'x', goals: [{ id: 'g1', text: 't' }] },
      undefined,
    ],
    [
      'missing fields named',
      { required: ['goals.focus', 'goals.text'] },
      { focus: '', goals: [{ id: 'g1', text: 't' }, { id: 'g2' }] },
      new RegExp(
        String.raw`phase 1 \(Set Goals\) cannot be marked complete: this program requires ` +
          String.raw`goals\.focus, goals\.text \(g2\) \(policy\.required in timc\.yaml\)`,
      ),
    ],
    ['a phase switched off', { disabled: ['goals'] }, {}, /the goals phase is switched off/],
  ])('%s', (_, policy, data, message) => {
    const result = refuseCompletion(policy, goals, data);
    if (message === undefined) expect(result).toBeUndefined();
    else expect(result?.refused).toMatch(message);
  });
});

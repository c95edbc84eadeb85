import { describe, expect, it } from 'vitest';

import { checkFieldPolicy } from '../../../src/model/rules/field-policy.js';
import type { PhaseKey } from '../../../src/model/phases.js';
import type { FieldPolicy } from '../../../src/model/types.js';
import { summarize } from './facts-from.js';

const COMPLETE = { complete: { by: 'jdoe', at: '2026-12-04T09:00:00Z' } };

const cases: [string, FieldPolicy, PhaseKey, Record<string, unknown>, string[]][] = [
  ['nothing switched off or required', {}, 'goals', { focus: 'x', goals: [{ id: 'g1' }] }, []],
  [
    'a switched-off phase field with a value',
    { disabled: ['goals.focus'] },
    'goals',
    { focus: 'x' },
    ['policy-disabled f focus'],
  ],
  [
    'a switched-off field left empty, as templates do',
    { disabled: ['goals.focus', 'goals.supporting_data'] },
    'goals',
    { focus: '', supporting_data: [] },
    [],
  ],
  [
    'a switched-off entry field, on each entry holding it',
    { disabled: ['goals.alignment'] },
    'goals',
    { goals: [{ id: 'g1', alignment: 'A' }, { id: 'g2' }, { id: 'g3', alignment: 'B' }] },
    ['policy-disabled f goals.0.alignment', 'policy-disabled f goals.2.alignment'],
  ],
  [
    'a switched-off phase with content',
    { disabled: ['progress'] },
    'progress',
    { progress: [{ activity: 'a1' }] },
    ['policy-disabled f progress'],
  ],
  [
    "another phase's policy does not apply",
    { disabled: ['outcomes'], required: ['outcomes.result'] },
    'goals',
    { focus: 'x', ...COMPLETE },
    [],
  ],
  [
    'required fields wait until the phase is complete',
    { required: ['goals.focus', 'goals.text'] },
    'goals',
    { goals: [{ id: 'g1' }] },
    [],
  ],
  [
    'a complete phase lacking a required phase field',
    { required: ['goals.focus'] },
    'goals',
    { goals: [], ...COMPLETE },
    ['policy-required f complete'],
  ],
  [
    'a complete phase with the required field present but blank',
    { required: ['goals.focus'] },
    'goals',
    { focus: '  ', ...COMPLETE },
    ['policy-required f focus'],
  ],
  [
    'a complete phase with an entry lacking a required field',
    { required: ['outcomes.result'] },
    'outcomes',
    { outcomes: [{ goal: 'g1', result: 'met' }, { goal: 'g2' }], ...COMPLETE },
    ['policy-required f outcomes.1'],
  ],
  [
    'a whole phase required, complete but empty',
    { required: ['reflection'] },
    'reflection',
    { ...COMPLETE },
    ['policy-required f complete'],
  ],
  [
    'a whole phase required and filled',
    { required: ['reflection'] },
    'reflection',
    { coach: { text: 'ok' }, ...COMPLETE },
    [],
  ],
];

describe('checkFieldPolicy', () => {
  it.each(cases)('%s', (_, policy, phase, data, expected) => {
    expect(summarize(checkFieldPolicy(policy, phase, 'f', data))).toEqual(expected);
  });

  it('ignores policy entries that are not text, and data that is not a mapping', () => {
    const policy = { disabled: [3, null, 'goals'] } as unknown as FieldPolicy;
    expect(checkFieldPolicy(policy, 'goals', 'f', ['a list'])).toEqual([]);
    expect(checkFieldPolicy(undefined, 'goals', 'f', { focus: 'x' })).toEqual([]);
  });
});

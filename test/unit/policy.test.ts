import { describe, expect, it } from 'vitest';

import { isFieldDisabled, missingRequiredFields } from '../../src/model/policy.js';

describe('field policy', () => {
  const policy = {
    disabled: ['goals.alignment', 'progress'],
    required: ['goals.focus', 'goals.text', 'outcomes.result', 'reflection.client', 'activities'],
  };

  it.each([
    ['goals.alignment', true],
    ['goals.text', false],
    ['progress', true],
    ['progress.note', true],
    ['outcomes.text', false],
  ] as const)('%s disabled → %s', (path, disabled) => {
    expect(isFieldDisabled(policy, path)).toBe(disabled);
  });

  it.each([
    [
      'goals',
      { focus: '', goals: [{ id: 'g1', text: 'x' }, { id: 'g2' }] },
      ['goals.focus', 'goals.text (g2)'],
    ],
    ['goals', { focus: 'Inquiry', goals: [] }, []],
    [
      'outcomes',
      { outcomes: [{ goal: 'g1' }, { goal: 'g2', result: 'met' }] },
      ['outcomes.result (g1)'],
    ],
    ['reflection', { coach: { text: 'x' } }, ['reflection.client']],
    ['activities', { activities: [] }, ['activities']],
    ['activities', { activities: [{ id: 'a1' }] }, []],
  ] as const)('%s with %j lacks %j', (phase, data, missing) => {
    expect(missingRequiredFields(policy, phase, data)).toEqual(missing);
  });

  it('requires nothing without a policy', () => {
    expect(missingRequiredFields(undefined, 'goals', {})).toEqual([]);
    expect(isFieldDisabled(undefined, 'goals.text')).toBe(false);
  });
});

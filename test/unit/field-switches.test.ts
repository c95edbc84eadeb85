import { describe, expect, it } from 'vitest';

import { refuseDisabled, withoutDisabledFields } from '../../src/model/field-switches.js';

describe('refuseDisabled', () => {
  it.each([
    [undefined, ['activities.due'], undefined],
    [{ disabled: ['goals.alignment'] }, ['activities', 'activities.due'], undefined],
    [
      { disabled: ['activities.due'] },
      ['activities', 'activities.due'],
      'activities.due is switched off by this program ' +
        '(policy.disabled: activities.due in timc.yaml)',
    ],
    [
      { disabled: ['progress'] },
      ['progress', 'progress.note'],
      'the progress phase is switched off by this program ' +
        '(policy.disabled: progress in timc.yaml)',
    ],
  ] as const)('%j %j', (policy, paths, refused) => {
    const result = refuseDisabled(policy as never, paths);
    expect(result?.refused).toBe(refused);
  });
});

describe('withoutDisabledFields', () => {
  it('drops switched-off and undefined fields', () => {
    const policy = { disabled: ['progress.updated_at'] };
    const entry = { status: 'done', note: undefined, updated_at: 'T' };
    expect(withoutDisabledFields(policy, 'progress', entry)).toEqual({ status: 'done' });
  });
});

import { describe, expect, it } from 'vitest';

import type { FieldPath } from '../../src/model/policy.js';
import { policyRefusal } from '../../src/model/policy-refusal.js';

describe('policyRefusal', () => {
  it.each([
    [[], 'goals.alignment', undefined],
    [['goals.focus'], 'goals.alignment', undefined],
    [['goals.alignment'], 'goals.alignment', 'goals.alignment'],
    [['outcomes'], 'outcomes.text', 'outcomes'],
    [['outcomes', 'outcomes.text'], 'outcomes.text', 'outcomes.text'],
    [['goals'], 'goals.supporting_data', 'goals'],
  ] as [string[], FieldPath, string | undefined][])(
    'disabled %o, writing %s: names %s',
    (disabled, path, entry) => {
      const refusal = policyRefusal({ disabled }, path, 'the field');
      expect(refusal).toBe(
        entry === undefined
          ? undefined
          : `the field: switched off by this program (timc.yaml policy.disabled lists '${entry}')`,
      );
    },
  );

  it('refuses nothing without a policy', () => {
    expect(policyRefusal(undefined, 'outcomes', 'outcomes')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';

import { formatField, isFieldWithin } from '../../src/merge/field-path.js';
import { chosenSide, type KeepChoice } from '../../src/merge/keep-choices.js';

const GOALS = 'cycles/2026/20261203-asmith-k3f9/1-goals.yaml';

describe('formatField', () => {
  it.each([
    [[], '(whole file)'],
    [['focus'], 'focus'],
    [['goals', { entry: 'g1' }, 'text'], 'goals[g1].text'],
    [['published', 'coach'], 'published.coach'],
    [
      ['goals', { entry: 'g1' }, 'evidence', { entry: 'url:https://x.org' }],
      'goals[g1].evidence[url:https://x.org]',
    ],
  ] as const)('%j → %s', (segments, expected) => {
    expect(formatField(segments)).toBe(expected);
  });
});

describe('isFieldWithin', () => {
  it.each([
    ['goals[g1].text', 'goals[g1].text', true],
    ['goals[g1].text', 'goals[g1]', true],
    ['goals[g1].text', 'goals', true],
    ['goals[g10].text', 'goals[g1]', false],
    ['goalsx', 'goals', false],
  ])('%s within %s: %s', (field, scope, expected) => {
    expect(isFieldWithin(field, scope)).toBe(expected);
  });
});

interface ChoiceCase {
  name: string;
  choices: KeepChoice[];
  file: string;
  field?: string;
  expected?: string;
}

describe('chosenSide', () => {
  it.each<ChoiceCase>([
    { name: 'no choice', choices: [], file: GOALS, field: 'focus', expected: undefined },
    {
      name: 'a choice for every conflict',
      choices: [{ side: 'theirs' }],
      file: GOALS,
      field: 'focus',
      expected: 'theirs',
    },
    {
      name: 'a choice for the whole file covers its fields and the file itself',
      choices: [{ side: 'mine', file: GOALS }],
      file: GOALS,
      expected: 'mine',
    },
    {
      name: 'a choice for another file does not apply',
      choices: [{ side: 'mine', file: 'members.yaml' }],
      file: GOALS,
      field: 'focus',
      expected: undefined,
    },
    {
      name: 'a choice for a field does not settle the whole file',
      choices: [{ side: 'mine', file: GOALS, field: 'goals[g1].text' }],
      file: GOALS,
      expected: undefined,
    },
    {
      name: 'a choice for an entry covers its fields',
      choices: [{ side: 'mine', file: GOALS, field: 'goals[g1]' }],
      file: GOALS,
      field: 'goals[g1].text',
      expected: 'mine',
    },
    {
      name: 'the latest matching choice wins',
      choices: [{ side: 'mine' }, { side: 'theirs', file: GOALS, field: 'focus' }],
      file: GOALS,
      field: 'focus',
      expected: 'theirs',
    },
  ])('$name', ({ choices, file, field, expected }) => {
    expect(chosenSide(choices, file, field)).toBe(expected);
  });
});

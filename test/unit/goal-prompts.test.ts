import { describe, expect, it } from 'vitest';

import {
  alignmentChoices,
  evidenceKindChoices,
  evidenceTargetChoices,
  goalChoices,
  resultChoices,
  timActivityChoices,
} from '../../src/cli/goal-prompts.js';
import { unknownGoalMessage } from '../../src/model/goals.js';

const goals = [
  { id: 'g1', text: 'Students ask their own questions in every science unit this semester\nmore' },
  { id: 'g2', text: 'Share work' },
];

describe('prompt choices', () => {
  it('lists goals by id with their text on one shortened line', () => {
    expect(goalChoices(goals)).toEqual([
      { value: 'g1', name: 'g1  Students ask their own questions in every science unit this…' },
      { value: 'g2', name: 'g2  Share work' },
    ]);
  });

  it('offers the three results', () => {
    expect(resultChoices().map((choice) => choice.value)).toEqual([
      'met',
      'partially-met',
      'not-met',
    ]);
  });

  it('offers TIM activities only when there are some the person may see', () => {
    expect(evidenceKindChoices(false).map((choice) => choice.value)).toEqual(['url', 'text']);
    expect(evidenceKindChoices(true).map((choice) => choice.value)).toEqual(['tim', 'url', 'text']);
  });

  it('lists TIM activities with tool and completion date', () => {
    expect(
      timActivityChoices([{ id: 't1', tool: 'TUPS', title: 'Survey', completed: '2026-01-05' }]),
    ).toEqual([{ value: 't1', name: 't1  TUPS  Survey', description: 'completed 2026-01-05' }]);
  });

  it('starts alignments with a choice of none', () => {
    expect(alignmentChoices([{ id: 'A', title: 'Learner', subject: 'Tech' }])).toEqual([
      { value: '', name: '(no alignment)' },
      { value: 'A', name: 'A  Learner', description: 'Tech' },
    ]);
  });

  it('offers only the evidence targets the policy leaves in use', () => {
    const all = evidenceTargetChoices(goals, { supporting: true, goal: true, outcome: true });
    expect(all.map((choice) => choice.value)).toEqual([
      { kind: 'supporting' },
      { kind: 'goal', goal: 'g1' },
      { kind: 'goal', goal: 'g2' },
      { kind: 'outcome', goal: 'g1' },
      { kind: 'outcome', goal: 'g2' },
    ]);
    const some = evidenceTargetChoices(goals, { supporting: false, goal: true, outcome: false });
    expect(some.map((choice) => choice.value)).toEqual([
      { kind: 'goal', goal: 'g1' },
      { kind: 'goal', goal: 'g2' },
    ]);
  });
});

describe('unknownGoalMessage', () => {
  it.each([
    [[], "cycle C has no goal 'g3': it has no goals yet (add one with `timc goal add`)"],
    [goals, "cycle C has no goal 'g3': its goals are g1, g2"],
  ])('%o', (list, message) => {
    expect(unknownGoalMessage('C', 'g3', list)).toBe(message);
  });
});

import { describe, expect, it } from 'vitest';

import {
  planActivity,
  type ActivityRequest,
  type PlanContext,
} from '../../src/model/activity-plan.js';

const context: PlanContext = { goalIds: ['g1', 'g2'], activityIds: ['a1', 'a3'] };

describe('planActivity', () => {
  it.each<[string, ActivityRequest, PlanContext, unknown]>([
    [
      'the next id after the highest',
      { text: 'Observe', goal: 'g1' },
      context,
      { id: 'a4', goal: 'g1', text: 'Observe' },
    ],
    [
      'a1 in an empty phase',
      { text: 'Observe', goal: 'g2' },
      { ...context, activityIds: [] },
      { id: 'a1', goal: 'g2', text: 'Observe' },
    ],
    [
      'owner and due kept',
      { text: ' Co-teach ', goal: 'g1', owner: 'both', due: '2026-12-10' },
      context,
      { id: 'a4', goal: 'g1', text: 'Co-teach', owner: 'both', due: '2026-12-10' },
    ],
  ])('%s', (_, request, planContext, expected) => {
    expect(planActivity(request, planContext)).toEqual(expected);
  });

  it.each<[string, ActivityRequest, PlanContext, RegExp, boolean]>([
    ['an unknown goal', { text: 'x', goal: 'g9' }, context, /no goal 'g9'.*g1, g2/, false],
    [
      'a goal in a cycle without goals',
      { text: 'x', goal: 'g1' },
      { ...context, goalIds: [] },
      /no goals yet/,
      false,
    ],
    [
      'an unknown owner',
      { text: 'x', goal: 'g1', owner: 'team' },
      context,
      /--owner must be one of coach, client, both \(found 'team'\)/,
      true,
    ],
    [
      'a date that is no date',
      { text: 'x', goal: 'g1', due: '2026-02-30' },
      context,
      /--due must be a calendar date.*2026-02-30/,
      true,
    ],
    [
      'a date in another form',
      { text: 'x', goal: 'g1', due: '12/10/2026' },
      context,
      /--due must be a calendar date/,
      true,
    ],
    ['empty text', { text: '  ', goal: 'g1' }, context, /needs some text/, true],
    [
      'a disabled field given',
      { text: 'x', goal: 'g1', due: '2026-12-10' },
      { ...context, policy: { disabled: ['activities.due'] } },
      /activities\.due is switched off.*policy\.disabled: activities\.due/,
      false,
    ],
    [
      'the disabled phase',
      { text: 'x', goal: 'g1' },
      { ...context, policy: { disabled: ['activities'] } },
      /the activities phase is switched off.*policy\.disabled: activities in timc\.yaml/,
      false,
    ],
  ])('refuses %s', (_, request, planContext, message, usage) => {
    const result = planActivity(request, planContext);
    expect(result).toMatchObject({ refused: expect.stringMatching(message) });
    expect(Boolean((result as { usage?: boolean }).usage)).toBe(usage);
  });

  it('accepts a disabled field that was not given', () => {
    const policy = { disabled: ['activities.due', 'activities.owner'] };
    expect(planActivity({ text: 'x', goal: 'g1' }, { ...context, policy })).toEqual({
      id: 'a4',
      goal: 'g1',
      text: 'x',
    });
  });
});

import { describe, expect, it } from 'vitest';

import { checkReferences } from '../../../src/model/rules/references.js';
import { CYCLE, factsFrom, INFO, MEMBERS, SETTINGS, summarize } from './facts-from.js';

const GOALS = { goals: [{ id: 'g1', alignment: 'STD-1' }, { id: 'g2' }] };
const ACTIVITIES = { activities: [{ id: 'a1', goal: 'g1' }] };

const cases: [string, Record<string, unknown>, string[]][] = [
  [
    'a consistent cycle',
    {
      'timc.yaml': SETTINGS,
      'members.yaml': MEMBERS,
      'alignments.yaml': { alignments: [{ id: 'STD-1', title: 'T' }] },
      [`${CYCLE}/cycle.yaml`]: INFO,
      [`${CYCLE}/1-goals.yaml`]: GOALS,
      [`${CYCLE}/2-activities.yaml`]: ACTIVITIES,
      [`${CYCLE}/3-progress.yaml`]: { progress: [{ activity: 'a1' }] },
      [`${CYCLE}/4-outcomes.yaml`]: { outcomes: [{ goal: 'g2' }] },
    },
    [],
  ],
  [
    'members unknown anywhere in a cycle',
    {
      'members.yaml': MEMBERS,
      [`${CYCLE}/cycle.yaml`]: { ...INFO, coach: 'jdo', created_by: 'zz' },
      [`${CYCLE}/1-goals.yaml`]: { complete: { by: 'ghost', at: 'x' } },
      [`${CYCLE}/checkins/20261204T100000Z-eve.yaml`]: { author: 'eve' },
    },
    [
      'unknown-member cycle.yaml coach',
      'unknown-member cycle.yaml created_by',
      'unknown-member 1-goals.yaml complete.by',
      'unknown-member checkins/20261204T100000Z-eve.yaml author',
    ],
  ],
  [
    'no member checks without a readable members.yaml',
    {
      [`${CYCLE}/cycle.yaml`]: { ...INFO, coach: 'nobody' },
    },
    [],
  ],
  [
    'goals and activities of this cycle only',
    {
      [`${CYCLE}/1-goals.yaml`]: { goals: [{ id: 'g1' }, { id: 'g2' }] },
      [`${CYCLE}/2-activities.yaml`]: { activities: [{ id: 'a1', goal: 'g3' }] },
      [`${CYCLE}/3-progress.yaml`]: { progress: [{ activity: 'a2' }, { activity: 'a1' }] },
      [`${CYCLE}/4-outcomes.yaml`]: { outcomes: [{ goal: 'g1' }, { goal: 'g4' }] },
      [`${CYCLE}/checkins/20261204T100000Z-jdoe.yaml`]: { author: 'jdoe', activity: 'a9' },
      'cycles/2026/20261203-jdoe-zzzz/1-goals.yaml': { goals: [{ id: 'g3' }] },
    },
    [
      'unknown-goal 2-activities.yaml activities.0.goal',
      'unknown-activity 3-progress.yaml progress.0.activity',
      'unknown-goal 4-outcomes.yaml outcomes.1.goal',
      'unknown-activity checkins/20261204T100000Z-jdoe.yaml activity',
    ],
  ],
  [
    'alignments: unknown, or no alignments.yaml at all',
    {
      [`${CYCLE}/1-goals.yaml`]: GOALS,
    },
    ['unknown-alignment 1-goals.yaml goals.0.alignment'],
  ],
  [
    'schools only when timc.yaml lists some',
    {
      'timc.yaml': { ...SETTINGS, schools: [{ id: 'maple' }] },
      [`${CYCLE}/cycle.yaml`]: { ...INFO, school: 'oak' },
      'cycles/2026/20261203-jdoe-zzzz/cycle.yaml': { ...INFO, school: 'maple' },
    },
    ['unknown-school cycle.yaml school'],
  ],
  [
    'TIM activities: unknown id, member without a tim file',
    {
      'tim/asmith.yaml': { activities: [{ id: 't1', tool: 'TUPS' }] },
      [`${CYCLE}/1-goals.yaml`]: {
        supporting_data: [
          { tim: { member: 'asmith', id: 't2' } },
          { tim: { member: 'asmith', id: 't1' } },
        ],
        goals: [{ id: 'g1', evidence: [{ tim: { member: 'jdoe', id: 't1' } }] }],
      },
    },
    [
      'unknown-tim 1-goals.yaml supporting_data.0.tim.id',
      'unknown-tim 1-goals.yaml goals.0.evidence.0.tim.member',
    ],
  ],
  [
    'a tim file of someone who is not a member',
    {
      'members.yaml': MEMBERS,
      'tim/zlee.yaml': { activities: [] },
    },
    ['unknown-member tim/zlee.yaml 1:1'],
  ],
  [
    'data that breaks its schema is read for what it holds',
    {
      'members.yaml': { members: [{ id: 'jdoe' }, 'junk', { name: 'no id' }] },
      [`${CYCLE}/cycle.yaml`]: { ...INFO, client: 42, coach: 'jdoe' },
      [`${CYCLE}/1-goals.yaml`]: { goals: 'not a list' },
    },
    [],
  ],
];

describe('checkReferences', () => {
  it.each(cases)('%s', (_, files, expected) => {
    expect(summarize(checkReferences(factsFrom(files)))).toEqual(expected);
  });

  it('suggests the member id that was probably meant', () => {
    const facts = factsFrom({
      'members.yaml': MEMBERS,
      [`${CYCLE}/cycle.yaml`]: { ...INFO, client: 'asmiht' },
    });
    expect(checkReferences(facts)[0]!.message).toBe(
      '`asmiht` is not a member (no such id in members.yaml) (did you mean `asmith`?)',
    );
  });
});

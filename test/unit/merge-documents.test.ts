import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { mergeDocuments } from '../../src/merge/merge-document.js';
import { mergeRulesFor } from '../../src/merge/merge-rules.js';

interface Case {
  name: string;
  kind: string;
  base: string;
  ours: string;
  theirs: string;
  merged?: unknown;
  conflicts?: string[];
  choose?: Record<string, 'ours' | 'theirs'>;
}

const GOALS_BASE = 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Exit tickets\n';

const CASES: Case[] = [
  {
    name: 'both sides add a goal with different ids: both kept, ours first',
    kind: 'goals',
    base: GOALS_BASE,
    ours: `${GOALS_BASE}  - id: g2\n    text: Ours\n`,
    theirs: `${GOALS_BASE}  - id: g3\n    text: Theirs\n`,
    merged: {
      focus: 'Inquiry',
      goals: [
        { id: 'g1', text: 'Exit tickets' },
        { id: 'g2', text: 'Ours' },
        { id: 'g3', text: 'Theirs' },
      ],
    },
  },
  {
    name: 'one side edits a goal, the other adds one',
    kind: 'goals',
    base: GOALS_BASE,
    ours: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Exit tickets daily\n',
    theirs: `${GOALS_BASE}  - id: g2\n    text: New\n`,
    merged: {
      focus: 'Inquiry',
      goals: [
        { id: 'g1', text: 'Exit tickets daily' },
        { id: 'g2', text: 'New' },
      ],
    },
  },
  {
    name: 'different fields of one goal change on each side',
    kind: 'goals',
    base: GOALS_BASE,
    ours: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Exit tickets daily\n',
    theirs: `${GOALS_BASE}    alignment: iste-1\n`,
    merged: {
      focus: 'Inquiry',
      goals: [{ id: 'g1', text: 'Exit tickets daily', alignment: 'iste-1' }],
    },
  },
  {
    name: 'the same field changed two ways is a conflict, and ours stays',
    kind: 'goals',
    base: GOALS_BASE,
    ours: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Daily\n',
    theirs: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Weekly\n',
    merged: { focus: 'Inquiry', goals: [{ id: 'g1', text: 'Daily' }] },
    conflicts: ['goals[g1].text'],
  },
  {
    name: 'a settled conflict takes the chosen side',
    kind: 'goals',
    base: GOALS_BASE,
    ours: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Daily\n',
    theirs: 'focus: Inquiry\ngoals:\n  - id: g1\n    text: Weekly\n',
    choose: { 'goals[g1].text': 'theirs' },
    merged: { focus: 'Inquiry', goals: [{ id: 'g1', text: 'Weekly' }] },
  },
  {
    name: 'the same change on both sides is no conflict',
    kind: 'goals',
    base: GOALS_BASE,
    ours: 'focus: Digital inquiry\ngoals:\n  - id: g1\n    text: Exit tickets\n',
    theirs: 'focus: Digital inquiry\ngoals:\n  - id: g1\n    text: Exit tickets\n',
    merged: { focus: 'Digital inquiry', goals: [{ id: 'g1', text: 'Exit tickets' }] },
  },
  {
    name: 'a goal removed on one side and untouched on the other is removed',
    kind: 'goals',
    base: `${GOALS_BASE}  - id: g2\n    text: Two\n`,
    ours: GOALS_BASE,
    theirs: `${GOALS_BASE}  - id: g2\n    text: Two\n  - id: g3\n    text: Three\n`,
    merged: {
      focus: 'Inquiry',
      goals: [
        { id: 'g1', text: 'Exit tickets' },
        { id: 'g3', text: 'Three' },
      ],
    },
  },
  {
    name: 'a goal removed on one side and changed on the other is a conflict',
    kind: 'goals',
    base: `${GOALS_BASE}  - id: g2\n    text: Two\n`,
    ours: GOALS_BASE,
    theirs: `${GOALS_BASE}  - id: g2\n    text: Two, changed\n`,
    conflicts: ['goals[g2]'],
  },
  {
    name: 'evidence items merge by value',
    kind: 'goals',
    base: 'supporting_data:\n  - url: https://a.example\n',
    ours: 'supporting_data:\n  - url: https://a.example\n  - text: survey\n',
    theirs: 'supporting_data:\n  - tim: {member: asmith, id: t1}\n  - url: https://a.example\n',
    merged: {
      supporting_data: [
        { url: 'https://a.example' },
        { text: 'survey' },
        { tim: { member: 'asmith', id: 't1' } },
      ],
    },
  },
  {
    name: 'activities merge by id',
    kind: 'activities',
    base: 'activities: []\n',
    ours: 'activities:\n  - {id: a1, goal: g1, text: Observe}\n',
    theirs: 'activities:\n  - {id: a2, goal: g1, text: Model}\n',
    merged: {
      activities: [
        { id: 'a1', goal: 'g1', text: 'Observe' },
        { id: 'a2', goal: 'g1', text: 'Model' },
      ],
    },
  },
  {
    name: 'progress merges by activity, the later updated_at wins when the rest agrees',
    kind: 'progress',
    base: 'progress:\n  - {activity: a1, status: not-started}\n',
    ours: 'progress:\n  - {activity: a1, status: done, updated_at: "2026-12-03T10:00:00Z"}\n',
    theirs:
      'progress:\n  - {activity: a1, status: done, updated_at: "2026-12-04T10:00:00Z"}\n' +
      '  - {activity: a2, status: in-progress}\n',
    merged: {
      progress: [
        { activity: 'a1', status: 'done', updated_at: '2026-12-04T10:00:00Z' },
        { activity: 'a2', status: 'in-progress' },
      ],
    },
  },
  {
    name: 'progress of one activity set two ways is a conflict on the status',
    kind: 'progress',
    base: 'progress:\n  - {activity: a1, status: not-started}\n',
    ours: 'progress:\n  - {activity: a1, status: done}\n',
    theirs: 'progress:\n  - {activity: a1, status: in-progress}\n',
    conflicts: ['progress[a1].status'],
  },
  {
    name: 'outcomes merge by goal',
    kind: 'outcomes',
    base: 'outcomes: []\n',
    ours: 'outcomes:\n  - {goal: g1, result: met}\n',
    theirs: 'outcomes:\n  - {goal: g2, result: not-met}\n',
    merged: {
      outcomes: [
        { goal: 'g1', result: 'met' },
        { goal: 'g2', result: 'not-met' },
      ],
    },
  },
  {
    name: 'each side writes its own reflection',
    kind: 'reflection',
    base: '{}\n',
    ours: 'coach:\n  text: Went well\n  at: "2026-12-03T10:00:00Z"\n',
    theirs: 'client:\n  text: Learned a lot\n  at: "2026-12-03T11:00:00Z"\n',
    merged: {
      coach: { text: 'Went well', at: '2026-12-03T10:00:00Z' },
      client: { text: 'Learned a lot', at: '2026-12-03T11:00:00Z' },
    },
  },
  {
    name: 'each side publishes on its own',
    kind: 'cycle',
    base: 'id: x\npublished:\n  coach: null\n  client: null\n',
    ours: 'id: x\npublished:\n  coach: "2026-12-03T10:00:00Z"\n  client: null\n',
    theirs: 'id: x\npublished:\n  coach: null\n  client: "2026-12-04T10:00:00Z"\n',
    merged: {
      id: 'x',
      published: { coach: '2026-12-03T10:00:00Z', client: '2026-12-04T10:00:00Z' },
    },
  },
  {
    name: 'a phase completed on both sides keeps the completion shared first',
    kind: 'goals',
    base: 'goals: []\n',
    ours: 'goals: []\ncomplete: {by: jdoe, at: "2026-12-03T10:00:00Z"}\n',
    theirs: 'goals: []\ncomplete: {by: asmith, at: "2026-12-03T11:00:00Z"}\n',
    merged: { goals: [], complete: { by: 'jdoe', at: '2026-12-03T10:00:00Z' } },
  },
  {
    name: 'members merge by id; the same member changed two ways is a conflict',
    kind: 'members',
    base: 'members:\n  - {id: jdoe, name: Jordan}\n',
    ours: 'members:\n  - {id: jdoe, name: Jordan D}\n  - {id: asmith, name: Alex}\n',
    theirs: 'members:\n  - {id: jdoe, name: Jordan Doe}\n  - {id: bkim, name: Bo}\n',
    merged: {
      members: [
        { id: 'jdoe', name: 'Jordan D' },
        { id: 'asmith', name: 'Alex' },
        { id: 'bkim', name: 'Bo' },
      ],
    },
    conflicts: ['members[jdoe].name'],
  },
  {
    name: 'lists of plain values merge as sets',
    kind: 'settings',
    base: 'version: 1\npolicy:\n  disabled: [goals.alignment]\n',
    ours: 'version: 1\npolicy:\n  disabled: [goals.alignment, progress]\n',
    theirs: 'version: 1\npolicy:\n  disabled: [outcomes.text]\n',
    merged: { version: 1, policy: { disabled: ['progress', 'outcomes.text'] } },
  },
  {
    name: 'both sides add the same file differently (no base)',
    kind: 'checkin',
    base: '',
    ours: 'author: jdoe\nat: "2026-12-03T10:00:00Z"\nkind: event\n',
    theirs: 'author: jdoe\nat: "2026-12-03T10:00:00Z"\nkind: insight\n',
    conflicts: ['kind'],
  },
];

describe('mergeDocuments', () => {
  it.each(CASES)('$name', (testCase) => {
    const base = testCase.base === '' ? undefined : parseDocument(testCase.base);
    const [ours, theirs] = [parseDocument(testCase.ours), parseDocument(testCase.theirs)];
    const result = mergeDocuments(base, ours, theirs, {
      rules: mergeRulesFor(testCase.kind),
      choose: (field) => testCase.choose?.[field],
    });

    expect(result.conflicts.map((conflict) => conflict.field)).toEqual(testCase.conflicts ?? []);
    if (testCase.merged !== undefined) expect(result.merged.toJS()).toEqual(testCase.merged);
  });

  it('keeps the comments of ours and of the entries it takes from theirs', () => {
    const base = parseDocument('# Phase 1\ngoals:\n  - id: g1 # first\n    text: One\n');
    const ours = parseDocument('# Phase 1\ngoals:\n  - id: g1 # first\n    text: One!\n');
    const theirs = parseDocument(
      '# Phase 1\ngoals:\n  - id: g1 # first\n    text: One\n  # added by the client\n' +
        '  - id: g2\n    text: Two\n',
    );
    const result = mergeDocuments(base, ours, theirs, { rules: mergeRulesFor('goals') });

    const text = result.merged.toString();
    expect(text).toContain('# Phase 1');
    expect(text).toContain('# first');
    expect(text).toContain('text: One!');
    expect(text).toContain('# added by the client\n  - id: g2');
    expect(result.conflicts).toEqual([]);
  });

  it('reports a conflict with the base and both values', () => {
    const result = mergeDocuments(
      parseDocument('title: A\n'),
      parseDocument('title: B\n'),
      parseDocument('title: C\n'),
      { rules: mergeRulesFor('cycle') },
    );
    expect(result.conflicts).toEqual([
      { field: 'title', segments: ['title'], base: 'A', ours: 'B', theirs: 'C' },
    ]);
  });

  it('leaves the ours document given to it untouched', () => {
    const ours = parseDocument('goals:\n  - id: g1\n');
    mergeDocuments(parseDocument('goals: []\n'), ours, parseDocument('goals:\n  - id: g2\n'), {
      rules: mergeRulesFor('goals'),
    });
    expect(ours.toJS()).toEqual({ goals: [{ id: 'g1' }] });
  });
});

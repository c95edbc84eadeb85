import { describe, expect, it } from 'vitest';

import { CYCLE_COLUMNS, cycleRow } from '../../src/model/report/cycle-row.js';
import { activityRows, checkinRows, goalRows } from '../../src/model/report/detail-rows.js';
import { LEVELS, REPORT_LEVELS } from '../../src/model/report/levels.js';
import { memberNames } from '../../src/model/report/row.js';
import type { Cycle } from '../../src/model/types.js';

const names = memberNames([
  { id: 'jdoe', name: 'Jordan Doe' },
  { id: 'asmith', name: 'Alex Smith' },
  { id: 'mrivera', name: 'Maria Rivera' },
]);

const done = (day: string) => ({ by: 'jdoe', at: `2026-10-${day}T09:00:00Z` });

function sampleCycle(): Cycle {
  return {
    info: {
      id: '20260915-asmith-k3f9',
      coach: 'jdoe',
      client: 'asmith',
      created_by: 'mrivera',
      created_at: '2026-09-15T08:00:00Z',
      school: 'maple',
      title: 'Inquiry',
      published: { coach: '2026-09-16T08:00:00Z', client: '2026-09-17T08:00:00Z' },
    },
    goals: {
      focus: 'Digital tools',
      goals: [
        { id: 'g1', text: 'Plan', alignment: 'iste-1', evidence: [{ url: 'https://x.org' }] },
        { id: 'g2' },
        { id: 'g3', text: 'Third' },
      ],
      complete: done('01'),
    },
    activities: {
      activities: [
        { id: 'a1', goal: 'g1', text: 'Observe', owner: 'coach', due: '2026-10-10' },
        { id: 'a2', goal: 'g1', text: 'Try' },
        { id: 'a3', goal: 'g3' },
      ],
      complete: done('02'),
    },
    progress: {
      progress: [
        { activity: 'a1', status: 'in-progress', note: 'first' },
        { activity: 'a1', status: 'done', note: 'later', updated_at: '2026-10-05T09:00:00Z' },
      ],
    },
    outcomes: {
      outcomes: [
        { goal: 'g1', result: 'met', text: 'Yes', evidence: [{ text: 'a' }, { text: 'b' }] },
        { goal: 'g2', result: 'partially-met' },
        { goal: 'g3', result: 'met' },
      ],
      complete: done('04'),
    },
    reflection: {},
    checkins: [
      {
        author: 'asmith',
        at: '2026-10-03T09:00:00Z',
        kind: 'obstacle',
        text: 'Wi-Fi',
        activity: 'a1',
        file: 'x.yaml',
      },
      { author: 'jdoe', at: '2026-10-04T09:00:00Z', kind: 'success', file: 'y.yaml' },
      {
        author: 'mrivera',
        at: '2026-10-05T09:00:00Z',
        kind: 'event',
        activity: 'a1',
        file: 'z.yaml',
      },
    ],
  };
}

describe('cycleRow', () => {
  it('has every column of SPEC.md, in order, counted and dated', () => {
    const row = cycleRow(sampleCycle(), names);
    expect(Object.keys(row)).toEqual([...CYCLE_COLUMNS]);
    expect(row).toEqual({
      cycle_id: '20260915-asmith-k3f9',
      school: 'maple',
      coach_id: 'jdoe',
      coach_name: 'Jordan Doe',
      client_id: 'asmith',
      client_name: 'Alex Smith',
      created_by: 'mrivera',
      created_at: '2026-09-15T08:00:00Z',
      title: 'Inquiry',
      focus: 'Digital tools',
      goals: 3,
      activities: 3,
      checkins: 3,
      phases_completed: 3,
      phase1_completed_at: '2026-10-01T09:00:00Z',
      phase2_completed_at: '2026-10-02T09:00:00Z',
      phase3_completed_at: null,
      phase4_completed_at: '2026-10-04T09:00:00Z',
      phase5_completed_at: null,
      coach_published_at: '2026-09-16T08:00:00Z',
      client_published_at: '2026-09-17T08:00:00Z',
      outcomes_met: 2,
      outcomes_partially_met: 1,
      outcomes_not_met: 0,
    });
  });

  it.each<[string, Partial<Cycle>, Record<string, unknown>]>([
    [
      'an empty cycle counts zero',
      { goals: {}, activities: {}, progress: {}, outcomes: {}, checkins: [] },
      { goals: 0, activities: 0, checkins: 0, phases_completed: 0, outcomes_met: 0, focus: null },
    ],
    ['an empty focus is an empty cell', { goals: { focus: '' } }, { focus: null }],
    [
      'all five phases',
      {
        progress: { complete: done('03') },
        reflection: { complete: done('05') },
      },
      {
        phases_completed: 5,
        phase3_completed_at: '2026-10-03T09:00:00Z',
        phase5_completed_at: '2026-10-05T09:00:00Z',
      },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(cycleRow({ ...sampleCycle(), ...overrides }, names)).toMatchObject(expected);
  });

  it('leaves the name empty for a member no longer in members.yaml', () => {
    const row = cycleRow(sampleCycle(), memberNames([]));
    expect([row.coach_name, row.client_name]).toEqual([null, null]);
  });
});

describe('detail levels', () => {
  it('one row per goal, with its activities and its outcome', () => {
    expect(
      goalRows(sampleCycle()).map((row) => [
        row.goal_id,
        row.goal_text,
        row.alignment,
        row.evidence_items,
        row.activities,
        row.outcome_result,
        row.outcome_text,
        row.outcome_evidence_items,
      ]),
    ).toEqual([
      ['g1', 'Plan', 'iste-1', 1, 2, 'met', 'Yes', 2],
      ['g2', null, null, 0, 0, 'partially-met', null, 0],
      ['g3', 'Third', null, 0, 1, 'met', null, 0],
    ]);
  });

  it('one row per activity, with its latest progress and its check-ins', () => {
    expect(
      activityRows(sampleCycle()).map((row) => [
        row.activity_id,
        row.goal_id,
        row.owner,
        row.due,
        row.status,
        row.progress_note,
        row.progress_updated_at,
        row.checkins,
      ]),
    ).toEqual([
      ['a1', 'g1', 'coach', '2026-10-10', 'done', 'later', '2026-10-05T09:00:00Z', 2],
      ['a2', 'g1', null, null, null, null, null, 0],
      ['a3', 'g3', null, null, null, null, null, 0],
    ]);
  });

  it('one row per check-in, with the author and their side', () => {
    expect(
      checkinRows(sampleCycle(), names).map((row) => [
        row.checkin_at,
        row.author_id,
        row.author_name,
        row.author_side,
        row.kind,
        row.activity_id,
        row.checkin_text,
      ]),
    ).toEqual([
      ['2026-10-03T09:00:00Z', 'asmith', 'Alex Smith', 'client', 'obstacle', 'a1', 'Wi-Fi'],
      ['2026-10-04T09:00:00Z', 'jdoe', 'Jordan Doe', 'coach', 'success', null, null],
      ['2026-10-05T09:00:00Z', 'mrivera', 'Maria Rivera', null, 'event', 'a1', null],
    ]);
  });

  it.each(REPORT_LEVELS)('%s: rows start with cycle_id and hold exactly the columns', (level) => {
    const { columns, rowsOf } = LEVELS[level];
    expect(columns[0]).toBe('cycle_id');
    for (const row of rowsOf(sampleCycle(), names)) {
      expect(Object.keys(row).sort()).toEqual([...columns].sort());
      expect(row.cycle_id).toBe('20260915-asmith-k3f9');
    }
  });
});

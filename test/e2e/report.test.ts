import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  commitAll,
  cyclePath,
  editYaml,
  setPublished,
  writeCheckin,
} from '../helpers/cycle-data.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

/*
 * `timc publish` and `timc complete` are built on other branches at the same time, so these
 * tests set publish flags, completed phases, goals, activities, outcomes and check-ins by editing
 * the cycle's files with the yaml library and committing, as a hand edit would.
 */

afterAll(removeTemporaryFolders);

const CYCLE_COLUMNS = [
  'cycle_id',
  'school',
  'coach_id',
  'coach_name',
  'client_id',
  'client_name',
  'created_by',
  'created_at',
  'title',
  'focus',
  'goals',
  'activities',
  'checkins',
  'phases_completed',
  'phase1_completed_at',
  'phase2_completed_at',
  'phase3_completed_at',
  'phase4_completed_at',
  'phase5_completed_at',
  'coach_published_at',
  'client_published_at',
  'outcomes_met',
  'outcomes_partially_met',
  'outcomes_not_met',
];

const HOSTILE_TITLE = '=HYPERLINK("http://x","y")';
const FOCUS = 'Crème brûlée 🎉, "quoted", naïve\nsecond line';
const CHECKIN_TEXT = 'Wi-Fi, again\r\n"down" ✓';
const BOTH = { coach: '2026-09-02T08:00:00Z', client: '2026-09-03T08:00:00Z' };
const done = (at: string) => ({ by: 'jdoe', at });

let repo: TestRepo;
/** `timc report` as the coordinator, with no option, once all the data is in. */
let plain: { code: number; stdout: string; stderr: string };
/**
 * c1: full of hostile text; c2: published by the coach only; c3: at oak, all five phases
 * complete; c4: never published.
 */
const ids = { c1: '', c2: '', c3: '', c4: '' };

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, bom: true }) as Record<string, string>[];
}

function report(args: readonly string[] = [], as = 'mrivera') {
  return repo.run(['report', ...args], { as });
}

async function reportedIds(args: readonly string[]): Promise<string[]> {
  const result = await report(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return rowsOf(result.stdout).map((row) => row.cycle_id!);
}

beforeAll(async () => {
  repo = await makeRepo();
  ids.c1 = await repo.startCycle('jdoe', ['--client', 'asmith', '--title', HOSTILE_TITLE]);
  ids.c2 = await repo.startCycle('asmith', ['--client', 'jdoe', '--title', 'Second']);
  ids.c3 = await repo.startCycle('mrivera', ['--coach', 'bkim', '--client', 'asmith']);
  ids.c4 = await repo.startCycle('jdoe', ['--client', 'bkim']);

  const { c1, c2, c3, c4 } = ids;
  const created = {
    [c1]: '2026-09-01T23:30:00Z',
    [c2]: '2026-10-15T12:00:00Z',
    [c3]: '2026-11-20T00:00:00Z',
    [c4]: '2026-09-05T00:00:00Z',
  };
  for (const id of [c1, c2, c3, c4]) {
    editYaml(repo, cyclePath(id, 'cycle.yaml'), (data) => {
      data.created_at = created[id];
      if (id === c3) data.school = 'oak';
    });
  }
  setPublished(repo, c1, BOTH);
  setPublished(repo, c2, { coach: BOTH.coach, client: null });
  setPublished(repo, c3, BOTH);

  editYaml(repo, cyclePath(c1, '1-goals.yaml'), (data) => {
    data.focus = FOCUS;
    data.goals = [
      { id: 'g1', text: '+1', alignment: 'iste-1', evidence: [{ text: '@x' }] },
      { id: 'g2', text: '-2' },
    ];
    data.complete = done('2026-09-10T10:00:00Z');
  });
  editYaml(repo, cyclePath(c1, '2-activities.yaml'), (data) => {
    data.activities = [
      { id: 'a1', goal: 'g1', text: '@SUM(A1)', owner: 'coach', due: '2026-10-01' },
      { id: 'a2', goal: 'g2', text: '\tleading tab' },
    ];
    data.complete = done('2026-09-12T10:00:00Z');
  });
  editYaml(repo, cyclePath(c1, '3-progress.yaml'), (data) => {
    data.progress = [{ activity: 'a1', status: 'done', note: 'fine, "really"' }];
  });
  editYaml(repo, cyclePath(c1, '4-outcomes.yaml'), (data) => {
    data.outcomes = [
      { goal: 'g1', result: 'met' },
      { goal: 'g2', result: 'not-met' },
    ];
  });
  writeCheckin(repo, c1, {
    author: 'asmith',
    at: '2026-09-20T09:00:00Z',
    kind: 'obstacle',
    text: CHECKIN_TEXT,
    activity: 'a1',
  });
  writeCheckin(repo, c1, {
    author: 'jdoe',
    at: '2026-09-21T09:00:00Z',
    kind: 'success',
    text: '-',
  });

  PHASE_FILES.forEach((file, index) =>
    editYaml(repo, cyclePath(c3, file), (data) => {
      data.complete = done(`2026-11-2${index + 1}T10:00:00Z`);
    }),
  );
  await commitAll(repo, 'test: cycles with content, publish flags and completed phases');
  plain = await report();
});

const PHASE_FILES = [
  '1-goals.yaml',
  '2-activities.yaml',
  '3-progress.yaml',
  '4-outcomes.yaml',
  '5-reflection.yaml',
];

describe('timc report, cycle level', () => {
  it('has SPEC.md columns in order, published cycles only, sorted by created_at', () => {
    const result = plain;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const records = parse(result.stdout) as string[][];
    expect(records[0]).toEqual(CYCLE_COLUMNS);
    expect(records.slice(1).map((record) => record[0])).toEqual([ids.c1, ids.c3]);
    expect(result.stdout.split('\r\n').length).toBeGreaterThan(3);
  });

  it('counts and dates the phases, counts content and outcomes, names the people', () => {
    const [c1, c3] = rowsOf(plain.stdout);
    expect(c1).toMatchObject({
      school: 'maple',
      coach_id: 'jdoe',
      coach_name: 'Jordan Doe',
      client_id: 'asmith',
      client_name: 'Alex Smith',
      created_by: 'jdoe',
      created_at: '2026-09-01T23:30:00Z',
      goals: '2',
      activities: '2',
      checkins: '2',
      phases_completed: '2',
      phase1_completed_at: '2026-09-10T10:00:00Z',
      phase2_completed_at: '2026-09-12T10:00:00Z',
      phase3_completed_at: '',
      phase4_completed_at: '',
      phase5_completed_at: '',
      coach_published_at: BOTH.coach,
      client_published_at: BOTH.client,
      outcomes_met: '1',
      outcomes_partially_met: '0',
      outcomes_not_met: '1',
    });
    expect(c3).toMatchObject({
      school: 'oak',
      coach_id: 'bkim',
      created_by: 'mrivera',
      phases_completed: '5',
      goals: '0',
      phase1_completed_at: '2026-11-21T10:00:00Z',
      phase5_completed_at: '2026-11-25T10:00:00Z',
    });
  });

  it('prefixes formulas with a quote and keeps unicode, commas, quotes and line breaks', () => {
    const [c1] = rowsOf(plain.stdout);
    expect(c1!.title).toBe(`'${HOSTILE_TITLE}`);
    expect(c1!.focus).toBe(FOCUS);
  });

  it('gives byte-identical output twice, and the same bytes in -o FILE', async () => {
    const first = plain;
    const second = await report();
    expect(second.stdout).toBe(first.stdout);

    const written = await report(['-o', 'out/report.csv', '--quiet'], 'mrivera');
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(repo.root, 'out/report.csv'), 'utf8')).toBe(first.stdout);
    expect(readdirSync(join(repo.root, 'out'))).toEqual(['report.csv']);
  });

  it('-o FILE confirms on stdout, is relative to the working folder, replaces it', async () => {
    repo.write('cycles/old.csv', 'old contents that are longer than nothing\n');
    const result = await repo.run(['report', '-o', 'old.csv', '--level', 'goals'], {
      as: 'mrivera',
      cwd: join(repo.root, 'cycles'),
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Wrote 2 row(s) at level goals to old.csv\n');
    expect(repo.read('cycles/old.csv')).toMatch(/^cycle_id,school,coach_id,client_id,goal_id,/);
  });

  it('--bom starts the CSV with a UTF-8 byte order mark', async () => {
    const result = await report(['--bom']);
    expect(result.stdout).toBe(`\uFEFF${plain.stdout}`);
    expect(rowsOf(result.stdout)[0]!.cycle_id).toBe(ids.c1);
  });
});

describe('timc report filters', () => {
  it.each<[string, string[], (keyof typeof ids)[]]>([
    ['--from (inclusive)', ['--from', '2026-09-01'], ['c1', 'c3']],
    ['--from after the first', ['--from', '2026-09-02'], ['c3']],
    ['--to (inclusive, late in the day)', ['--to', '2026-09-01'], ['c1']],
    ['--from and --to', ['--from', '2026-11-01', '--to', '2026-11-30'], ['c3']],
    ['--school', ['--school', 'oak'], ['c3']],
    ['--coach', ['--coach', 'jdoe'], ['c1']],
    ['--client', ['--client', 'asmith'], ['c1', 'c3']],
    ['--coach and --client together', ['--coach', 'bkim', '--client', 'asmith'], ['c3']],
  ])('%s', async (_, args, expected) => {
    expect(await reportedIds(args)).toEqual(expected.map((key) => ids[key]));
  });

  it('warns about a filter naming nobody, and still reports', async () => {
    const result = await report(['--coach', 'nobody', '--school', 'elm']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('timc: warning: --coach nobody: no such member in members.yaml\n');
    expect(rowsOf(result.stdout)).toEqual([]);
  });

  it.each([
    [['--from', '2026-13-01'], /timc: --from 2026-13-01: not a date; expected YYYY-MM-DD/],
    [['--to', 'yesterday'], /timc: --to yesterday: not a date/],
    [['--from', '2026-10-01', '--to', '2026-09-01'], /is after --to/],
    [['--level', 'schools'], /argument 'schools' is invalid/],
    [['--format', 'xlsx'], /argument 'xlsx' is invalid/],
  ])('%j is a usage error (exit 2) that writes nothing', async (args, message) => {
    const result = await report([...args, '-o', 'never.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(join(repo.root, 'never.csv'))).toBe(false);
  });
});

describe('timc report levels', () => {
  it('goals: one row per goal, text protected', async () => {
    const rows = rowsOf((await report(['--level', 'goals'])).stdout);
    expect(Object.keys(rows[0]!)).toEqual([
      'cycle_id',
      'school',
      'coach_id',
      'client_id',
      'goal_id',
      'goal_text',
      'alignment',
      'evidence_items',
      'activities',
      'outcome_result',
      'outcome_text',
      'outcome_evidence_items',
    ]);
    expect(
      rows.map((row) => [
        row.cycle_id,
        row.goal_id,
        row.goal_text,
        row.outcome_result,
        row.evidence_items,
      ]),
    ).toEqual([
      [ids.c1, 'g1', "'+1", 'met', '1'],
      [ids.c1, 'g2', "'-2", 'not-met', '0'],
    ]);
  });

  it('activities: one row per activity with its progress', async () => {
    const rows = rowsOf((await report(['--level', 'activities'])).stdout);
    expect(Object.keys(rows[0]!)[0]).toBe('cycle_id');
    expect(
      rows.map((row) => [
        row.activity_id,
        row.activity_text,
        row.owner,
        row.due,
        row.status,
        row.progress_note,
        row.checkins,
      ]),
    ).toEqual([
      ['a1', "'@SUM(A1)", 'coach', '2026-10-01', 'done', 'fine, "really"', '1'],
      ['a2', "'\tleading tab", '', '', '', '', '0'],
    ]);
  });

  it('checkins: one row per check-in, in time order, text intact', async () => {
    const rows = rowsOf((await report(['--level', 'checkins'])).stdout);
    expect(Object.keys(rows[0]!)[0]).toBe('cycle_id');
    expect(
      rows.map((row) => [
        row.cycle_id,
        row.checkin_at,
        row.author_id,
        row.author_side,
        row.kind,
        row.activity_id,
        row.checkin_text,
      ]),
    ).toEqual([
      [ids.c1, '2026-09-20T09:00:00Z', 'asmith', 'client', 'obstacle', 'a1', CHECKIN_TEXT],
      [ids.c1, '2026-09-21T09:00:00Z', 'jdoe', 'coach', 'success', '', "'-"],
    ]);
  });

  it('--format json and --json: the rows with text exactly as recorded', async () => {
    const result = await report(['--format', 'json', '--level', 'goals']);
    const viaFlag = await repo.run(['--json', 'report', '--level', 'goals'], { as: 'mrivera' });
    expect(viaFlag.stdout).toBe(result.stdout);

    const json = JSON.parse(result.stdout) as {
      level: string;
      rows: Record<string, unknown>[];
      left_out: unknown[];
    };
    expect(json.level).toBe('goals');
    expect(json.left_out).toEqual([]);
    const goals = json.rows.map((row) => [row.goal_text, row.evidence_items]);
    expect(goals).toEqual([
      ['+1', 1],
      ['-2', 0],
    ]);
  });
});

describe('timc report permissions', () => {
  it('refuses a member without report, naming who may, and changes nothing', async () => {
    const before = [await repo.commitCount(), await repo.status()];
    const result = await report(['-o', 'refused.csv'], 'jdoe');

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'timc: jdoe may not run the report: only a member whose role grants report ' +
        '(coordinator, admin) may (members who may: mrivera)\n',
    );
    expect(existsSync(join(repo.root, 'refused.csv'))).toBe(false);
    expect([await repo.commitCount(), await repo.status()]).toEqual(before);
  });
});

describe('timc report refusals that are not about permission', () => {
  it('asks who you are when roles exist and nobody is recognised', async () => {
    const result = await repo.run(['report']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^timc: no member in members.yaml has the email runner@example.org/,
    );
  });

  it('refuses -o naming a folder, and leaves the folder alone', async () => {
    const result = await report(['-o', 'cycles']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('timc: -o cycles is a folder; give a file name\n');
    expect(existsSync(join(repo.root, 'cycles', ids.c1.slice(0, 4)))).toBe(true);
  });
});

describe('timc report and publishing', () => {
  it('shows a cycle once both sides publish, and not after one side unpublishes', async () => {
    expect(await reportedIds([])).not.toContain(ids.c2);

    setPublished(repo, ids.c2, { coach: BOTH.coach, client: '2026-10-20T08:00:00Z' });
    await commitAll(repo, 'test: the client publishes c2');
    expect(await reportedIds([])).toEqual([ids.c1, ids.c2, ids.c3]);

    setPublished(repo, ids.c2, { coach: null, client: '2026-10-20T08:00:00Z' });
    await commitAll(repo, 'test: the coach unpublishes c2');
    expect(await reportedIds([])).toEqual([ids.c1, ids.c3]);
  });
});

describe('timc report with a broken file', () => {
  it('leaves the broken cycle out with a warning naming the file, exits 1', async () => {
    const broken = cyclePath(ids.c3, '2-activities.yaml');
    repo.write(broken, 'activities: [\n  - id: a1\n');
    const unpublishedBroken = cyclePath(ids.c4, '1-goals.yaml');
    repo.write(unpublishedBroken, 'goals: {{{\n');

    try {
      const result = await report(['-o', 'partial.csv']);
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^timc: warning: left out ${ids.c3}: ${broken}: `));
      expect(lines[1]).toBe(
        'timc: 1 cycle(s) left out of the report because of a broken file; ' +
          'run `timc validate` to see every problem',
      );
      expect(rowsOf(repo.read('partial.csv')).map((row) => row.cycle_id)).toEqual([ids.c1]);

      const json = await report(['--json']);
      expect(json.code).toBe(1);
      expect((JSON.parse(json.stdout) as { left_out: unknown[] }).left_out).toEqual([
        { cycle_id: ids.c3, file: broken, problem: expect.any(String) },
      ]);
    } finally {
      await repo.git(['checkout', '--', '.']);
    }
  });

  it('leaves out a cycle with a file against its schema, or without cycle.yaml', async () => {
    editYaml(repo, cyclePath(ids.c1, 'checkins/20260920T090000Z-asmith.yaml'), (data) => {
      data.kind = 'rant';
    });
    const orphan = `${ids.c1.slice(0, 4)}0101-zed-zzzz`;
    editYaml(repo, cyclePath(orphan, '1-goals.yaml'), (data) => {
      data.focus = 'a folder that lost its cycle.yaml';
    });
    try {
      const result = await report();
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `left out ${ids.c1}: ${cyclePath(ids.c1, 'checkins/20260920T090000Z-asmith.yaml')}: ` +
          '`kind` must be one of event, question, insight, obstacle, success',
      );
      expect(result.stderr).toContain(
        `left out ${orphan}: ${cyclePath(orphan, 'cycle.yaml')}: the file is missing`,
      );
      expect(result.stderr).toContain('timc: 2 cycle(s) left out of the report');
      expect(rowsOf(result.stdout).map((row) => row.cycle_id)).toEqual([ids.c3]);
    } finally {
      await repo.git(['checkout', '--', '.']);
      rmSync(join(repo.root, cyclePath(orphan, '')), { recursive: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, expectUnchanged, repoState, seedGoals } from '../helpers/cycle-work.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('timc activity add and timc progress', () => {
  let repo: TestRepo;
  let id: string;
  let activities: string;
  let progress: string;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    activities = `${cycleDir(id)}/2-activities.yaml`;
    progress = `${cycleDir(id)}/3-progress.yaml`;
    await seedGoals(repo, id, [
      { id: 'g1', text: 'Students use probes' },
      { id: 'g2', text: 'Students argue from data' },
    ]);
  });

  it('lets the coach plan an activity: a1, one commit as the coach, only that file', async () => {
    const result = await repo.run(['activity', 'add', 'Model a probe lab', '--goal', 'g1'], {
      as: 'jdoe',
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Added activity a1 to ${id}`);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: add activity a1`,
      files: [activities],
    });
    expect(await repo.status()).toBe('');
  });

  it('lets the client plan one with an owner and a due date, naming the cycle', async () => {
    const result = await repo.run(
      [
        'activity',
        'add',
        id.slice(-4),
        'Co-teach',
        '--goal',
        'g2',
        '--owner',
        'both',
        '--due',
        '2026-12-10',
        '--json',
      ],
      { as: 'asmith' },
    );

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      cycle: id,
      activity: { id: 'a2', goal: 'g2', text: 'Co-teach', owner: 'both', due: '2026-12-10' },
      committed: true,
    });
    expect(repo.read(activities)).toContain('due: "2026-12-10"');
    expect((await repo.lastCommit()).author).toBe('Alex Smith <asmith@example.org>');
  });

  it.each([
    [
      'an unknown goal',
      ['activity', 'add', 'x', '--goal', 'g7'],
      'jdoe',
      1,
      /no goal 'g7' in this cycle: its goals are g1, g2/,
    ],
    [
      'a date that does not exist',
      ['activity', 'add', 'x', '--goal', 'g1', '--due', '2026-02-30'],
      'jdoe',
      2,
      /--due must be a calendar date written YYYY-MM-DD \(found '2026-02-30'\)/,
    ],
    [
      'an unknown owner',
      ['activity', 'add', 'x', '--goal', 'g1', '--owner', 'team'],
      'asmith',
      2,
      /--owner must be one of coach, client, both/,
    ],
    [
      'someone outside the cycle',
      ['activity', 'add', 'ID', 'x', '--goal', 'g1'],
      'bkim',
      1,
      /bkim may not change cycle .*only its coach \(jdoe\), its client \(asmith\)/,
    ],
    [
      'a missing goal without a terminal',
      ['activity', 'add', 'x'],
      'jdoe',
      2,
      /usage: timc activity add \[CYCLE\] TEXT --goal G/,
    ],
    [
      'a missing text without a terminal',
      ['activity', 'add', '--goal', 'g1'],
      'jdoe',
      2,
      /usage: timc activity add/,
    ],
    [
      'an unknown activity',
      ['progress', 'a9', '--status', 'done'],
      'asmith',
      1,
      /no activity 'a9' in this cycle: its activities are a1, a2/,
    ],
    [
      'an unknown status',
      ['progress', 'a1', '--status', 'finished'],
      'asmith',
      2,
      /--status must be one of not-started, in-progress, done \(found 'finished'\)/,
    ],
    [
      'a missing status without a terminal',
      ['progress', 'a1'],
      'asmith',
      2,
      /usage: timc progress \[CYCLE\] ACTIVITY --status/,
    ],
    [
      'progress by someone outside the cycle',
      ['progress', 'ID', 'a1', '--status', 'done'],
      'bkim',
      1,
      /bkim may not change cycle/,
    ],
  ])('refuses %s and changes nothing', async (_, args, as, code, message) => {
    const before = await repoState(repo);
    const withId = (args as string[]).map((arg) => (arg === 'ID' ? id : arg));
    const result = await repo.run(withId, { as: as as string });

    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    await expectUnchanged(repo, before);
  });

  it('records progress once per activity, updated in place, keeping a hand-written comment', async () => {
    const args = ['progress', 'a1', '--status', 'in-progress', '--note', 'Day 1'];
    const first = await repo.run(args, {
      as: 'asmith',
      env: { TIMC_NOW: '2026-12-04T09:00:00Z' },
    });
    expect(first.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: progress a1 (in-progress)`,
      files: [progress],
    });

    repo.write(
      progress,
      repo
        .read(progress)
        .replace('  - activity: a1\n', '  # the lab is booked for Thursdays\n  - activity: a1\n'),
    );
    await repo.git(['commit', '-q', '-am', 'a comment by hand']);

    const second = await repo.run(['progress', 'a1', '--status', 'done'], {
      as: 'jdoe',
      env: { TIMC_NOW: '2026-12-05T10:30:00Z' },
    });
    expect(second.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: progress a1 (done)`);

    const text = repo.read(progress);
    expect(text).toContain('# the lab is booked for Thursdays');
    expect(text).toContain('# Phase 3: Monitor Progress.');
    expect(text.match(/- activity: a1/g)).toHaveLength(1);
    expect(text).toContain(
      '  - activity: a1\n    status: done\n    note: Day 1\n' +
        '    updated_at: "2026-12-05T10:30:00Z"',
    );
  });

  it('shows the activities and their progress', async () => {
    const result = await repo.run(['show', id, '--json']);
    const cycle = JSON.parse(result.stdout) as {
      activities: { activities: unknown[] };
      progress: { progress: unknown[] };
    };
    expect(cycle.activities.activities).toHaveLength(2);
    expect(cycle.progress.progress).toEqual([
      { activity: 'a1', status: 'done', note: 'Day 1', updated_at: '2026-12-05T10:30:00Z' },
    ]);
  });
});

describe('the field policy in activity add and progress', () => {
  let repo: TestRepo;
  let id: string;

  beforeAll(async () => {
    repo = await makeRepo({
      settings: { policy: { disabled: ['activities.due', 'progress'], required: [] } },
    });
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    await seedGoals(repo, id, [{ id: 'g1', text: 'Probes' }]);
  });

  it.each([
    [
      'a switched-off field',
      ['activity', 'add', 'x', '--goal', 'g1', '--due', '2026-12-10'],
      /activities\.due is switched off by this program \(policy\.disabled: activities\.due in/,
    ],
    [
      'a switched-off phase',
      ['progress', 'a1', '--status', 'done'],
      /the progress phase is switched off by this program \(policy\.disabled: progress in/,
    ],
  ])('refuses %s, naming the policy', async (_, args, message) => {
    const before = await repoState(repo);
    const result = await repo.run(args, { as: 'jdoe' });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    await expectUnchanged(repo, before);
  });

  it('refuses to work from a phase file a hand edit broke, naming the place', async () => {
    const activities = `${cycleDir(id)}/2-activities.yaml`;
    repo.write(activities, repo.read(activities).replace('activities: []', 'activities: {}'));
    await repo.git(['commit', '-q', '-am', 'broken by hand']);
    const before = await repoState(repo);

    const result = await repo.run(['activity', 'add', 'x', '--goal', 'g1'], { as: 'jdoe' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^timc: ${activities}:\\d+:\\d+: \`activities\` must be a list`),
    );
    await expectUnchanged(repo, before);

    await repo.git(['revert', '--no-edit', 'HEAD']);
  });

  it('still plans an activity without the switched-off field', async () => {
    const result = await repo.run(['activity', 'add', 'x', '--goal', 'g1'], { as: 'jdoe' });
    expect(result.code).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, expectUnchanged, repoState, seedGoals } from '../helpers/cycle-work.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('timc complete and timc reopen', () => {
  let repo: TestRepo;
  let id: string;
  let goals: string;

  beforeAll(async () => {
    repo = await makeRepo({
      settings: {
        policy: { disabled: ['outcomes'], required: ['goals.focus', 'goals.alignment'] },
      },
    });
    id = await repo.startCycle('asmith', ['--coach', 'jdoe']);
    goals = `${cycleDir(id)}/1-goals.yaml`;
    await seedGoals(repo, id, [
      { id: 'g1', text: 'Probes' },
      { id: 'g2', text: 'Arguments' },
    ]);
  });

  it('marks a phase complete with who and when, keeping the comments', async () => {
    const result = await repo.run(['complete', '2'], {
      as: 'asmith',
      env: { TIMC_NOW: '2026-12-05T12:00:00Z' },
    });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Phase 2 (Plan Activities)');
    const activities = `${cycleDir(id)}/2-activities.yaml`;
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: complete phase 2`,
      files: [activities],
    });
    expect(repo.read(activities)).toContain('# Phase 2: Plan Activities.');
    expect(repo.read(activities)).toContain(
      'complete:\n  by: asmith\n  at: "2026-12-05T12:00:00Z"\n',
    );
    const listed = await repo.run(['list', '--json']);
    expect(listed.stdout).toContain('"phases_completed": 1');
  });

  it('says so and changes nothing when the phase is already complete', async () => {
    const before = await repoState(repo);
    const result = await repo.run(['complete', id, 'activities'], { as: 'jdoe' });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'already complete (asmith, 2026-12-05T12:00:00Z); nothing changed',
    );
    await expectUnchanged(repo, before);
  });

  it('reopens it, by the other side', async () => {
    const result = await repo.run(['reopen', '2'], { as: 'jdoe' });

    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toMatchObject({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: reopen phase 2`,
    });
    expect(repo.read(`${cycleDir(id)}/2-activities.yaml`)).not.toMatch(/^complete:/m);
  });

  it.each([
    ['a phase above 5', ['complete', '6'], 2, /no phase '6': give a phase number 1–5/],
    ['phase 0 to reopen', ['reopen', '0'], 2, /no phase '0'/],
    ['a missing phase without a terminal', ['complete'], 2, /usage: timc complete \[CYCLE\] PHASE/],
    [
      'a phase missing what the policy requires',
      ['complete', '1'],
      1,
      new RegExp(
        'phase 1 \\(Set Goals\\) cannot be marked complete: this program requires goals\\.focus, ' +
          'goals\\.alignment \\(g1\\), goals\\.alignment \\(g2\\) ' +
          '\\(policy\\.required in timc\\.yaml\\)',
      ),
    ],
    [
      'a phase the policy switched off',
      ['complete', '4'],
      1,
      /the outcomes phase is switched off by this program \(policy\.disabled: outcomes/,
    ],
    ['someone outside the cycle', ['complete', 'ID', '3'], 1, /bkim may not change cycle/],
  ])('refuses %s and changes nothing', async (name, args, code, message) => {
    const before = await repoState(repo);
    const as = name === 'someone outside the cycle' ? 'bkim' : 'jdoe';
    const result = await repo.run(
      (args as string[]).map((arg) => (arg === 'ID' ? id : arg)),
      {
        as,
      },
    );

    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    await expectUnchanged(repo, before);
  });

  it('completes phase 1 once the required fields are there', async () => {
    const text = repo
      .read(goals)
      .replace('focus: ""', 'focus: Inquiry with probes')
      .replace('text: Probes\n', 'text: Probes\n    alignment: ngss-1\n')
      .replace('text: Arguments\n', 'text: Arguments\n    alignment: ngss-2\n');
    repo.write(goals, text);
    await repo.git(['commit', '-q', '-am', 'focus and alignments by hand']);

    const result = await repo.run(['complete', 'goals'], { as: 'jdoe' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: complete phase 1`);
  });
});

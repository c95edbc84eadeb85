import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, expectUnchanged, repoState } from '../helpers/cycle-work.js';
import {
  makeRepo,
  removeTemporaryFolders,
  STANDARD_MEMBERS,
  type TestRepo,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const ADMIN = { id: 'root', name: 'Ada Admin', email: 'root@example.org', role: 'admin' };

describe('timc reflect', () => {
  let repo: TestRepo;
  let id: string;
  let reflection: string;

  beforeAll(async () => {
    repo = await makeRepo({ members: [...STANDARD_MEMBERS, ADMIN] });
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    reflection = `${cycleDir(id)}/5-reflection.yaml`;
  });

  it("writes each side's own reflection and never touches the other's", async () => {
    const coach = await repo.run(['reflect', 'Questions worked better than answers'], {
      as: 'jdoe',
      env: { TIMC_NOW: '2026-12-10T16:00:00Z' },
    });
    expect(coach.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: reflect (coach)`,
      files: [reflection],
    });

    const client = await repo.run(['reflect', id, 'I will keep the lab routine'], {
      as: 'asmith',
      env: { TIMC_NOW: '2026-12-11T08:00:00Z' },
    });
    expect(client.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: reflect (client)`);

    const again = await repo.run(['reflect', 'I will keep it, and add probes'], { as: 'asmith' });
    expect(again.code).toBe(0);

    const text = repo.read(reflection);
    expect(text).toContain('# Phase 5: Reflect on the Coaching Cycle.');
    expect(text).toContain(
      'coach:\n  text: Questions worked better than answers\n  at: "2026-12-10T16:00:00Z"\n',
    );
    expect(text).toContain('client:\n  text: I will keep it, and add probes\n');
  });

  it.each([
    [
      'an admin who is neither side',
      ['reflect', 'ID', 'Looks good'],
      'root',
      1,
      /root may not reflect in cycle .*only its coach \(jdoe\) or its client \(asmith\) may/,
    ],
    [
      'someone outside the cycle',
      ['reflect', 'ID', 'Looks good'],
      'bkim',
      1,
      /bkim may not change cycle/,
    ],
    [
      'a missing text without a terminal',
      ['reflect'],
      'jdoe',
      2,
      /usage: timc reflect \[CYCLE\] TEXT/,
    ],
    [
      'an admin publishing for a side',
      ['publish', 'ID'],
      'root',
      1,
      /root may not publish in cycle/,
    ],
  ])('refuses %s and changes nothing', async (_, args, as, code, message) => {
    const before = await repoState(repo);
    const result = await repo.run(
      (args as string[]).map((arg) => (arg === 'ID' ? id : arg)),
      {
        as: as as string,
      },
    );

    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    await expectUnchanged(repo, before);
  });

  it('sets and clears only the own publish flag; show tells who has published', async () => {
    const cycleFile = `${cycleDir(id)}/cycle.yaml`;
    const client = await repo.run(['publish'], {
      as: 'asmith',
      env: { TIMC_NOW: '2026-12-12T09:00:00Z' },
    });
    expect(client.code).toBe(0);
    expect(client.stdout).toContain('published by the client only');
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: publish (client)`,
      files: [cycleFile],
    });
    expect(repo.read(cycleFile)).toContain(
      'published:\n  coach: null\n  client: "2026-12-12T09:00:00Z"',
    );

    const coach = await repo.run(['publish', id.slice(-4)], { as: 'jdoe' });
    expect(coach.stdout).toContain('published by both sides: it is in the report');
    expect((await repo.lastCommit()).subject).toBe(`${id}: publish (coach)`);
    const shown = await repo.run(['show', id]);
    expect(shown.stdout).toMatch(/Published: by both \(coach .*, client 2026-12-12T09:00:00Z\)/);

    const unpublished = await repo.run(['unpublish'], { as: 'asmith' });
    expect(unpublished.code).toBe(0);
    expect(await repo.lastCommit()).toMatchObject({ subject: `${id}: unpublish (client)` });
    expect(repo.read(cycleFile)).toMatch(/published:\n {2}coach: "[^"]+"\n {2}client: null/);
  });

  it('says so and changes nothing when the flag is already as asked', async () => {
    const before = await repoState(repo);
    const again = await repo.run(['unpublish'], { as: 'asmith' });

    expect(again.code).toBe(0);
    expect(again.stdout).toContain('You (client) have not published it; nothing changed');
    await expectUnchanged(repo, before);
  });
});

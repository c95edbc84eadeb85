import { existsSync, mkdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const CLEAN = /^Checked \d+ files: no problems\n$/;

describe('timc validate remembers its result for an unchanged repository', () => {
  let repo: TestRepo;
  let cycleFile: string;

  beforeAll(async () => {
    repo = await makeRepo();
    const id = await repo.startCycle('jdoe', ['--client', 'asmith', '--focus', 'Inquiry']);
    cycleFile = `cycles/${id.slice(0, 4)}/${id}/cycle.yaml`;

    const first = await repo.run(['validate']);
    expect(first.stdout).toMatch(CLEAN);
    expect(existsSync(join(repo.root, '.git/timc/cache-v1/validate'))).toBe(true);
  });

  it('checks again when a file changed in the work tree, is staged, or committed', async () => {
    const original = repo.read(cycleFile);
    repo.write(cycleFile, original.replace('coach: jdoe', 'coach: Not-An-Id'));
    const changed = await repo.run(['validate']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`${cycleFile}:`);

    await repo.git(['add', '--', cycleFile]);
    expect((await repo.run(['validate'])).code).toBe(1);
    await repo.git(['commit', '-q', '-m', 'test: a broken coach']);
    expect((await repo.run(['validate'])).code).toBe(1);

    repo.write(cycleFile, original);
    expect((await repo.run(['validate'])).stdout).toMatch(CLEAN);
    await repo.git(['commit', '-q', '-am', 'test: the coach again']);
    expect((await repo.run(['validate'])).stdout).toMatch(CLEAN);
  });

  it('checks again when a file or an empty cycle folder appears, untracked', async () => {
    const stray = `${cycleFile.replace('cycle.yaml', '')}notes.txt`;
    repo.write(stray, 'a note\n');
    const withStray = await repo.run(['validate']);
    expect(withStray.code).toBe(1);
    expect(withStray.stdout).toContain(stray);
    unlinkSync(join(repo.root, stray));

    const empty = join(repo.root, 'cycles/2026/20260101-bkim-zzzz');
    mkdirSync(empty);
    const withFolder = await repo.run(['validate']);
    expect(withFolder.code).toBe(1);
    expect(withFolder.stdout).toContain('20260101-bkim-zzzz');
    rmdirSync(empty);

    expect((await repo.run(['validate'])).stdout).toMatch(CLEAN);
  });

  it('prints the same problems from memory as when it checked', async () => {
    const goals = cycleFile.replace('cycle.yaml', '1-goals.yaml');
    const evidence = 'supporting_data:\n  - tim: {member: asmith, id: t1}\n';
    repo.write(goals, repo.read(goals).replace('supporting_data: []\n', evidence));
    await repo.git(['commit', '-q', '-am', 'test: TIM evidence without access']);

    const checked = await repo.run(['validate']);
    expect(checked.stdout).toMatch(/: warning: .*\[tim-consent\]/);
    expect(repo.read('.git/timc/cache-v1/validate')).toContain('tim-consent');
    expect(await repo.run(['validate'])).toEqual(checked);
  });
});

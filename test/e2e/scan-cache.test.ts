import { readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

/** Enough cycles for `timc list` to ask git and use its caches (below ten it reads the files). */
const CYCLES = 12;

function cycleId(n: number): string {
  return `20260105-asmith-x${String(n).padStart(3, '0')}`;
}

function folderOf(n: number): string {
  return `cycles/2026/${cycleId(n)}`;
}

function writeCycle(repo: TestRepo, n: number): void {
  const folder = folderOf(n);
  const two = String(n).padStart(2, '0');
  repo.write(
    `${folder}/cycle.yaml`,
    `id: ${cycleId(n)}\ncoach: jdoe\nclient: asmith\ncreated_at: "2026-01-05T10:00:${two}Z"\n` +
      `title: Cycle ${two}\n`,
  );
  repo.write(
    `${folder}/1-goals.yaml`,
    `focus: Focus ${n}\ngoals:\n  - id: g1\n    text: A goal\n` +
      'complete:\n  by: jdoe\n  at: "2026-01-06T10:00:00Z"\n',
  );
  repo.write(`${folder}/2-activities.yaml`, 'activities: []\n');
  repo.write(`${folder}/3-progress.yaml`, 'progress: []\n');
  repo.write(`${folder}/4-outcomes.yaml`, 'outcomes: []\n');
  repo.write(`${folder}/5-reflection.yaml`, '{}\n');
  repo.write(
    `${folder}/checkins/20260107T100000Z-jdoe.yaml`,
    `author: jdoe\nat: "2026-01-07T10:00:00Z"\nkind: event\ntext: Check-in of cycle ${n}\n`,
  );
}

interface ListedCycle {
  id: string;
  title: string | null;
  focus: string | null;
  phases_completed: number;
}

async function listCycles(repo: TestRepo): Promise<Map<string, ListedCycle>> {
  const result = await repo.run(['list', '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return new Map((JSON.parse(result.stdout) as ListedCycle[]).map((cycle) => [cycle.id, cycle]));
}

function replaceIn(repo: TestRepo, relPath: string, from: string, to: string): void {
  repo.write(relPath, repo.read(relPath).replace(from, to));
}

/** Rewrites a file in place with text of the same length, keeping its modification time. */
function rewriteKeepingTime(repo: TestRepo, relPath: string, from: string, to: string): void {
  const path = join(repo.root, relPath);
  const { atime, mtime, size } = statSync(path);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  utimesSync(path, atime, mtime);
  expect(statSync(path).size).toBe(size);
}

describe('the cache of cycle summaries behind timc list', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo();
    for (let n = 1; n <= CYCLES; n += 1) writeCycle(repo, n);
    await repo.git(['add', '.']);
    await repo.git(['commit', '-q', '-m', 'test: twelve cycles']);

    const cold = await listCycles(repo);
    expect(cold.size).toBe(CYCLES);
    expect(repo.read('.git/timc/cache-v1/summaries')).toContain(cycleId(1));
  });

  it('sees a change made in the work tree and not committed, and its undoing', async () => {
    replaceIn(repo, `${folderOf(1)}/cycle.yaml`, 'Cycle 01', 'Renamed');
    expect((await listCycles(repo)).get(cycleId(1))?.title).toBe('Renamed');

    await repo.git(['checkout', '--', `${folderOf(1)}/cycle.yaml`]);
    expect((await listCycles(repo)).get(cycleId(1))?.title).toBe('Cycle 01');
  });

  it('sees a change of the same size written with the old modification time', async () => {
    rewriteKeepingTime(repo, `${folderOf(2)}/cycle.yaml`, 'Cycle 02', 'Cycle XY');
    expect((await listCycles(repo)).get(cycleId(2))?.title).toBe('Cycle XY');
  });

  it('sees staged, committed and deleted files', async () => {
    repo.write(`${folderOf(3)}/1-goals.yaml`, 'focus: Staged focus\n');
    await repo.git(['add', '--', `${folderOf(3)}/1-goals.yaml`]);
    const staged = (await listCycles(repo)).get(cycleId(3));
    expect([staged?.focus, staged?.phases_completed]).toEqual(['Staged focus', 0]);

    await repo.git(['commit', '-q', '-m', 'test: a new focus']);
    expect((await listCycles(repo)).get(cycleId(3))?.focus).toBe('Staged focus');

    unlinkSync(join(repo.root, `${folderOf(4)}/1-goals.yaml`));
    const deleted = (await listCycles(repo)).get(cycleId(4));
    expect([deleted?.focus, deleted?.phases_completed]).toEqual([null, 0]);
  });

  it('sees an uncommitted new cycle, and a file git is told to assume unchanged', async () => {
    writeCycle(repo, 13);
    await repo.git(['update-index', '--assume-unchanged', `${folderOf(5)}/cycle.yaml`]);
    replaceIn(repo, `${folderOf(5)}/cycle.yaml`, 'Cycle 05', 'Hidden from git');

    const cycles = await listCycles(repo);
    expect(cycles.get(cycleId(13))?.title).toBe('Cycle 13');
    expect(cycles.get(cycleId(5))?.title).toBe('Hidden from git');
  });

  it('ignores a cache file cut short and one written by another build', async () => {
    const summaries = join(repo.root, '.git/timc/cache-v1/summaries');
    const text = readFileSync(summaries, 'utf8');
    writeFileSync(summaries, text.slice(0, Math.floor(text.length / 2)));
    const other = 'timc-cache-v1 another-build\nx\ty\ntimc-cache-end 1\n';
    writeFileSync(join(repo.root, '.git/timc/cache-v1/files'), other);
    replaceIn(repo, `${folderOf(6)}/cycle.yaml`, 'Cycle 06', 'Fresh');

    const cycles = await listCycles(repo);
    expect(cycles.size).toBe(CYCLES + 1);
    expect(cycles.get(cycleId(6))?.title).toBe('Fresh');
    expect(cycles.get(cycleId(8))?.title).toBe('Cycle 08');
  });

  it('reads members.yaml afresh when it changes in the work tree', async () => {
    const before = await repo.run(['show', cycleId(7)]);
    expect(before.stdout).toContain('Coach:     Jordan Doe (jdoe)');

    repo.write('members.yaml', repo.read('members.yaml').replace('Jordan Doe', 'Jordan Q. Doe'));
    const after = await repo.run(['show', cycleId(7)]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Coach:     Jordan Q. Doe (jdoe)');
  });
});

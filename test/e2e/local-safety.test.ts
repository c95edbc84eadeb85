import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import {
  isolatedEnv,
  makeRepo,
  removeTemporaryFolders,
  TIMC_BIN,
  type TestRepo,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

function memberIds(repo: TestRepo): string[] {
  const data = parse(repo.read('members.yaml')) as { members: { id: string; name: string }[] };
  for (const member of data.members) expect(typeof member.name).toBe('string');
  return data.members.map((member) => member.id);
}

describe('two timc commands at the same moment in one clone', () => {
  it('both succeed: two members added at once are both kept, each in its own commit', async () => {
    const repo = await makeRepo();
    const commitsBefore = await repo.commitCount();
    const names = ['ccole', 'ddiaz', 'eeng'];

    const results = await Promise.all(
      names.map((id) => repo.run(['member', 'add', id, '--name', `Person ${id}`])),
    );

    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(memberIds(repo)).toEqual(expect.arrayContaining(names));
    expect(await repo.commitCount()).toBe(commitsBefore + names.length);
    expect(await repo.status()).toBe('');
  });

  it('both succeed: two cycles started at once', async () => {
    const repo = await makeRepo();
    const [one, two] = await Promise.all([
      repo.run(['new', '--client', 'asmith', '--json'], { as: 'jdoe' }),
      repo.run(['new', '--client', 'bkim', '--json'], { as: 'jdoe' }),
    ]);

    expect(one.stderr + two.stderr).toBe('');
    expect([one.code, two.code]).toEqual([0, 0]);
    const ids = [one, two].map((result) => (JSON.parse(result.stdout) as { id: string }).id);
    for (const id of ids) {
      expect(existsSync(`${repo.root}/cycles/${id.slice(0, 4)}/${id}/cycle.yaml`)).toBe(true);
    }
    const subjects = (await repo.git(['log', '--format=%s', '-2'])).split('\n');
    expect(subjects.filter((subject) => subject.includes(': start cycle'))).toHaveLength(2);
    expect(await repo.status()).toBe('');
  });
});

describe("a command that finds git's index.lock held", () => {
  it('retries until it is released, then commits', async () => {
    const repo = await makeRepo();
    const lock = join(repo.root, '.git', 'index.lock');
    writeFileSync(lock, '');
    const running = repo.run(['member', 'add', 'llock', '--name', 'Waited']);
    while (!repo.read('members.yaml').includes('llock')) await sleep(20);
    await sleep(300);
    rmSync(lock);

    const result = await running;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe('members: add llock (Waited)');
    expect(await repo.status()).toBe('');
  });
});

/**
 * Starts the commands at once and kills most of them at a random moment of their write: when
 * the temporary file appears (its name holds the process id), after 0 to 30 ms more (mostly
 * less). They take turns through the clone lock, so a killed one leaves a lock to take over.
 */
async function startAndKillDuringWrites(repo: TestRepo, commands: string[][]): Promise<number> {
  const children = commands.map((args) =>
    spawn(process.execPath, [TIMC_BIN, ...args], {
      cwd: repo.root,
      env: isolatedEnv(repo.home),
      stdio: 'ignore',
    }),
  );
  const byPid = new Map(children.map((child) => [child.pid, child]));
  let killed = 0;
  const watcher = watch(repo.root, (_, name) => {
    const pid = Number(/\.(\d+)-[0-9a-f]{8}\.tmp$/.exec(String(name))?.[1]);
    const child = byPid.get(pid);
    if (!child) return;
    byPid.delete(pid);
    if (Math.random() < 0.2) return;
    setTimeout(
      () => {
        if (child.exitCode === null && child.kill('SIGKILL')) killed += 1;
      },
      Math.random() * Math.random() * 30,
    );
  });

  await Promise.all(children.map((child) => new Promise((resolve) => child.on('exit', resolve))));
  watcher.close();
  return killed;
}

function temporaryFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.tmp'));
}

describe('a timc command killed while it writes', () => {
  it('never leaves a partial or empty file, nor a lock that blocks the next', async () => {
    const repo = await makeRepo();
    const commands = Array.from({ length: 8 }, (_, index) => [
      'member',
      'add',
      `k${index}`,
      '--name',
      `Killed ${index}`,
    ]);

    const killed = await startAndKillDuringWrites(repo, commands);

    expect(killed).toBeGreaterThan(0);
    expect(await repo.status()).not.toContain('.tmp');
    expect(repo.read('members.yaml').length).toBeGreaterThan(0);
    expect(memberIds(repo)).toEqual(expect.arrayContaining(['jdoe', 'asmith', 'mrivera', 'bkim']));

    const deadPid = spawnSync('true').pid;
    repo.write(`.members.yaml.${deadPid}-0123abcd.tmp`, 'members: [');
    expect(await repo.status()).not.toContain('.tmp');

    const after = await repo.run(['member', 'add', 'zlast', '--name', 'After the kills']);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(memberIds(repo)).toContain('zlast');
    expect(temporaryFiles(repo.root)).toEqual([]);
    expect(await repo.git(['ls-files', '*.tmp', '.*.tmp'])).toBe('');
    expect(await repo.status()).toBe('');
  });
});

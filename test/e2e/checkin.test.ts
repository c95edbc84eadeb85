import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, expectUnchanged, repoState, seedGoals } from '../helpers/cycle-work.js';
import {
  makeRepo,
  removeTemporaryFolders,
  STANDARD_MEMBERS,
  type TestRepo,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const SAME_SECOND = { TIMC_NOW: '2026-12-04T15:20:07Z' };

describe('timc checkin', () => {
  let repo: TestRepo;
  let id: string;
  let folder: string;

  const checkinFiles = () => readdirSync(join(repo.root, folder)).sort();

  beforeAll(async () => {
    repo = await makeRepo({
      members: [
        ...STANDARD_MEMBERS,
        { id: 'root', name: 'Ada Admin', email: 'root@example.org', role: 'admin' },
      ],
    });
    id = await repo.startCycle('asmith', ['--coach', 'jdoe']);
    folder = `${cycleDir(id)}/checkins`;
    await seedGoals(repo, id, [{ id: 'g1', text: 'Probes' }]);
    const planned = await repo.run(['activity', 'add', 'Probe lab', '--goal', 'g1'], {
      as: 'jdoe',
    });
    expect(planned.code).toBe(0);
  });

  it('puts check-ins by the two sides in the same second in two files, one commit each', async () => {
    const client = await repo.run(
      ['checkin', '--kind', 'obstacle', 'The probes ran out of battery', '--activity', 'a1'],
      { as: 'asmith', env: SAME_SECOND },
    );
    const coach = await repo.run(['checkin', id, '--kind', 'success', 'Great discussion'], {
      as: 'jdoe',
      env: SAME_SECOND,
    });

    expect([client.code, coach.code, client.stderr, coach.stderr]).toEqual([0, 0, '', '']);
    expect(checkinFiles()).toEqual(['20261204T152007Z-asmith.yaml', '20261204T152007Z-jdoe.yaml']);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: add check-in (success)`,
      files: [`${folder}/20261204T152007Z-jdoe.yaml`],
    });
    expect(repo.read(`${folder}/20261204T152007Z-asmith.yaml`)).toBe(
      '# yaml-language-server: $schema=../../../../.timc/schemas/checkin.schema.json\n' +
        'author: asmith\nat: "2026-12-04T15:20:07Z"\nkind: obstacle\n' +
        'text: The probes ran out of battery\nactivity: a1\n',
    );
  });

  it('gives a second check-in by one member in the same second a -2 suffix', async () => {
    const again = await repo.run(['checkin', '--kind', 'insight', 'Batteries first', '--json'], {
      as: 'asmith',
      env: SAME_SECOND,
    });

    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      file: `${folder}/20261204T152007Z-asmith-2.yaml`,
      committed: true,
    });
    expect(repo.read(`${folder}/20261204T152007Z-asmith.yaml`)).toContain('kind: obstacle');
  });

  it('never overwrites a file when one member logs twice at the very same moment', async () => {
    const moment = { TIMC_NOW: '2026-12-04T16:00:00Z' };
    const results = await Promise.all(
      ['first', 'second', 'third'].map((text) =>
        repo.run(['--no-commit', 'checkin', '--kind', 'event', text], { as: 'jdoe', env: moment }),
      ),
    );

    expect(results.map((result) => result.code)).toEqual([0, 0, 0]);
    const names = checkinFiles().filter((name) => name.startsWith('20261204T160000Z'));
    expect(names).toEqual([
      '20261204T160000Z-jdoe-2.yaml',
      '20261204T160000Z-jdoe-3.yaml',
      '20261204T160000Z-jdoe.yaml',
    ]);
    const texts = names.map((name) => /text: (\w+)/.exec(repo.read(`${folder}/${name}`))?.[1]);
    expect(texts.sort()).toEqual(['first', 'second', 'third']);
    await repo.git(['add', '--', folder]);
    await repo.git(['commit', '-q', '-m', 'check-ins logged without committing']);
  });

  it.each([
    [
      'an unknown kind',
      ['checkin', '--kind', 'problem', 'x'],
      'jdoe',
      2,
      /--kind must be one of event, question, insight, obstacle, success \(found 'problem'\)/,
    ],
    [
      'an unknown activity',
      ['checkin', '--kind', 'event', 'x', '--activity', 'a5'],
      'jdoe',
      1,
      /no activity 'a5' in this cycle: its activities are a1/,
    ],
    [
      'a missing kind without a terminal',
      ['checkin', 'x'],
      'asmith',
      2,
      /usage: timc checkin \[CYCLE\] --kind event\|question\|insight\|obstacle\|success TEXT/,
    ],
    [
      'a missing text without a terminal',
      ['checkin', '--kind', 'event'],
      'asmith',
      2,
      /usage: timc checkin/,
    ],
    [
      'someone outside the cycle',
      ['checkin', 'ID', '--kind', 'event', 'x'],
      'bkim',
      1,
      /bkim may not change cycle/,
    ],
    [
      'an admin, who is neither side',
      ['checkin', 'ID', '--kind', 'event', 'x'],
      'root',
      1,
      /root may not log a check-in in cycle .*only its coach \(jdoe\) or its client \(asmith\)/,
    ],
  ])('refuses %s and changes nothing', async (_, args, as, code, message) => {
    const before = await repoState(repo);
    const withId = (args as string[]).map((arg) => (arg === 'ID' ? id : arg));
    const result = await repo.run(withId, { as: as as string });

    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    await expectUnchanged(repo, before);
  });

  it('shows the check-ins in time order with their authors', async () => {
    const result = await repo.run(['show', id]);
    const lines = result.stdout.split('\n').filter((line) => /^ {4}2026-12-04T/.test(line));
    const head = /^\s+(\S+)\s+(\S+)\s+([a-z]+)/;
    const heads = lines.map((line) => head.exec(line)!.slice(1).join(' '));
    expect(heads).toEqual([
      '2026-12-04T15:20:07Z asmith obstacle',
      '2026-12-04T15:20:07Z asmith insight',
      '2026-12-04T15:20:07Z jdoe success',
      '2026-12-04T16:00:00Z jdoe event',
      '2026-12-04T16:00:00Z jdoe event',
      '2026-12-04T16:00:00Z jdoe event',
    ]);
  });
});

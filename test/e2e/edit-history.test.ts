import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, expectUnchanged, repoState, seedGoals } from '../helpers/cycle-work.js';
import {
  makeRepo,
  removeTemporaryFolders,
  temporaryFolder,
  type TestRepo,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

/** An "editor" for tests: a shell script that rewrites the file it is given with sed. */
function fakeEditor(sedScript: string): string {
  const folder = temporaryFolder('timc-editor-');
  const path = join(folder, 'edit.sh');
  writeFileSync(path, `#!/bin/sh\ntouch "${folder}/opened"\nsed -i '${sedScript}' "$1"\n`);
  chmodSync(path, 0o755);
  return path;
}

const openedBy = (editor: string) => existsSync(join(editor, '..', 'opened'));

describe('timc edit', () => {
  let repo: TestRepo;
  let id: string;
  let goals: string;

  beforeAll(async () => {
    repo = await makeRepo({ settings: { policy: { disabled: ['outcomes'], required: [] } } });
    id = await repo.startCycle('jdoe', ['--client', 'asmith', '--focus', 'Probes']);
    goals = `${cycleDir(id)}/1-goals.yaml`;
    await seedGoals(repo, id, [{ id: 'g1', text: 'Probes' }]);
  });

  it('commits a valid edit as the member, only that file, with the comments', async () => {
    const editor = fakeEditor('s/text: Probes$/text: Probes in every lab # 30 were bought/');
    const result = await repo.run(['edit', '1'], { as: 'jdoe', env: { EDITOR: editor } });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: edit 1-goals.yaml`,
      files: [goals],
    });
    const text = repo.read(goals);
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('# Phase 1: Set Goals.');
    expect(text).toContain('text: Probes in every lab # 30 were bought');
  });

  it('keeps an invalid edit out of git without a terminal, leaving it on disk', async () => {
    const head = await repo.git(['rev-parse', 'HEAD']);
    const editor = fakeEditor('s/- id: g1/- id: [g1/');
    const result = await repo.run(['edit', id.slice(-4), 'goals'], {
      as: 'asmith',
      env: { VISUAL: editor, EDITOR: 'false' },
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${goals}:\\d+:\\d+: not valid YAML`, 'm'));
    expect(result.stderr).toMatch(
      /has the problems above, so it was not committed; it is left as you edited it/,
    );
    expect(repo.read(goals)).toContain('- id: [g1');
    expect(await repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(await repo.status()).toBe(` M ${goals}\n`);
    await repo.git(['checkout', '--', goals]);
  });

  it.each([
    [
      'a value the schema refuses',
      '2',
      's/activities: \\[\\]/activities: [{id: a1, owner: team}]/',
      'jdoe',
      /2-activities\.yaml:\d+:\d+: `owner` must be one of coach, client, both/,
    ],
    [
      "the other side's reflection",
      '5',
      's/{}/{coach: {text: mine}}/',
      'asmith',
      /5-reflection\.yaml: `coach` may not be changed here: only the coach writes/,
    ],
    [
      "the coach giving the client's TIM access",
      'cycle',
      's/tim_access: false/tim_access: true/',
      'jdoe',
      /cycle\.yaml: `tim_access` may not be changed here: only the client/,
    ],
  ])('refuses %s and commits nothing', async (_, phase, sedScript, as, message) => {
    const before = await repoState(repo);
    const result = await repo.run(['edit', phase], {
      as,
      env: { EDITOR: fakeEditor(sedScript) },
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    await repo.git(['checkout', '--', cycleDir(id)]);
    await expectUnchanged(repo, before);
  });

  it.each([
    ['a phase out of 1–5', ['edit', '9'], 'jdoe', 2, /no phase '9'/],
    [
      'a missing phase without a terminal',
      ['edit'],
      'jdoe',
      2,
      /usage: timc edit \[CYCLE\] \[PHASE\]/,
    ],
    ['someone outside the cycle', ['edit', 'ID', '1'], 'bkim', 1, /bkim may not change cycle/],
    [
      'a phase the policy switched off',
      ['edit', '4'],
      'asmith',
      1,
      /the outcomes phase is switched off by this program \(policy\.disabled: outcomes/,
    ],
  ])('refuses %s before opening the editor', async (_, args, as, code, message) => {
    const before = await repoState(repo);
    const editor = fakeEditor('s/a/b/');
    const result = await repo.run(
      (args as string[]).map((arg) => (arg === 'ID' ? id : arg)),
      {
        as: as as string,
        env: { EDITOR: editor },
      },
    );

    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    expect(openedBy(editor)).toBe(false);
    await expectUnchanged(repo, before);
  });

  it('commits nothing when the editor changes nothing', async () => {
    const before = await repoState(repo);
    const result = await repo.run(['edit', 'cycle'], { as: 'asmith', env: { EDITOR: 'true' } });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No change');
    await expectUnchanged(repo, before);
  });

  it("lets the client edit the cycle's title and TIM access", async () => {
    const editor = fakeEditor('s/tim_access: false/tim_access: true/; s/^id:/title: Probes\\nid:/');
    const result = await repo.run(['edit', 'cycle'], { as: 'asmith', env: { EDITOR: editor } });

    expect(result.stderr).toBe('');
    expect(await repo.lastCommit()).toMatchObject({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: edit cycle.yaml`,
    });
    expect(repo.read(`${cycleDir(id)}/cycle.yaml`)).toMatch(
      /title: Probes\nid: .*tim_access: true/s,
    );
  });
});

describe('timc history', () => {
  let repo: TestRepo;
  let id: string;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    await repo.run(['checkin', '--kind', 'question', 'When is the lab free?'], { as: 'asmith' });
    await repo.run(['reflect', 'Good start'], { as: 'jdoe' });
    const reflection = `${cycleDir(id)}/5-reflection.yaml`;
    repo.write(reflection, `${repo.read(reflection)}# a note by hand\n`);
    await repo.git(['commit', '-q', '-m', 'Add a note', '--', reflection]);
  });

  it('lists when, who and what, oldest first, hand commits included', async () => {
    const result = await repo.run(['history', id]);

    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^when\s+who\s+what$/);
    const whoAndWhat = (row: string) => row.replace(/^\S+Z\s+/, '').replace(/\s{2,}/, ' | ');
    expect(rows.slice(1).map(whoAndWhat)).toEqual([
      'jdoe | start cycle (coach jdoe, client asmith)',
      'asmith | add check-in (question)',
      'jdoe | reflect (coach)',
      'Test Runner <runner@example.org> | Add a note',
    ]);
  });

  it('gives JSON, and finds commits by message with --by-message', async () => {
    const result = await repo.run(['history', id.slice(-4), '--by-message', '--json']);
    const entries = JSON.parse(result.stdout) as { member?: string; what: string; at: string }[];

    expect(entries.map((entry) => [entry.member, entry.what])).toEqual([
      ['jdoe', 'start cycle (coach jdoe, client asmith)'],
      ['asmith', 'add check-in (question)'],
      ['jdoe', 'reflect (coach)'],
    ]);
    expect(entries[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

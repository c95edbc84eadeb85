import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cycleDir, seedGoals } from '../helpers/cycle-work.js';
import {
  makeRepo,
  removeTemporaryFolders,
  temporaryFolder,
  type TestRepo,
} from '../helpers/repo.js';
import { KEY, runOnTerminal } from '../helpers/pty.js';

afterAll(removeTemporaryFolders);

describe('prompts at a terminal', () => {
  let repo: TestRepo;
  let id: string;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    await seedGoals(repo, id, [
      { id: 'g1', text: 'Probes' },
      { id: 'g2', text: 'Arguments' },
    ]);
  });

  it('activity add asks for the text, the goal, the owner and a real due date', async () => {
    const result = await runOnTerminal(
      repo,
      ['activity', 'add'],
      [
        { expect: 'What will be done?', send: `Probe lab${KEY.enter}` },
        { expect: 'For which goal?', send: `${KEY.down}${KEY.enter}` },
        { expect: 'Who does it?', send: `${KEY.down}${KEY.enter}` },
        { expect: 'Due date', send: `2026-02-30${KEY.enter}` },
        { expect: 'a date like 2026-12-03', send: `${'\x7f'.repeat(10)}2026-12-10${KEY.enter}` },
      ],
      { as: 'jdoe' },
    );

    expect(result.output).toContain(`Added activity a1 to ${id}`);
    expect(result.code).toBe(0);
    expect(repo.read(`${cycleDir(id)}/2-activities.yaml`)).toContain(
      'activities:\n  - id: a1\n    goal: g2\n    text: Probe lab\n    owner: client\n' +
        '    due: "2026-12-10"\n',
    );
  });

  it('checkin asks for the kind from a list, the text and the activity', async () => {
    const result = await runOnTerminal(
      repo,
      ['checkin'],
      [
        { expect: 'What kind of check-in?', send: `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}` },
        { expect: 'What happened?', send: `The probes ran out of battery${KEY.enter}` },
        { expect: 'About which activity?', send: `${KEY.down}${KEY.enter}` },
      ],
      { as: 'asmith', env: { TIMC_NOW: '2026-12-04T10:00:00Z' } },
    );

    expect(result.code).toBe(0);
    expect(repo.read(`${cycleDir(id)}/checkins/20261204T100000Z-asmith.yaml`)).toContain(
      'kind: obstacle\ntext: The probes ran out of battery\nactivity: a1\n',
    );
    expect((await repo.lastCommit()).subject).toBe(`${id}: add check-in (obstacle)`);
  });

  it('progress asks for the activity, the status and a note; reflect for the text', async () => {
    const progress = await runOnTerminal(
      repo,
      ['progress'],
      [
        { expect: 'Which activity?', send: KEY.enter },
        { expect: 'Status of a1', send: `${KEY.down}${KEY.enter}` },
        { expect: 'Note (optional)', send: `Booked the lab${KEY.enter}` },
      ],
      { as: 'asmith' },
    );
    expect(progress.code).toBe(0);
    expect(repo.read(`${cycleDir(id)}/3-progress.yaml`)).toContain(
      '  - activity: a1\n    status: in-progress\n    note: Booked the lab\n',
    );

    const reflect = await runOnTerminal(
      repo,
      ['reflect'],
      [{ expect: 'Your reflection as the client', send: `Probes help${KEY.enter}` }],
      { as: 'asmith' },
    );
    expect(reflect.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: reflect (client)`);
  });

  it('edit offers an invalid edit back, and commits it once it is fixed', async () => {
    const folder = temporaryFolder('timc-editor-');
    const editor = join(folder, 'edit.sh');
    writeFileSync(
      editor,
      [
        '#!/bin/sh',
        `if [ -e "${folder}/once" ]; then`,
        `  sed -i 's/- id: \\[g1/- id: g1/; s/: Probes$/: Probes daily/' "$1"; exit 0`,
        'fi',
        `touch "${folder}/once"`,
        `sed -i 's/- id: g1/- id: [g1/' "$1"`,
        '',
      ].join('\n'),
    );
    chmodSync(editor, 0o755);
    const commits = await repo.commitCount();

    const result = await runOnTerminal(
      repo,
      ['edit', 'goals'],
      [{ expect: 'What now?', send: KEY.enter }],
      { as: 'asmith', env: { EDITOR: editor } },
    );

    expect(result.output).toMatch(/1-goals\.yaml:\d+:\d+: not valid YAML/);
    expect(result.code).toBe(0);
    expect(await repo.commitCount()).toBe(commits + 1);
    expect(await repo.lastCommit()).toMatchObject({ subject: `${id}: edit 1-goals.yaml` });
    expect(repo.read(`${cycleDir(id)}/1-goals.yaml`)).toContain(
      '  - id: g1\n    text: Probes daily\n',
    );
  });

  it('complete lists the open phases to choose from', async () => {
    const result = await runOnTerminal(
      repo,
      ['complete'],
      [{ expect: 'Mark which phase complete?', send: `${KEY.down}${KEY.down}${KEY.enter}` }],
      { as: 'jdoe' },
    );

    expect(result.code).toBe(0);
    expect(result.output).toContain('Phase 3 (Monitor Progress)');
    expect((await repo.lastCommit()).subject).toBe(`${id}: complete phase 3`);
  });
});

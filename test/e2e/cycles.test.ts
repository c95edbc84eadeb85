import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const CYCLE_FILES = [
  '1-goals.yaml',
  '2-activities.yaml',
  '3-progress.yaml',
  '4-outcomes.yaml',
  '5-reflection.yaml',
  'cycle.yaml',
];

describe('timc new', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo();
  });

  it('starts a cycle by the coach, committed as the coach with exactly the cycle files', async () => {
    const result = await repo.run(
      ['new', '--client', 'asmith', '--focus', 'Inquiry', '--title', 'Science'],
      { as: 'jdoe' },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const id = /Started cycle (\S+):/.exec(result.stdout)![1]!;
    expect(id).toMatch(/^\d{8}-asmith-[a-z0-9]{4}$/);

    const commit = await repo.lastCommit();
    expect(commit.author).toBe('Jordan Doe <jdoe@example.org>');
    expect(commit.subject).toBe(`${id}: start cycle (coach jdoe, client asmith)`);
    const folder = `cycles/${id.slice(0, 4)}/${id}`;
    expect(commit.files).toEqual(CYCLE_FILES.map((file) => `${folder}/${file}`));

    const info = repo.read(`${folder}/cycle.yaml`);
    expect(info).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/\.timc\/schemas\/cycle\.schema\.json\n/,
    );
    expect(info).toMatch(/\ncoach: jdoe\n/);
    expect(info).toMatch(/\ncreated_at: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\n/);
    expect(info).toMatch(/\nschool: maple\n/);
    expect(repo.read(`${folder}/1-goals.yaml`)).toMatch(/\nfocus: Inquiry\n/);
    expect(await repo.status()).toBe('');
  });

  it('starts a cycle by the client, and one by a coordinator with assign', async () => {
    const byClient = await repo.startCycle('asmith', ['--coach', 'jdoe']);
    const byCoordinator = await repo.startCycle('mrivera', [
      '--coach',
      'bkim',
      '--client',
      'asmith',
    ]);

    const show = JSON.parse((await repo.run(['show', byCoordinator, '--json'])).stdout);
    expect(show.info).toMatchObject({ coach: 'bkim', client: 'asmith', created_by: 'mrivera' });
    expect((await repo.lastCommit()).author).toBe('Maria Rivera <mrivera@example.org>');

    const fromClient = JSON.parse((await repo.run(['show', byClient, '--json'])).stdout);
    expect(fromClient.info).toMatchObject({
      coach: 'jdoe',
      client: 'asmith',
      created_by: 'asmith',
    });
  });

  it('refuses a non-member, a member without assign, and coaching oneself', async () => {
    const commits = await repo.commitCount();
    const outsider = await repo.run(['new', '--client', 'asmith'], { as: 'nobody' });
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toMatch(/--as nobody: no such member in members.yaml/);

    const byEmail = await repo.run(['new', '--client', 'asmith']);
    expect(byEmail.code).toBe(1);
    expect(byEmail.stderr).toMatch(/no member in members.yaml has the email runner@example.org/);

    const noAssign = await repo.run(['new', '--coach', 'jdoe', '--client', 'asmith'], {
      as: 'bkim',
    });
    expect(noAssign.code).toBe(1);
    expect(noAssign.stderr).toMatch(
      /bkim may not start a cycle for jdoe and asmith: only the coach, the client or a member whose role grants assign \(coordinator, admin\) may/,
    );

    const self = await repo.run(['new', '--client', 'jdoe'], { as: 'jdoe' });
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/must be two people/);

    const unknown = await repo.run(['new', '--client', 'ghost'], { as: 'jdoe' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no member 'ghost'/);

    expect(await repo.commitCount()).toBe(commits);
    expect(await repo.status()).toBe('');
  });

  it('recognises the member from TIMC_MEMBER and from git user.email', async () => {
    const viaEnv = await repo.run(['whoami', '--json'], { env: { TIMC_MEMBER: 'asmith' } });
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ id: 'asmith', permissions: [] });

    await repo.git(['config', 'user.email', 'MRIVERA@example.org']);
    const viaGit = await repo.run(['whoami', '--json']);
    await repo.git(['config', 'user.email', 'runner@example.org']);
    expect(JSON.parse(viaGit.stdout)).toMatchObject({
      id: 'mrivera',
      permissions: ['assign', 'report'],
    });
  });

  it('never waits without a terminal: a missing argument exits 2 with usage', async () => {
    const result = await repo.run(['new'], { as: 'jdoe' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: timc new --client ID/);
  });

  it('leaves the change uncommitted with --no-commit', async () => {
    const commits = await repo.commitCount();
    const result = await repo.run(['new', '--client', 'bkim', '--no-commit'], { as: 'jdoe' });
    expect(result.code).toBe(0);
    expect(await repo.commitCount()).toBe(commits);
    expect(await repo.status()).toMatch(/^\?\? cycles\/\d{4}\/\d{8}-bkim-[a-z0-9]{4}\/$/m);
    await repo.git(['clean', '-fdq']);
  });
});

describe('timc list and show', () => {
  let repo: TestRepo;
  let science: string;
  let writing: string;

  beforeAll(async () => {
    repo = await makeRepo();
    science = await repo.startCycle('jdoe', ['--client', 'asmith', '--title', 'Science']);
    writing = await repo.startCycle('bkim', ['--client', 'jdoe', '--focus', 'Peer feedback']);
  });

  it('shows the dashboard as a table with a five-phase mark', async () => {
    const result = await repo.run(['list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CYCLE\s+PHASES\s+COACH\s+CLIENT\s+PUBLISHED\s+TITLE$/);
    expect(lines).toHaveLength(3);
    expect(result.stdout).toMatch(
      new RegExp(`^${science} +○○○○○ 0/5 +jdoe +asmith +- +Science$`, 'm'),
    );
    expect(result.stdout).toMatch(
      new RegExp(`^${writing} +○○○○○ 0/5 +bkim +jdoe +- +Peer feedback$`, 'm'),
    );
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('lists as JSON, and filters to my cycles', async () => {
    const all = JSON.parse((await repo.run(['list', '--json'])).stdout);
    expect(all.map((cycle: { id: string }) => cycle.id).sort()).toEqual([science, writing].sort());
    expect(all[0]).toMatchObject({ phases_completed: 0, open: true, published: 'neither' });

    const mine = JSON.parse(
      (await repo.run(['list', '--mine', '--json'], { as: 'asmith' })).stdout,
    );
    expect(mine.map((cycle: { id: string }) => cycle.id)).toEqual([science]);

    const done = JSON.parse((await repo.run(['list', '--done', '--json'])).stdout);
    expect(done).toEqual([]);
  });

  it('shows one cycle by its suffix, as text and as JSON', async () => {
    const suffix = science.slice(-4);
    const text = await repo.run(['show', suffix]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${science}  Science`);
    expect(text.stdout).toContain('Coach:     Jordan Doe (jdoe)');
    expect(text.stdout).toContain('Published: by neither side: not in the report');

    const json = JSON.parse((await repo.run(['show', science, '--json'])).stdout);
    expect(json).toMatchObject({ info: { id: science, title: 'Science' }, phases_completed: 0 });
  });

  it('picks my only open cycle when none is named, and asks to name one among several', async () => {
    const only = await repo.run(['show', '--json'], { as: 'asmith' });
    expect(JSON.parse(only.stdout).info.id).toBe(science);

    const several = await repo.run(['show'], { as: 'jdoe' });
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/jdoe has several open cycles; name one of/);

    const unknown = await repo.run(['show', 'zzzz']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no cycle matches 'zzzz'/);
  });

  it('refuses a cycle.yaml that breaks its schema, naming it, in show, list and changes', async () => {
    const path = `cycles/${writing.slice(0, 4)}/${writing}/cycle.yaml`;
    const good = repo.read(path);
    repo.write(path, `id: ${writing}\ncoach: bkim\n`);

    const show = await repo.run(['show', writing]);
    expect(show.code).toBe(1);
    expect(show.stderr).toBe(
      `timc: ${path}:1:1: missing required field \`client\`; nothing was changed: ` +
        'fix the file (see `timc validate`) and try again\n',
    );

    const list = await repo.run(['list']);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain(`left out ${writing}: ${path}:1:1: missing required field`);
    expect(list.stdout).toContain(science);

    const change = await repo.run(['focus', writing, 'New'], { as: 'bkim' });
    expect(change.code).toBe(1);
    expect(change.stderr).toContain(`${path}:1:1: missing required field \`client\``);
    repo.write(path, good);
  });

  it('skips a stray file where a year folder should be', async () => {
    repo.write('cycles/2027', 'not a folder\n');
    const result = await repo.run(['list', '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toHaveLength(2);
    await repo.git(['clean', '-fq', 'cycles']);
  });

  it('leaves a broken cycle out of the list with a warning naming the file, exit 1', async () => {
    const path = `cycles/${writing.slice(0, 4)}/${writing}/cycle.yaml`;
    const good = repo.read(path);
    repo.write(path, `${good}coach: [unclosed\n`);

    const result = await repo.run(['list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`left out ${writing}: ${path}:`);
    expect(result.stdout).toContain(science);
    repo.write(path, good);
  });
});

describe('a file made invalid by hand', () => {
  it('makes the next write refuse, naming the file, with nothing changed', async () => {
    const repo = await makeRepo();
    const id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    const goals = `cycles/${id.slice(0, 4)}/${id}/1-goals.yaml`;
    repo.write(goals, `${repo.read(goals)}goal: oops\n`);
    await repo.git(['commit', '-qam', 'hand edit']);
    const commits = await repo.commitCount();
    const broken = repo.read(goals);

    const result = await repo.run(['focus', id, 'New focus'], { as: 'jdoe' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      ' unknown field `goal` (did you mean `goals`?); nothing was changed',
    );
    expect(result.stderr).toMatch(new RegExp(`^timc: ${goals}:\\d+:1: `));
    expect(repo.read(goals)).toBe(broken);
    expect(await repo.commitCount()).toBe(commits);

    repo.write('members.yaml', 'members:\n  - id: jdoe\n');
    const members = await repo.run(['member', 'add', 'zed', '--name', 'Zed']);
    expect(members.code).toBe(1);
    expect(members.stderr).toMatch(/^timc: members.yaml:2:5: missing required field `name`/);
  });
});

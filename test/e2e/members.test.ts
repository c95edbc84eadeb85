import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('timc member', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await makeRepo({ members: [] });
  });

  it('adds members one by one, each in its own commit', async () => {
    const added = await repo.run([
      'member',
      'add',
      'jdoe',
      '--name',
      'Jordan Doe',
      '--email',
      'jdoe@example.org',
      '--role',
      'coordinator',
    ]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);

    const commit = await repo.lastCommit();
    expect(commit.subject).toBe('members: add jdoe (Jordan Doe)');
    expect(commit.files).toEqual(['members.yaml']);
    expect(repo.read('members.yaml')).toMatch(
      /^# yaml-language-server: \$schema=\.timc\/schemas\/members\.schema\.json\n/,
    );

    const list = await repo.run(['member', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: 'jdoe', name: 'Jordan Doe', email: 'jdoe@example.org', role: 'coordinator' },
    ]);
  });

  it('refuses a duplicate id, a bad id, an unknown role and a shared email', async () => {
    const before = await repo.commitCount();
    const cases = [
      [['member', 'add', 'jdoe', '--name', 'Again'], /already exists/],
      [['member', 'add', 'J Doe', '--name', 'Bad'], /must start with a lower-case letter/],
      [
        ['member', 'add', 'kim', '--name', 'Kim', '--role', 'wizard'],
        /role 'wizard' is not in timc.yaml roles/,
      ],
      [['member', 'add', 'kim', '--name', 'Kim', '--email', 'JDOE@example.org'], /already jdoe's/],
    ] as const;

    for (const [args, message] of cases) {
      const result = await repo.run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(await repo.commitCount()).toBe(before);
  });

  it('imports a CSV, adding new members and updating existing ones by id', async () => {
    repo.write(
      '../staff.csv',
      [
        'id,name,email,school,role',
        'jdoe,Jordan Doe,jdoe@example.org,maple,coordinator',
        'asmith,"Smith, Alex",asmith@example.org,maple,',
        'bkim,Bo Kim,,oak,',
      ].join('\r\n'),
    );

    const result = await repo.run(['member', 'import', '../staff.csv']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/2 added, 1 updated/);

    const list = JSON.parse((await repo.run(['member', 'list', '--json'])).stdout);
    expect(list).toEqual([
      {
        id: 'jdoe',
        name: 'Jordan Doe',
        email: 'jdoe@example.org',
        role: 'coordinator',
        school: 'maple',
      },
      { id: 'asmith', name: 'Smith, Alex', email: 'asmith@example.org', school: 'maple' },
      { id: 'bkim', name: 'Bo Kim', school: 'oak' },
    ]);
    expect((await repo.lastCommit()).files).toEqual(['members.yaml']);
  });

  it('names every bad row of a malformed CSV and writes nothing', async () => {
    const before = repo.read('members.yaml');
    const commits = await repo.commitCount();
    repo.write(
      '../bad.csv',
      [
        'id,name,email',
        'ok1,Fine Person,ok1@example.org',
        'Bad Id,Someone,',
        'ok2,,ok2@example.org',
        'ok3,Third,not-an-email',
      ].join('\n'),
    );

    const result = await repo.run(['member', 'import', '../bad.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/3 problem\(s\) in \.\.\/bad\.csv; nothing was written/);
    expect(result.stderr).toMatch(/bad\.csv:3: id 'Bad Id'/);
    expect(result.stderr).toMatch(/bad\.csv:4: ok2: a name is required/);
    expect(result.stderr).toMatch(/bad\.csv:5: ok3: 'not-an-email' is not an email address/);
    expect(repo.read('members.yaml')).toBe(before);
    expect(await repo.commitCount()).toBe(commits);
  });

  it('refuses a CSV that is not CSV, lacks a column or has an unknown one', async () => {
    const cases = [
      ['id,name\n"unclosed,quote\n', /not valid CSV/],
      ['id,email\nx,x@example.org\n', /missing column name/],
      ['id,name,phone\nx,X,123\n', /unknown column phone/],
      ['', /is empty/],
    ] as const;
    for (const [text, message] of cases) {
      repo.write('../case.csv', text);
      const result = await repo.run(['member', 'import', '../case.csv']);
      expect(result.code, text).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await repo.run(['member', 'import', 'nowhere.csv']);
    expect(missing.stderr).toMatch(/no such file/);
    expect(await repo.status()).toBe('');
  });

  it('lets only admins change members once someone holds admin', async () => {
    const admin = await makeRepo({
      members: [
        { id: 'boss', name: 'Boss', email: 'boss@example.org', role: 'admin' },
        { id: 'pat', name: 'Pat', email: 'pat@example.org' },
      ],
    });
    const refused = await admin.run(['member', 'add', 'new1', '--name', 'New'], { as: 'pat' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /pat may not change members.yaml: only a member with admin may \(boss\)/,
    );

    const allowed = await admin.run(['member', 'add', 'new1', '--name', 'New'], { as: 'boss' });
    expect(allowed.code).toBe(0);
    expect((await admin.lastCommit()).author).toBe('Boss <boss@example.org>');
  });

  it('asks for nothing without a terminal: a missing argument exits 2', async () => {
    const result = await repo.run(['member', 'add']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: timc member add ID --name NAME/);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  makeRepo,
  removeTemporaryFolders,
  STANDARD_MEMBERS,
  type TestRepo,
} from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('timc alignments import and timc tim import', () => {
  let repo: TestRepo;
  const csv = (name: string, text: string) => {
    const path = join(repo.home, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    repo = await makeRepo();
  });

  it('loads alignments from CSV while nobody has admin', async () => {
    const file = csv(
      'standards.csv',
      lines(
        'id,title,subject,source',
        'ISTE-1.1,Empowered learner,Technology,ISTE',
        'ISTE-1.2,Digital citizen,,ISTE',
      ),
    );
    const result = await repo.run(['alignments', 'import', file], { as: 'jdoe' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: 'alignments: import standards.csv (2 added, 0 updated)',
      files: ['alignments.yaml'],
    });
    const text = repo.read('alignments.yaml');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=\.timc\/schemas\/alignments\.schema\.json\n/,
    );
    expect(parse(text)).toEqual({
      alignments: [
        { id: 'ISTE-1.1', title: 'Empowered learner', subject: 'Technology', source: 'ISTE' },
        { id: 'ISTE-1.2', title: 'Digital citizen', source: 'ISTE' },
      ],
    });
  });

  it('adds or updates by id; a blank cell keeps the old value; comments stay', async () => {
    repo.write(
      'alignments.yaml',
      repo
        .read('alignments.yaml')
        .replace('  - id: ISTE-1.2', '  # from the 2016 standards\n  - id: ISTE-1.2'),
    );
    await repo.git(['commit', '-q', '-am', 'test: a comment']);

    const file = csv(
      'more.csv',
      lines(
        'id,title,subject,source',
        'ISTE-1.1,Empowered learner,,ISTE',
        'ISTE-1.2,Digital citizen,Citizenship,',
        'CSTA-2,Algorithms,CS,CSTA',
      ),
    );
    const result = await repo.run(['alignments', 'import', file], { as: 'asmith' });
    expect(result.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(
      'alignments: import more.csv (1 added, 1 updated)',
    );
    const text = repo.read('alignments.yaml');
    expect(text).toContain('  # from the 2016 standards\n  - id: ISTE-1.2');
    expect(parse(text).alignments).toEqual([
      { id: 'ISTE-1.1', title: 'Empowered learner', subject: 'Technology', source: 'ISTE' },
      { id: 'ISTE-1.2', title: 'Digital citizen', source: 'ISTE', subject: 'Citizenship' },
      { id: 'CSTA-2', title: 'Algorithms', subject: 'CS', source: 'CSTA' },
    ]);
  });

  it('names every bad alignment row by line and writes nothing', async () => {
    const file = csv('bad.csv', 'id,title\nOK-1,Fine\n,No id\nNT-1,\nOK-1,Twice\n');
    const result = await expectNothingChanged(repo, () =>
      repo.run(['alignments', 'import', file], { as: 'jdoe' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`3 problem(s) in ${file}; nothing was written`);
    expect(result.stderr).toContain(`${file}:3: an id is required`);
    expect(result.stderr).toContain(`${file}:4: NT-1: a title is required`);
    expect(result.stderr).toContain(`${file}:5: OK-1 is also on line 2`);
  });

  it('refuses a CSV without the columns it needs', async () => {
    const file = csv('cols.csv', 'id,name\nA,B\n');
    const result = await expectNothingChanged(repo, () =>
      repo.run(['alignments', 'import', file], { as: 'jdoe' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing column title; unknown column name');
  });

  it("loads a member's TIM activities, quoting dates, and names every bad row", async () => {
    const bad = csv(
      'tim-bad.csv',
      lines(
        'id,tool,title,completed,url',
        't1,TUPS,Survey,2026-09-14,',
        't2,TIM-Q,Observation,2026-02-30,ftp://x',
        't3,tim-lp,Plan,14/09/2026,',
      ),
    );
    const refused = await expectNothingChanged(repo, () =>
      repo.run(['tim', 'import', 'asmith', bad], { as: 'jdoe' }),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').filter((line) => line.includes(`${bad}:`))).toEqual([
      `  ${bad}:3: t2: tool 'TIM-Q' is not one of TUPS, TIM-O, TIM-LP, TIM-R`,
      `  ${bad}:3: t2: completed '2026-02-30' is not a date written YYYY-MM-DD`,
      `  ${bad}:3: t2: url 'ftp://x' does not start with https:// or http://`,
      `  ${bad}:4: t3: completed '14/09/2026' is not a date written YYYY-MM-DD`,
    ]);

    const good = csv(
      'tim.csv',
      lines(
        'id,tool,title,completed,url',
        't1,TUPS,Survey,2026-09-14,',
        't2,tim-o,Observation,2026-10-02,https://tim.example.org/o/2',
      ),
    );
    const result = await repo.run(['tim', 'import', 'asmith', good], { as: 'asmith' });
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: 'tim: import tim.csv for asmith (2 added, 0 updated)',
      files: ['tim/asmith.yaml'],
    });
    const text = repo.read('tim/asmith.yaml');
    expect(text).toContain('completed: "2026-09-14"');
    expect(parse(text).activities[1]).toEqual({
      id: 't2',
      tool: 'TIM-O',
      title: 'Observation',
      completed: '2026-10-02',
      url: 'https://tim.example.org/o/2',
    });
  });

  it('refuses an unknown member; exits 2 with no terminal and arguments missing', async () => {
    const unknown = await expectNothingChanged(repo, () =>
      repo.run(['tim', 'import', 'zz', join(repo.home, 'tim.csv')], { as: 'jdoe' }),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no member 'zz' in members.yaml");

    for (const args of [
      ['tim', 'import'],
      ['tim', 'import', 'asmith'],
      ['alignments', 'import'],
    ]) {
      const missing = await expectNothingChanged(repo, () => repo.run(args, { as: 'jdoe' }));
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('usage: timc');
    }
  });

  it('with an admin: only admins import alignments; members their own TIM file', async () => {
    const admin = { id: 'pchen', name: 'Pat Chen', email: 'pchen@example.org', role: 'admin' };
    const { stringify } = await import('yaml');
    repo.write('members.yaml', stringify({ members: [...STANDARD_MEMBERS, admin] }));
    await repo.git(['commit', '-q', '-am', 'test: an admin']);
    const standards = csv('admin.csv', 'id,title\nNEW-1,New standard\n');
    const tim = csv('tim-more.csv', 'id,tool\nt5,TIM-R\n');

    const coach = await expectNothingChanged(repo, () =>
      repo.run(['alignments', 'import', standards], { as: 'jdoe' }),
    );
    expect(coach.code).toBe(1);
    expect(coach.stderr).toContain(
      'jdoe may not import alignments: only a member with admin may (pchen)',
    );

    const other = await expectNothingChanged(repo, () =>
      repo.run(['tim', 'import', 'asmith', tim], { as: 'jdoe' }),
    );
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('only asmith or a member with admin may (pchen)');

    expect((await repo.run(['tim', 'import', 'asmith', tim], { as: 'asmith' })).code).toBe(0);
    expect((await repo.run(['alignments', 'import', standards], { as: 'pchen' })).code).toBe(0);
    expect((await repo.lastCommit()).author).toBe('Pat Chen <pchen@example.org>');
  });
});

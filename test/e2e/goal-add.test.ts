import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPhases } from '../helpers/cycle-files.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

const ALIGNMENTS = `# Our district's standards
alignments:
  - id: ISTE-1.1
    title: Empowered learner
  - id: ISTE-1.2
    title: Digital citizen
`;

describe('timc goal add', () => {
  let repo: TestRepo;
  let id: string;
  let goalsFile: string;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith', '--focus', 'Inquiry']);
    goalsFile = `cycles/${id.slice(0, 4)}/${id}/1-goals.yaml`;
  });

  it('refuses an alignment while the repository has no alignments.yaml', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['goal', 'add', 'Use inquiry', '--alignment', 'ISTE-1.1'], { as: 'jdoe' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no alignment 'ISTE-1\.1'.*no alignments\.yaml yet/);
  });

  it('adds g1 for the coach and g2 with an alignment for the client, one commit each', async () => {
    repo.write('alignments.yaml', ALIGNMENTS);
    await repo.git(['add', 'alignments.yaml']);
    await repo.git(['commit', '-q', '-m', 'test: alignments']);

    const coach = await repo.run(['goal', 'add', 'Students design their own questions'], {
      as: 'jdoe',
    });
    expect(coach.stderr).toBe('');
    expect(coach.code).toBe(0);
    expect(coach.stdout).toContain(`Added goal g1 to ${id}`);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: add goal g1`,
      files: [goalsFile],
    });

    const client = await repo.run(
      ['goal', 'add', id.slice(-4), 'Share work online', '--alignment', 'ISTE-1.2'],
      { as: 'asmith' },
    );
    expect(client.code).toBe(0);
    expect(await repo.lastCommit()).toMatchObject({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: add goal g2`,
    });

    expect(readPhases(repo, id).goals.goals).toEqual([
      { id: 'g1', text: 'Students design their own questions' },
      { id: 'g2', text: 'Share work online', alignment: 'ISTE-1.2' },
    ]);
    expect(await repo.status()).toBe('');
  });

  it('refuses an alignment that alignments.yaml does not list, naming the known ones', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['goal', 'add', 'Something', '--alignment', 'CCSS-9'], { as: 'jdoe' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no alignment 'CCSS-9' in alignments.yaml");
    expect(result.stderr).toContain('ISTE-1.1, ISTE-1.2');
  });

  it('refuses someone who is neither coach nor client, naming who may', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['goal', 'add', id, 'Sneaky goal'], { as: 'bkim' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bkim may not change cycle .*jdoe.*asmith/);
  });

  it('exits 2 with usage when the text is missing and there is no terminal', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['goal', 'add'], { as: 'jdoe' }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: timc goal add [CYCLE] TEXT [--alignment ID]');
  });

  it('keeps a hand-written comment and numbers past the highest id', async () => {
    const text = repo
      .read(goalsFile)
      .replace('  - id: g2', '  # g2 came from the October walkthrough\n  - id: g2');
    repo.write(goalsFile, text.replace('id: g2', 'id: g7'));
    await repo.git(['commit', '-q', '-am', 'test: hand edit']);

    const result = await repo.run(['goal', 'add', 'A third goal'], { as: 'asmith' });
    expect(result.code).toBe(0);
    const after = repo.read(goalsFile);
    expect(after).toContain('  # g2 came from the October walkthrough\n  - id: g7');
    expect(after).toMatch(/- id: g8\n\s+text: A third goal/);
    expect(after.startsWith('# yaml-language-server: $schema=')).toBe(true);
  });

  it('refuses to edit a hand-broken 1-goals.yaml, pointing at the problem', async () => {
    const good = repo.read(goalsFile);
    expect(good).toContain('supporting_data: []');
    repo.write(goalsFile, good.replace('supporting_data: []', 'supporting_data: just a sentence'));
    await repo.git(['commit', '-q', '-am', 'test: a broken hand edit']);

    for (const args of [
      ['goal', 'add', 'More'],
      ['evidence', 'add', '--url', 'https://a.org'],
    ]) {
      const result = await expectNothingChanged(repo, () => repo.run(args, { as: 'jdoe' }));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^timc: cycles\/.*\/1-goals\.yaml:\d+:\d+: .*fix the file/);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPhases } from '../helpers/cycle-files.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

const TABLE = 'Class\tBefore\tAfter\r\n7A\t12%\t31%\r\n7B\t9%\t27%\r\n';

describe('timc evidence add (links and pasted text)', () => {
  let repo: TestRepo;
  let id: string;
  let folder: string;

  const cycleData = async () => readPhases(repo, id);

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('asmith', ['--coach', 'jdoe']);
    folder = `cycles/${id.slice(0, 4)}/${id}`;
    const goal = await repo.run(['goal', 'add', 'Students publish their findings'], { as: 'jdoe' });
    if (goal.code !== 0) throw new Error(goal.stderr);
  });

  it('attaches a link to the supporting data (coach) and to a goal (client)', async () => {
    const coach = await repo.run(['evidence', 'add', '--url', 'https://data.example.org/q1'], {
      as: 'jdoe',
    });
    expect(coach.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: add evidence to supporting data`,
      files: [`${folder}/1-goals.yaml`],
    });

    const client = await repo.run(
      ['evidence', 'add', id, '--url', 'http://intranet.example.org/g1', '--goal', 'g1'],
      { as: 'asmith' },
    );
    expect(client.code).toBe(0);
    expect(await repo.lastCommit()).toMatchObject({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: add evidence to g1`,
    });

    const data = await cycleData();
    expect(data.goals.supporting_data).toEqual([{ url: 'https://data.example.org/q1' }]);
    expect(data.goals.goals?.[0]?.evidence).toEqual([{ url: 'http://intranet.example.org/g1' }]);
  });

  it('reads a pasted table from stdin with --text -, creating the outcome for it', async () => {
    const result = await repo.run(['evidence', 'add', '--text', '-', '--outcome', 'g1'], {
      as: 'asmith',
      input: TABLE,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: add evidence to the outcome of g1`,
      files: [`${folder}/4-outcomes.yaml`],
    });
    expect((await cycleData()).outcomes.outcomes).toEqual([
      { goal: 'g1', evidence: [{ text: 'Class\tBefore\tAfter\n7A\t12%\t31%\n7B\t9%\t27%' }] },
    ]);
    expect(repo.read(`${folder}/4-outcomes.yaml`)).toContain('# Phase 4: Record Outcomes.');
  });

  it('adds short text given on the command line to the existing outcome', async () => {
    const result = await repo.run(
      ['evidence', 'add', '--text', 'Exit tickets', '--outcome', 'g1'],
      {
        as: 'jdoe',
      },
    );
    expect(result.code).toBe(0);
    const outcomes = (await cycleData()).outcomes.outcomes as { evidence: unknown[] }[];
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.evidence).toHaveLength(2);
  });

  it('changes nothing when the same link is already there', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', '--url', 'https://data.example.org/q1'], { as: 'jdoe' }),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Already there');
  });

  it.each([
    [['--url', 'ftp://files.example.org/x'], 2, "'ftp://files.example.org/x' is not a web link"],
    [['--url', 'www.example.org'], 2, 'starting with https:// or http://'],
    [
      ['--url', 'https://a.org', '--text', 'b'],
      2,
      'give one kind of evidence, not --url and --text',
    ],
    [['--tim', 't1', '--url', 'https://a.org'], 2, 'not --tim and --url'],
    [['--text', 'x', '--goal', 'g1', '--outcome', 'g1'], 2, 'give --goal or --outcome, not both'],
    [['--text', '   '], 2, '--text is empty'],
    [[], 2, 'usage: timc evidence add [CYCLE] (--tim ID | --url URL'],
    [['--url', 'https://a.org', '--goal', 'g9'], 1, "has no goal 'g9': its goals are g1"],
    [['--text', 'x', '--outcome', 'g2'], 1, "has no goal 'g2'"],
  ])('refuses %o with exit %i: %s', async (args, code, message) => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', ...args], { as: 'jdoe' }),
    );
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('refuses empty standard input with exit 2', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', '--text', '-'], { as: 'jdoe', input: '\n\n' }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standard input held no text');
  });

  it('refuses someone outside the cycle', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', id, '--url', 'https://x.example.org'], { as: 'bkim' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`bkim may not change cycle ${id}`);
  });
});

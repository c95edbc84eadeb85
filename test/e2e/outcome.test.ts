import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPhases } from '../helpers/cycle-files.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

describe('timc outcome', () => {
  let repo: TestRepo;
  let id: string;
  let outcomesFile: string;

  const outcomes = async () => readPhases(repo, id).outcomes.outcomes;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    outcomesFile = `cycles/${id.slice(0, 4)}/${id}/4-outcomes.yaml`;
    for (const text of ['Questions first', 'Publish work']) {
      const result = await repo.run(['goal', 'add', text], { as: 'asmith' });
      if (result.code !== 0) throw new Error(result.stderr);
    }
  });

  it('records the outcome of a goal for the coach, one commit of 4-outcomes.yaml', async () => {
    const result = await repo.run(['outcome', 'g1', '--result', 'met', '--text', 'All units'], {
      as: 'jdoe',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Recorded the outcome of g1 (met) in ${id}`);
    expect(await repo.lastCommit()).toEqual({
      author: 'Jordan Doe <jdoe@example.org>',
      subject: `${id}: record outcome of g1 (met)`,
      files: [outcomesFile],
    });
    expect(await outcomes()).toEqual([{ goal: 'g1', result: 'met', text: 'All units' }]);
  });

  it('updates the one entry when recorded again, keeping text, comments, evidence', async () => {
    const evidence = await repo.run(
      ['evidence', 'add', '--url', 'https://example.org/unit3', '--outcome', 'g1'],
      { as: 'jdoe' },
    );
    expect(evidence.code).toBe(0);
    repo.write(
      outcomesFile,
      repo.read(outcomesFile).replace('  - goal: g1', '  # agreed in May\n  - goal: g1'),
    );
    await repo.git(['commit', '-q', '-am', 'test: a comment']);

    const result = await repo.run(['outcome', id.slice(-4), 'g1', '--result', 'partially-met'], {
      as: 'asmith',
    });
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toMatchObject({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: record outcome of g1 (partially-met)`,
    });
    expect(await outcomes()).toEqual([
      {
        goal: 'g1',
        result: 'partially-met',
        text: 'All units',
        evidence: [{ url: 'https://example.org/unit3' }],
      },
    ]);
    expect(repo.read(outcomesFile)).toContain('  # agreed in May\n  - goal: g1');
  });

  it.each([
    [
      ['g2', '--result', 'done'],
      2,
      "--result must be one of met, partially-met, not-met, not 'done'",
    ],
    [['g2'], 2, 'usage: timc outcome [CYCLE] GOAL --result'],
    [['--result', 'met'], 2, 'usage: timc outcome'],
    [['g7', '--result', 'met'], 1, "has no goal 'g7': its goals are g1, g2"],
    [['a1', 'g1', 'g2', '--result', 'met'], 2, 'too many arguments'],
  ])('refuses %o with exit %i: %s', async (args, code, message) => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['outcome', ...args], { as: 'jdoe' }),
    );
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('refuses someone outside the cycle, naming who may', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['outcome', id, 'g2', '--result', 'met'], { as: 'bkim' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bkim may not change cycle .*its coach \(jdoe\), its client \(asmith\)/,
    );
  });
});

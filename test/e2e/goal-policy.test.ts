import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

describe('the field policy of phases 1 and 4', () => {
  let repo: TestRepo;

  const disable = async (disabled: string[]) => {
    const settings = parse(repo.read('timc.yaml')) as Record<string, unknown>;
    repo.write('timc.yaml', stringify({ ...settings, policy: { disabled } }));
    await repo.git(['commit', '-q', '-am', `test: disable ${disabled.join(', ')}`]);
  };

  const refused = async (args: string[], entry: string, what: string) => {
    const result = await expectNothingChanged(repo, () => repo.run(args, { as: 'jdoe' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `timc: ${what}: switched off by this program (timc.yaml policy.disabled lists '${entry}')\n`,
    );
  };

  beforeAll(async () => {
    repo = await makeRepo();
    await repo.startCycle('jdoe', ['--client', 'asmith']);
    repo.write('alignments.yaml', 'alignments:\n  - id: A1\n    title: A standard\n');
    await repo.git(['add', 'alignments.yaml']);
    await disable(['goals.alignment', 'goals.evidence', 'outcomes.text']);
  });

  it('refuses the switched-off fields, naming the policy entry', async () => {
    await refused(
      ['goal', 'add', 'Aligned', '--alignment', 'A1'],
      'goals.alignment',
      'goal alignment',
    );
    expect((await repo.run(['goal', 'add', 'Not aligned'], { as: 'jdoe' })).code).toBe(0);

    await refused(
      ['evidence', 'add', '--url', 'https://a.org', '--goal', 'g1'],
      'goals.evidence',
      'evidence on goals',
    );
    expect(
      (await repo.run(['evidence', 'add', '--url', 'https://a.org'], { as: 'jdoe' })).code,
    ).toBe(0);

    await refused(
      ['outcome', 'g1', '--result', 'met', '--text', 'Why'],
      'outcomes.text',
      'outcome text',
    );
    expect((await repo.run(['outcome', 'g1', '--result', 'met'], { as: 'jdoe' })).code).toBe(0);
  });

  it('refuses a whole switched-off phase, and supporting data', async () => {
    await disable(['outcomes', 'goals.supporting_data']);

    await refused(['outcome', 'g1', '--result', 'met'], 'outcomes', 'outcomes');
    await refused(
      ['evidence', 'add', '--text', 'x', '--outcome', 'g1'],
      'outcomes',
      'evidence on outcomes',
    );
    await refused(['evidence', 'add', '--text', 'x'], 'goals.supporting_data', 'supporting data');
  });

  it('refuses goals altogether when the goals phase is off', async () => {
    await disable(['goals']);
    await refused(['goal', 'add', 'One more'], 'goals', 'goals');
  });
});

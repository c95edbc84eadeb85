import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  isolatedEnv,
  makeRepo,
  removeTemporaryFolders,
  runProgram,
  temporaryFolder,
  type TestRepo,
  TIMC_BIN,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

let repo: TestRepo;
let goals: string;
let withTimc: Record<string, string>;

/** git as a person with timc installed runs it. */
function git(args: string[]) {
  return runProgram('git', args, { cwd: repo.root, env: withTimc });
}

describe('timc init --hooks', () => {
  beforeAll(async () => {
    repo = await makeRepo();
    const cycle = await repo.startCycle('jdoe', ['--client', 'asmith']);
    goals = `cycles/${cycle.slice(0, 4)}/${cycle}/1-goals.yaml`;

    const bin = temporaryFolder('timc-bin-');
    symlinkSync(TIMC_BIN, join(bin, 'timc'));
    withTimc = isolatedEnv(repo.home, { PATH: `${bin}:${process.env.PATH}` });
  });

  it('installs a pre-commit hook in an existing repository', async () => {
    const result = await repo.run(['init', '--hooks']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Installed the pre-commit hook .*\.git\/hooks\/pre-commit/);
  });

  it('stops a commit of a broken cycle file, and names the problem', async () => {
    const head = await repo.git(['rev-parse', 'HEAD']);
    repo.write(goals, 'goals:\n  - id: g1\n    txet: A typo\n');
    await git(['add', goals]);

    const commit = await git(['commit', '-q', '-m', 'hand edit']);
    expect(commit.code).not.toBe(0);
    // git passes a hook's output on to its own stderr.
    expect(commit.stderr).toBe(
      `${goals}:3:5: error: unknown field \`txet\` (did you mean \`text\`?) [schema]\n`,
    );
    expect(await repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('lets other commits and fixed files through', async () => {
    repo.write('README.md', '# Our coaching program\n');
    await git(['add', 'README.md']);
    await git(['reset', '-q', '--', goals]);
    expect((await git(['commit', '-q', '-m', 'readme'])).code).toBe(0);

    repo.write(goals, 'goals:\n  - id: g1\n    text: Fixed\n');
    await git(['add', goals]);
    const fixed = await git(['commit', '-q', '-m', 'fixed']);
    expect(fixed).toMatchObject({ code: 0, stdout: '' });
  });

  it('leaves a pre-commit hook of another origin alone', async () => {
    const hook = join(repo.root, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\nexit 0\n');
    const result = await repo.run(['init', '--hooks']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pre-commit exists already and is not timc's/);
  });
});

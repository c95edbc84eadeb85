import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import {
  isolatedEnv,
  makeRepo,
  removeTemporaryFolders,
  runProgram,
  temporaryFolder,
  TestRepo,
  TIMC_BIN,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

interface WorkflowStep {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

/** The steps of the workflow `timc init` wrote, by name. */
function workflowSteps(repo: TestRepo): Map<string, WorkflowStep> {
  const workflow = parse(repo.read('.github/workflows/timc-validate.yml'));
  const steps = workflow.jobs.validate.steps as WorkflowStep[];
  return new Map(steps.filter((step) => step.name).map((step) => [step.name!, step]));
}

/** Runs a workflow step's script as GitHub's runner does, with `timc` on the PATH. */
function runStep(repo: TestRepo, step: WorkflowStep, env: Record<string, string>) {
  const bin = temporaryFolder('timc-bin-');
  symlinkSync(TIMC_BIN, join(bin, 'timc'));
  const path = `${bin}:${process.env.PATH}`;
  return runProgram('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd: repo.root,
    env: isolatedEnv(repo.home, { ...env, PATH: path }),
  });
}

let repo: TestRepo;
let cycle: string;
let beforeOutsiders: string;

describe('timc validate --verify-history', () => {
  beforeAll(async () => {
    repo = await makeRepo();
    cycle = await repo.startCycle('jdoe', ['--client', 'asmith', '--focus', 'Inquiry']);
    beforeOutsiders = (await repo.git(['rev-parse', 'HEAD'])).trim();
    const folder = `cycles/${cycle.slice(0, 4)}/${cycle}`;

    const commitAs = async (author: string, file: string, text: string) => {
      repo.write(`${folder}/${file}`, text);
      await repo.git(['add', '.']);
      await repo.git(['commit', '-q', '-m', `${cycle}: edit ${file}`, '--author', author]);
    };
    await commitAs('Bo Kim <bkim@example.org>', '3-progress.yaml', 'progress: []\n# by bkim\n');
    await commitAs('Eve <eve@elsewhere.org>', '4-outcomes.yaml', 'outcomes: []\n# by eve\n');
    await commitAs('M R <MRivera@example.org>', '5-reflection.yaml', '{}\n# by the coordinator\n');
  });

  it('reports each commit that someone outside the cycle made', async () => {
    const result = await repo.run(['validate', '--verify-history']);
    const folder = `cycles/${cycle.slice(0, 4)}/${cycle}`;
    const lines = result.stdout.trim().split('\n');

    expect(result.code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${folder}/3-progress.yaml:1:1: error: commit [0-9a-f]{10} by bkim changed cycle ` +
          `${cycle}: only its coach \\(jdoe\\), its client \\(asmith\\) or a member whose role ` +
          'grants assign or admin may \\[commit-author\\]$',
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${folder}/4-outcomes.yaml:1:1: error: commit [0-9a-f]{10} by Eve <eve@elsewhere.org>, ` +
          'who is not a member, changed cycle',
      ),
    );
    expect(lines[2]).toMatch(/^Checked \d+ files and 4 commits: 2 errors, 0 warnings$/);
  });

  it('checks only the range it is given', async () => {
    const lastOnly = await repo.run(['validate', '--verify-history', 'HEAD~1..HEAD']);
    expect(lastOnly.stdout).toMatch(/and 1 commit: no problems/);
    expect(lastOnly.code).toBe(0);

    const unknown = await repo.run(['validate', '--verify-history', 'nowhere..HEAD']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^timc: git does not know the range 'nowhere\.\.HEAD'/);
  });

  it('is what the workflow written by timc init runs on a push', async () => {
    const steps = workflowSteps(repo);
    const validateStep = steps.get('timc validate')!;
    expect(validateStep.run).toMatch(/timc validate --format github --verify-history \$range/);

    const push = await runStep(repo, validateStep, {
      EVENT: 'push',
      BEFORE: beforeOutsiders,
      DEFAULT_BRANCH: 'main',
    });
    expect(push.code).toBe(1);
    expect(push.stdout).toMatch(
      new RegExp(
        '^::error file=cycles/\\d{4}/[^,]+/3-progress\\.yaml,line=1,col=1,' +
          'title=timc validate \\[commit-author\\]::commit',
        'm',
      ),
    );
    expect(push.stdout).toMatch(/Checked \d+ files and 3 commits: 2 errors, 0 warnings/);

    const install = await runStep(repo, steps.get('Install timc')!, { TIMC_PACKAGE: '' });
    expect(install.code).toBe(1);
    expect(install.stdout).toMatch(/^::error::Set the repository variable TIMC_PACKAGE/);
  });
});

describe('timc validate --verify-history on a removed cycle', () => {
  it('judges its commits by the coach and client it had', async () => {
    const other = await repo.startCycle('asmith', ['--client', 'bkim']);
    const folder = `cycles/${other.slice(0, 4)}/${other}`;
    const before = (await repo.git(['rev-parse', 'HEAD'])).trim();
    await repo.git(['rm', '-q', '-r', folder]);
    await repo.git(['commit', '-q', '-m', `${other}: remove`, '--author', 'J <jdoe@example.org>']);

    const result = await repo.run(['validate', '--verify-history', `${before}..HEAD`]);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${folder}/1-goals.yaml:1:1: error: commit [0-9a-f]{10} by jdoe changed cycle ${other}: ` +
          'only its coach \\(asmith\\), its client \\(bkim\\) or a member',
      ),
    );
    expect(result.code).toBe(1);
  });
});

describe('a repository made by timc demo', () => {
  it('validates clean, its history included', async () => {
    const home = temporaryFolder('timc-home-');
    const folder = join(temporaryFolder('timc-demo-'), 'demo');
    mkdirSync(home, { recursive: true });
    const env = isolatedEnv(home, { NO_COLOR: '1' });
    const demo = await runProgram(process.execPath, [TIMC_BIN, 'demo', folder], { cwd: home, env });
    expect(demo.code).toBe(0);

    const result = await runProgram(
      process.execPath,
      [TIMC_BIN, 'validate', '--repo', folder, '--verify-history', '--strict'],
      { cwd: home, env },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Checked \d+ files and \d+ commits: no problems\n$/);
    expect(result.code).toBe(0);
    expect(readFileSync(join(folder, 'members.yaml'), 'utf8')).toContain('mrivera');
  });
});

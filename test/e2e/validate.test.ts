import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copyValidateCase } from '../helpers/fixtures.js';
import {
  isolatedEnv,
  removeTemporaryFolders,
  runProgram,
  temporaryFolder,
  TIMC_BIN,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const CYCLE = 'cycles/2026/20261203-asmith-k3f9';
let home: string;

function validate(root: string, args: string[] = [], cwd = root) {
  return runProgram(process.execPath, [TIMC_BIN, 'validate', ...args], {
    cwd,
    env: isolatedEnv(home),
  });
}

beforeAll(() => {
  home = temporaryFolder('timc-home-');
});

describe('timc validate (the command)', () => {
  it('is quiet but for its summary on a valid repository, and exits 0', async () => {
    const result = await validate(copyValidateCase());
    expect(result).toEqual({ code: 0, stdout: 'Checked 11 files: no problems\n', stderr: '' });
  });

  it('prints one line per problem and a summary, and exits 1 on errors', async () => {
    const result = await validate(copyValidateCase('unknown-goal'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${CYCLE}/2-activities.yaml:5:11: error: goal \`g3\` is not in this cycle's 1-goals.yaml ` +
        '(it has g1, g2) [unknown-goal]\n' +
        `${CYCLE}/4-outcomes.yaml:4:11: error: goal \`g9\` is not in this cycle's 1-goals.yaml ` +
        '(it has g1, g2) [unknown-goal]\n' +
        'Checked 11 files: 2 errors, 0 warnings\n',
    );
  });

  it('prints GitHub annotations and machine-readable JSON', async () => {
    const root = copyValidateCase('schema');
    const github = await validate(root, ['--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(
      `::error file=${CYCLE}/4-outcomes.yaml,line=4,col=5,title=timc validate [schema]::` +
        'unknown field `resutl` (did you mean `result`?) [schema]\n',
    );
    expect(github.stdout).toContain(
      `::error file=timc.yaml,line=4,col=3,title=timc validate [schema]::\`Head Teacher\` must be`,
    );

    const json = await validate(root, ['--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(json.code).toBe(1);
    expect(report).toMatchObject({ files: 11, errors: 18, warnings: 2 });
    expect(report.diagnostics).toContainEqual({
      file: `${CYCLE}/4-outcomes.yaml`,
      line: 3,
      col: 13,
      severity: 'error',
      rule: 'schema',
      message:
        '`result` must be one of met, partially-met, not-met (found "partialy-met") ' +
        '(did you mean `partially-met`?)',
    });
  });

  it('passes warnings, and fails on them with --strict', async () => {
    const root = copyValidateCase('unknown-school');
    const lenient = await validate(root);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('Checked 11 files: 0 errors, 2 warnings');

    const strict = await validate(root, ['--strict', '--quiet']);
    expect(strict.code).toBe(1);
    expect(strict.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('checks only the given paths, with the cycle folders they belong to', async () => {
    const root = copyValidateCase('unknown-member');
    const cycle = await validate(root, [`${CYCLE}/cycle.yaml`]);
    expect(cycle.code).toBe(1);
    expect(cycle.stdout).not.toContain('tim/zlee.yaml');
    expect(cycle.stdout).toContain(`${CYCLE}/2-activities.yaml:7:7: error:`);
    expect(cycle.stdout).toContain('Checked 7 files: 4 errors, 0 warnings');

    const tim = await validate(root, ['zlee.yaml'], join(root, 'tim'));
    expect(tim.stdout).toBe(
      'tim/zlee.yaml:1:1: error: tim/zlee.yaml belongs to `zlee`, who is not a member ' +
        '(no such id in members.yaml) [unknown-member]\nChecked 1 file: 1 error, 0 warnings\n',
    );
  });

  it('refuses bad usage with exit 2', async () => {
    const root = copyValidateCase();
    const format = await validate(root, ['--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/xml.*text, github, json/s);

    const outside = await validate(root, ['../elsewhere']);
    expect(outside).toMatchObject({ code: 2, stdout: '' });
    expect(outside.stderr).toMatch(/^timc: \.\.\/elsewhere is outside the cycle repository/);

    const missing = await validate(root, ['cycles/2031']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toBe('timc: cycles/2031: no such file or folder\n');
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const root = copyValidateCase('unknown-goal');
    const command = `${process.execPath} ${TIMC_BIN} validate`;
    const terminal = await runProgram('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      env: isolatedEnv(home, { TERM: 'xterm' }),
    });
    expect(terminal.stdout).toContain('\u001b[31merror\u001b[39m');

    const noColor = await runProgram('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      env: isolatedEnv(home, { TERM: 'xterm', NO_COLOR: '1' }),
    });
    expect(noColor.stdout).toContain(': error: goal');
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

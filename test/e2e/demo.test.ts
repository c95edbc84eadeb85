import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  isolatedEnv,
  removeTemporaryFolders,
  runProgram,
  temporaryFolder,
  TIMC_BIN,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('timc demo', () => {
  it('walks a cycle through all five phases and ends with the dashboard and the report', async () => {
    const home = temporaryFolder();
    const folder = join(temporaryFolder(), 'demo');
    const env = isolatedEnv(home);
    const result = await runProgram(process.execPath, [TIMC_BIN, 'demo', folder], {
      cwd: home,
      env,
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\S+-asmith-\S+ +●●●●● 5\/5 +jdoe +asmith +both /m);
    expect(result.stdout).toMatch(/^\S+-lchen-\S+ +●○○○○ 1\/5 +bkim +lchen +both /m);
    expect(result.stdout).toMatch(/^\S+-jdoe-\S+ +○○○○○ 0\/5 +asmith +jdoe +- /m);

    const report = result.stdout.slice(result.stdout.indexOf('$ TIMC_MEMBER=mrivera timc report'));
    expect(report).toMatch(/^cycle_id,school,coach_id,/m);
    expect(report.match(/^\d{8}-\S+?,/gm)).toHaveLength(2);

    const git = (args: string[]) => runProgram('git', args, { cwd: folder, env });
    expect((await git(['status', '--porcelain'])).stdout).toBe('');
    const authors = (await git(['log', '--format=%an'])).stdout.trim().split('\n');
    expect(new Set(authors)).toEqual(
      new Set(['timc', 'Alex Smith', 'Jordan Doe', 'Li Chen', 'Bo Kim', 'Maria Rivera']),
    );
  });

  it('refuses a folder that is not empty', async () => {
    const home = temporaryFolder();
    writeFileSync(join(home, 'notes.txt'), 'mine\n');
    const result = await runProgram(process.execPath, [TIMC_BIN, 'demo', home], {
      cwd: home,
      env: isolatedEnv(home),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not empty: give a new or empty folder/);
    expect(readdirSync(home)).toEqual(['notes.txt']);
  });
});

import { existsSync } from 'node:fs';
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

describe('timc init', () => {
  it('creates a committed cycle repository with schemas and a CI workflow', async () => {
    const home = temporaryFolder();
    const root = join(temporaryFolder(), 'district');
    const result = await runProgram(process.execPath, [TIMC_BIN, 'init', root, '--name', 'Maple'], {
      cwd: home,
      env: isolatedEnv(home),
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const file of [
      'timc.yaml',
      'members.yaml',
      '.timc/schemas/cycle.schema.json',
      '.github/workflows/timc-validate.yml',
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    const log = await runProgram('git', ['log', '--format=%an|%s', '--name-only'], {
      cwd: root,
      env: isolatedEnv(home),
    });
    expect(log.stdout).toContain('timc|timc: set up the cycle repository');
    expect(log.stdout).toContain('members.yaml');
    const status = await runProgram('git', ['status', '--porcelain'], {
      cwd: root,
      env: isolatedEnv(home),
    });
    expect(status.stdout).toBe('');
  });

  it('refuses a folder that already is a cycle repository', async () => {
    const home = temporaryFolder();
    const root = temporaryFolder();
    const env = isolatedEnv(home);
    await runProgram(process.execPath, [TIMC_BIN, 'init', root], { cwd: home, env });
    const again = await runProgram(process.execPath, [TIMC_BIN, 'init', root], { cwd: home, env });

    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already a cycle repository/);
  });
});

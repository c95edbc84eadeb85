import { readFileSync } from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import {
  isolatedEnv,
  removeTemporaryFolders,
  runProgram,
  temporaryFolder,
  TIMC_BIN,
} from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('what timc answers before loading any module', () => {
  const home = temporaryFolder();
  const run = (args: string[]) =>
    runProgram(process.execPath, [TIMC_BIN, ...args], { cwd: home, env: isolatedEnv(home) });

  it('prints the help commander prints, written at build time', async () => {
    const [early, full] = await Promise.all([run(['--help']), run(['--quiet', '--help'])]);

    expect(full.code).toBe(0);
    expect(early).toEqual(full);
    expect(early.stdout).toMatch(/^Usage: timc \[options\] \[command\]/);
  });

  it("prints the package's version", async () => {
    const manifest = new URL('../../package.json', import.meta.url);
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

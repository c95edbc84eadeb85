import { afterAll, describe, expect, it } from 'vitest';

import { isolatedEnv, makeRepo, removeTemporaryFolders, TIMC_BIN } from '../helpers/repo.js';
import { runInTerminal } from '../helpers/terminal.js';

afterAll(removeTemporaryFolders);

describe('prompts on a terminal', () => {
  it('timc new asks for the colleague (searchable), the side and the focus', async () => {
    const repo = await makeRepo();
    const result = await runInTerminal(
      [process.execPath, TIMC_BIN, 'new', '--as', 'jdoe'],
      [
        { waitFor: /Colleague \(type to search\)/, send: 'smi' },
        { waitFor: /Alex Smith \(asmith\)/, send: '\r' },
        { waitFor: /Your side in this cycle/, send: '\u001b[B' },
        { waitFor: /asmith coaches me/, send: '\r' },
        { waitFor: /Focus of the cycle/, send: 'Questioning techniques\r' },
      ],
      { cwd: repo.root, env: isolatedEnv(repo.home) },
    );

    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/Started cycle \d{8}-jdoe-[a-z0-9]{4}: Alex Smith coaching Jordan Doe/);
    const [cycle] = JSON.parse((await repo.run(['list', '--json'])).stdout);
    expect(cycle).toMatchObject({ coach: 'asmith', client: 'jdoe', focus: 'Questioning techniques' });
    expect((await repo.lastCommit()).author).toBe('Jordan Doe <jdoe@example.org>');
  });

  it('a prompt cancelled with Ctrl-C changes nothing', async () => {
    const repo = await makeRepo();
    const commits = await repo.commitCount();
    const result = await runInTerminal(
      [process.execPath, TIMC_BIN, 'new', '--as', 'jdoe'],
      [{ waitFor: /Colleague/, send: '\u0003' }],
      { cwd: repo.root, env: isolatedEnv(repo.home) },
    );

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/cancelled; nothing was changed/);
    expect(await repo.commitCount()).toBe(commits);
    expect(await repo.status()).toBe('');
  });
});

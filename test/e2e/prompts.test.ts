import { afterAll, describe, expect, it } from 'vitest';

import { KEY, runOnTerminal } from '../helpers/pty.js';
import { makeRepo, removeTemporaryFolders } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('prompts on a terminal', () => {
  it('timc new asks for the colleague (searchable), the side and the focus', async () => {
    const repo = await makeRepo();
    const result = await runOnTerminal(
      repo,
      ['new', '--as', 'jdoe'],
      [
        { expect: 'Bo Kim (bkim)', send: 'kim' },
        { expect: '❯ Bo Kim (bkim)', send: KEY.enter },
        { expect: 'Your side in this cycle', send: KEY.down },
        { expect: '❯ bkim coaches me', send: KEY.enter },
        { expect: 'Focus of the cycle', send: `Questioning techniques${KEY.enter}` },
      ],
    );

    expect(result.failedStep, result.output).toBeNull();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /Started cycle \d{8}-jdoe-[a-z0-9]{4}: Bo Kim coaching Jordan Doe/,
    );
    const [cycle] = JSON.parse((await repo.run(['list', '--json'])).stdout);
    expect(cycle).toMatchObject({ coach: 'bkim', client: 'jdoe', focus: 'Questioning techniques' });
    expect((await repo.lastCommit()).author).toBe('Jordan Doe <jdoe@example.org>');
  });

  it('a prompt cancelled with Ctrl-C changes nothing', async () => {
    const repo = await makeRepo();
    const commits = await repo.commitCount();
    const result = await runOnTerminal(
      repo,
      ['new', '--as', 'jdoe'],
      [{ expect: 'Bo Kim (bkim)', send: KEY.ctrlC }],
    );

    expect(result.code).toBe(1);
    expect(result.output).toMatch(/cancelled; nothing was changed/);
    expect(await repo.commitCount()).toBe(commits);
    expect(await repo.status()).toBe('');
  });
});

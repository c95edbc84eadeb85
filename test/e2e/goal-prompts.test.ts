import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readPhases } from '../helpers/cycle-files.js';
import { KEY, runOnTerminal } from '../helpers/pty.js';
import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

/** Prompt flows on a pseudo-terminal: what a person at a keyboard sees and answers. */
describe('prompts of phases 1 and 4', () => {
  let repo: TestRepo;
  let id: string;

  const data = async () => readPhases(repo, id);

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    repo.write(
      'alignments.yaml',
      'alignments:\n  - id: ISTE-1.1\n    title: Empowered learner\n' +
        '  - id: ISTE-1.2\n    title: Digital citizen\n',
    );
    repo.write('tim/asmith.yaml', 'activities:\n  - id: t1\n    tool: TUPS\n    title: Survey\n');
    await repo.git(['add', '.']);
    await repo.git(['commit', '-q', '-m', 'test: alignments and TIM activities']);
  });

  it('goal add asks for the text, then offers the alignments to search', async () => {
    const result = await runOnTerminal(
      repo,
      ['goal', 'add', '--as', 'jdoe'],
      [
        { expect: 'Goal', send: `Students pose questions${KEY.enter}` },
        { expect: 'Digital citizen', send: '1.2' },
        { expect: '❯ ISTE-1.2  Digital citizen', send: KEY.enter },
      ],
    );
    expect(result.failedStep, result.output).toBeNull();
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Added goal g1 to ${id}`);
    expect((await data()).goals.goals).toEqual([
      { id: 'g1', text: 'Students pose questions', alignment: 'ISTE-1.2' },
    ]);
  });

  it('outcome asks for the goal, the result and what happened', async () => {
    await repo.run(['goal', 'add', 'Publish work'], { as: 'jdoe' });
    const result = await runOnTerminal(
      repo,
      ['outcome', '--as', 'asmith'],
      [
        { expect: 'g2  Publish work', send: KEY.down + KEY.enter },
        { expect: 'not met', send: KEY.down + KEY.enter },
        { expect: 'What happened', send: `Half the class published${KEY.enter}` },
      ],
    );
    expect(result.failedStep, result.output).toBeNull();
    expect(result.code).toBe(0);
    expect((await data()).outcomes.outcomes).toEqual([
      { goal: 'g2', result: 'partially-met', text: 'Half the class published' },
    ]);
    expect((await repo.lastCommit()).subject).toBe(`${id}: record outcome of g2 (partially-met)`);
  });

  it('never lists the client’s TIM activities to the coach while access is off', async () => {
    const result = await runOnTerminal(
      repo,
      ['evidence', 'add', '--goal', 'g1', '--as', 'jdoe'],
      [
        { expect: 'Kind of evidence', send: KEY.enter },
        { expect: 'Web link', send: `https://example.org/poster${KEY.enter}` },
      ],
    );
    expect(result.failedStep, result.output).toBeNull();
    expect(result.code).toBe(0);
    expect(result.output).not.toContain('TIM activit');
    expect((await data()).goals.goals?.[0]?.evidence).toEqual([
      { url: 'https://example.org/poster' },
    ]);
  });

  it('lists them to the client, who picks one', async () => {
    const result = await runOnTerminal(
      repo,
      ['evidence', 'add', '--goal', 'g1', '--as', 'asmith'],
      [
        { expect: "one of the client's TIM activities", send: KEY.enter },
        { expect: 't1  TUPS  Survey', send: KEY.enter },
      ],
    );
    expect(result.failedStep, result.output).toBeNull();
    expect(result.code).toBe(0);
    expect((await data()).goals.goals?.[0]?.evidence).toContainEqual({
      tim: { member: 'asmith', id: 't1' },
    });
  });

  it('takes pasted text from the editor, and asks where the evidence goes', async () => {
    const editor = join(repo.home, 'paste-table');
    writeFileSync(editor, '#!/bin/sh\nprintf "Class\\tScore\\n7A\\t31%%\\n" > "$1"\n');
    chmodSync(editor, 0o755);
    const result = await runOnTerminal(
      repo,
      ['evidence', 'add', '--as', 'jdoe'],
      [
        { expect: 'the supporting data of the cycle', send: KEY.enter },
        { expect: 'Kind of evidence', send: KEY.down + KEY.enter },
        { expect: 'Press', send: KEY.enter },
      ],
      { env: { EDITOR: editor, VISUAL: editor } },
    );
    expect(result.failedStep, result.output).toBeNull();
    expect(result.code).toBe(0);
    expect((await data()).goals.supporting_data).toEqual([{ text: 'Class\tScore\n7A\t31%' }]);
  });

  it('does not offer alignments when the policy switched them off', async () => {
    repo.write(
      'timc.yaml',
      `${repo.read('timc.yaml')}`.replace('disabled: []', 'disabled: [goals.alignment]'),
    );
    await repo.git(['commit', '-q', '-am', 'test: no alignments']);
    const result = await runOnTerminal(
      repo,
      ['goal', 'add', '--as', 'jdoe'],
      [{ expect: 'Goal', send: `Third goal${KEY.enter}` }],
    );
    expect(result.code).toBe(0);
    expect(result.output).not.toContain('Alignment');
    expect((await data()).goals.goals?.[2]).toEqual({ id: 'g3', text: 'Third goal' });
  });
});

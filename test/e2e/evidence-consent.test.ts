import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';
import { expectNothingChanged } from '../helpers/unchanged.js';

afterAll(removeTemporaryFolders);

const TIM_CSV = `id,tool,title,completed,url
t1,TUPS,Technology uses and perceptions survey,2026-09-14,
t2,TIM-O,Observation of a science lesson,2026-10-02,https://tim.example.org/o/2
`;

interface Shown {
  goals: { supporting_data?: unknown[]; goals?: { id: string; evidence?: unknown[] }[] };
  tim_evidence_hidden: number;
}

describe('evidence and the client’s consent to TIM access', () => {
  let repo: TestRepo;
  let id: string;
  let folder: string;

  const show = async (as: string): Promise<Shown> =>
    JSON.parse((await repo.run(['show', id, '--json'], { as })).stdout) as Shown;

  beforeAll(async () => {
    repo = await makeRepo();
    id = await repo.startCycle('jdoe', ['--client', 'asmith']);
    folder = `cycles/${id.slice(0, 4)}/${id}`;
    const csv = join(repo.home, 'tim.csv');
    writeFileSync(csv, TIM_CSV);
    for (const args of [
      ['tim', 'import', 'asmith', csv],
      ['goal', 'add', 'Inquiry in science'],
    ]) {
      const result = await repo.run(args, { as: 'asmith' });
      if (result.code !== 0) throw new Error(result.stderr);
    }
  });

  it('refuses the coach a TIM activity while access is off: the client must allow it', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', '--tim', 't1', '--goal', 'g1'], { as: 'jdoe' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('jdoe may not attach TIM activities of asmith');
    expect(result.stderr).toContain('the client (asmith) must run `timc access on`');
  });

  it('lets only the client turn access on, naming the client to anyone else', async () => {
    const coach = await expectNothingChanged(repo, () =>
      repo.run(['access', 'on'], { as: 'jdoe' }),
    );
    expect(coach.code).toBe(1);
    expect(coach.stderr).toContain(`jdoe may not turn TIM access on or off for cycle ${id}`);
    expect(coach.stderr).toContain('only its client (asmith) may');

    const outsider = await expectNothingChanged(repo, () =>
      repo.run(['access', id, 'on'], { as: 'bkim' }),
    );
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toContain('bkim may not change cycle');
  });

  it('lets the client attach their own TIM activity while access is off', async () => {
    const result = await repo.run(['evidence', 'add', '--tim', 't1'], { as: 'asmith' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: add evidence to supporting data`,
      files: [`${folder}/1-goals.yaml`],
    });
    expect((await show('asmith')).goals.supporting_data).toEqual([
      { tim: { member: 'asmith', id: 't1' } },
    ]);
  });

  it('hides it from the coach in show (text and JSON), saying how many are hidden', async () => {
    const coach = await show('jdoe');
    expect(coach.goals.supporting_data).toEqual([]);
    expect(coach.tim_evidence_hidden).toBe(1);
    expect((await show('asmith')).tim_evidence_hidden).toBe(0);

    const text = await repo.run(['show', id], { as: 'jdoe' });
    expect(text.stdout).toContain('1 TIM evidence item(s) hidden');
    expect(text.stdout).not.toContain('TIM activity t1');
    const own = await repo.run(['show', id], { as: 'asmith' });
    expect(own.stdout).toContain('Supporting data: TIM activity t1 of asmith');
  });

  it('turns access on (cycle.yaml only); then the coach sees and attaches', async () => {
    const on = await repo.run(['access', 'on'], { as: 'asmith' });
    expect(on.code).toBe(0);
    expect(await repo.lastCommit()).toEqual({
      author: 'Alex Smith <asmith@example.org>',
      subject: `${id}: TIM access on`,
      files: [`${folder}/cycle.yaml`],
    });
    expect(repo.read(`${folder}/cycle.yaml`)).toMatch(/^tim_access: true$/m);

    const attach = await repo.run(['evidence', 'add', id, '--tim', 't2', '--goal', 'g1'], {
      as: 'jdoe',
    });
    expect(attach.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: add evidence to g1`);
    const coach = await show('jdoe');
    expect(coach.tim_evidence_hidden).toBe(0);
    expect(coach.goals.goals?.[0]?.evidence).toEqual([{ tim: { member: 'asmith', id: 't2' } }]);
  });

  it('says when access is already on, and changes nothing', async () => {
    const again = await expectNothingChanged(repo, () =>
      repo.run(['access', 'on'], { as: 'asmith' }),
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already on');
  });

  it('turns access off again: the coach sees neither item, the client both', async () => {
    const off = await repo.run(['access', 'off'], { as: 'asmith' });
    expect(off.code).toBe(0);
    expect((await repo.lastCommit()).subject).toBe(`${id}: TIM access off`);
    expect(off.stderr).toContain('2 TIM activities stay attached');

    expect((await show('jdoe')).tim_evidence_hidden).toBe(2);
    expect((await show('asmith')).tim_evidence_hidden).toBe(0);
    const refused = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', '--tim', 't2'], { as: 'jdoe' }),
    );
    expect(refused.code).toBe(1);
  });

  it('refuses a TIM activity the client does not have', async () => {
    const result = await expectNothingChanged(repo, () =>
      repo.run(['evidence', 'add', '--tim', 't9'], { as: 'asmith' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("asmith has no TIM activity 't9' (see tim/asmith.yaml)");
  });

  it('exits 2 for anything but on or off, and without a terminal to ask at', async () => {
    const maybe = await expectNothingChanged(repo, () =>
      repo.run(['access', 'maybe'], { as: 'asmith' }),
    );
    expect(maybe.code).toBe(2);
    expect(maybe.stderr).toContain("'maybe' is neither on nor off");
    const missing = await expectNothingChanged(repo, () => repo.run(['access'], { as: 'asmith' }));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('usage: timc access [CYCLE] on|off');
  });
});

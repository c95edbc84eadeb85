import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { cloneAs, makeSharedRepo, type SharedRepos } from '../helpers/clones.js';
import {
  addActivity,
  addCheckin,
  addGoal,
  cycleFolderOf,
  publish,
  reflect,
  setProgress,
} from '../helpers/cycle-edits.js';
import { removeTemporaryFolders, STANDARD_MEMBERS, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const [COACH, CLIENT] = STANDARD_MEMBERS as [typeof STANDARD_MEMBERS[0], typeof STANDARD_MEMBERS[0]];

function readCycleFile(repo: TestRepo, cycleId: string, file: string): Record<string, any> {
  return parse(repo.read(`${cycleFolderOf(cycleId)}/${file}`)) ?? {};
}

async function expectClean(repo: TestRepo): Promise<void> {
  expect(await repo.status()).toBe('');
}

describe('timc sync between a coach and a client', () => {
  let shared: SharedRepos;
  let cycle = '';

  beforeAll(async () => {
    shared = await makeSharedRepo(async (origin) => {
      cycle = await origin.startCycle(COACH.id, ['--client', CLIENT.id, '--focus', 'Inquiry']);
    });
  });

  it.each([
    { first: 'coach', second: 'client' },
    { first: 'client', second: 'coach' },
  ])('keeps every entry both made when the $first syncs first', async ({ first }) => {
    const coach = await cloneAs(shared, COACH);
    const client = await cloneAs(shared, CLIENT);
    const goalsBefore = readCycleFile(coach, cycle, '1-goals.yaml').goals?.length ?? 0;

    const coachGoal = await addGoal(coach, COACH, cycle, `Coach goal (${first} first)`);
    const coachActivity = await addActivity(coach, COACH, cycle, coachGoal, 'Observe a lesson');
    await setProgress(coach, COACH, cycle, coachActivity, 'in-progress');
    await addCheckin(coach, COACH, cycle, first === 'coach' ? '20261203T100000Z' : '20261204T100000Z', 'Planned');
    await reflect(coach, COACH, cycle, 'coach', `Went well (${first} first)`);
    await publish(coach, COACH, cycle, 'coach');

    const clientGoal = await addGoal(client, CLIENT, cycle, `Client goal (${first} first)`);
    const clientActivity = await addActivity(client, CLIENT, cycle, clientGoal, 'Try exit tickets');
    await setProgress(client, CLIENT, cycle, clientActivity, 'done');
    await addCheckin(client, CLIENT, cycle, first === 'coach' ? '20261203T110000Z' : '20261204T110000Z', 'Tried it', clientActivity);
    await reflect(client, CLIENT, cycle, 'client', `Learned a lot (${first} first)`);
    await publish(client, CLIENT, cycle, 'client');
    expect(coachGoal).toBe(clientGoal);

    const [one, two] = first === 'coach' ? [coach, client] : [client, coach];
    const firstSync = await one.run(['sync']);
    expect(firstSync.stderr).toBe('');
    expect(firstSync.code).toBe(0);
    const secondSync = await two.run(['sync']);
    expect(secondSync.stderr).toBe('');
    expect(secondSync.code).toBe(0);
    expect(secondSync.stdout).toMatch(/Renumbered your goal g\d+ → g\d+/);
    const again = await one.run(['sync']);
    expect(again.code).toBe(0);

    for (const repo of [coach, client]) {
      await expectClean(repo);
      const goals = readCycleFile(repo, cycle, '1-goals.yaml').goals as { id: string; text: string }[];
      expect(goals).toHaveLength(goalsBefore + 2);
      expect(new Set(goals.map((goal) => goal.id)).size).toBe(goals.length);
      const activities = readCycleFile(repo, cycle, '2-activities.yaml').activities as { id: string; goal: string; text: string }[];
      const byText = (text: string) => activities.find((activity) => activity.text === text)!;
      const goalText = (id: string) => goals.find((goal) => goal.id === id)!.text;
      expect(goalText(byText('Observe a lesson').goal)).toContain('Coach goal');
      expect(goalText(byText('Try exit tickets').goal)).toContain('Client goal');
      const reflection = readCycleFile(repo, cycle, '5-reflection.yaml');
      expect(reflection.coach.text).toBe(`Went well (${first} first)`);
      expect(reflection.client.text).toBe(`Learned a lot (${first} first)`);
      const info = readCycleFile(repo, cycle, 'cycle.yaml');
      expect(info.published.coach).toBeTruthy();
      expect(info.published.client).toBeTruthy();
    }
    expect(await coach.git(['rev-parse', 'HEAD'])).toBe(await client.git(['rev-parse', 'HEAD']));
  });
});

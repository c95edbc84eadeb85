import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { schemaKindOf } from '../../src/store/layout.js';
import { checkAgainstSchema } from '../../src/store/schemas.js';
import { cloneAs, makeSharedRepo, type SharedRepos } from '../helpers/clones.js';
import {
  addActivity,
  addCheckin,
  addGoal,
  commitAs,
  cycleFolderOf,
  editCycleFile,
  publish,
  reflect,
  setProgress,
} from '../helpers/cycle-edits.js';
import { removeTemporaryFolders, STANDARD_MEMBERS, type TestRepo } from '../helpers/repo.js';

type Member = (typeof STANDARD_MEMBERS)[0];
const [COACH, CLIENT] = STANDARD_MEMBERS as [Member, Member];

let shared: SharedRepos;
let cycle = '';
/** A goal every clone starts with, for the conflict tests. */
let goal = '';

beforeAll(async () => {
  shared = await makeSharedRepo(async (origin) => {
    cycle = await origin.startCycle(COACH.id, ['--client', CLIENT.id, '--focus', 'Inquiry']);
    goal = await addGoal(origin, COACH, cycle, 'Use exit tickets');
  });
});
afterAll(removeTemporaryFolders);

type Entry = Record<string, string>;

function readCycleFile(repo: TestRepo, file: string): Record<string, any> {
  return parse(repo.read(`${cycleFolderOf(cycle)}/${file}`)) ?? {};
}

async function expectClean(repo: TestRepo): Promise<void> {
  expect(await repo.status()).toBe('');
}

/** Every file of the cycle against its schema (until `timc validate` can be run here). */
async function expectCycleFilesValid(repo: TestRepo): Promise<void> {
  const files = (await repo.git(['ls-files', cycleFolderOf(cycle)])).split('\n').filter(Boolean);
  for (const file of files) {
    const problems = await checkAgainstSchema(schemaKindOf(file)!, parse(repo.read(file)));
    expect(problems, file).toEqual([]);
  }
}

describe('timc sync between a coach and a client', () => {
  it.each([
    { first: 'coach', day: '03' },
    { first: 'client', day: '04' },
  ])('keeps every entry both made when the $first syncs first', async ({ first, day }) => {
    const coach = await cloneAs(shared, COACH);
    const client = await cloneAs(shared, CLIENT);
    const goalsBefore = readCycleFile(coach, '1-goals.yaml').goals.length as number;

    const coachGoal = await addGoal(coach, COACH, cycle, `Coach goal (${first} first)`);
    const coachActivity = await addActivity(coach, COACH, cycle, coachGoal, `Observe (${first})`);
    await setProgress(coach, COACH, cycle, coachActivity, 'in-progress');
    await addCheckin(coach, COACH, cycle, `202612${day}T100000Z`, 'Planned');
    await reflect(coach, COACH, cycle, 'coach', `Went well (${first} first)`);
    await publish(coach, COACH, cycle, 'coach', `2026-12-${day}T10:00:00Z`);

    const clientGoal = await addGoal(client, CLIENT, cycle, `Client goal (${first} first)`);
    const ticketsText = `Tickets (${first})`;
    const clientActivity = await addActivity(client, CLIENT, cycle, clientGoal, ticketsText);
    await setProgress(client, CLIENT, cycle, clientActivity, 'done');
    await addCheckin(client, CLIENT, cycle, `202612${day}T110000Z`, 'Tried it', clientActivity);
    await reflect(client, CLIENT, cycle, 'client', `Learned a lot (${first} first)`);
    await publish(client, CLIENT, cycle, 'client', `2026-12-${day}T11:00:00Z`);
    expect(coachGoal).toBe(clientGoal);

    const [one, two] = first === 'coach' ? [coach, client] : [client, coach];
    const firstSync = await one.run(['sync']);
    expect(firstSync.stderr).toBe('');
    expect(firstSync.stdout).toBe('Pushed 6 commits to origin/main; nothing to pull\n');
    const secondSync = await two.run(['sync']);
    expect(secondSync.stderr).toBe('');
    expect(secondSync.stdout).toContain(`Renumbered your goal ${coachGoal} → g`);
    expect(secondSync.stdout).toContain('Pulled 6 commits from origin/main and pushed 6\n');
    const third = await one.run(['sync']);
    expect(third.stdout).toBe('Pulled 6 commits from origin/main; nothing to push\n');

    for (const repo of [coach, client]) {
      await expectClean(repo);
      await expectCycleFilesValid(repo);
      const goals = readCycleFile(repo, '1-goals.yaml').goals as { id: string; text: string }[];
      expect(goals).toHaveLength(goalsBefore + 2);
      expect(new Set(goals.map((entry) => entry.id)).size).toBe(goals.length);
      const goalText = (id: string) => goals.find((entry) => entry.id === id)?.text;

      const activities = readCycleFile(repo, '2-activities.yaml').activities as Entry[];
      const activity = (text: string) => activities.find((entry) => entry.text === text)!;
      expect(goalText(activity(`Observe (${first})`).goal!)).toBe(`Coach goal (${first} first)`);
      expect(goalText(activity(`Tickets (${first})`).goal!)).toBe(`Client goal (${first} first)`);

      const progress = readCycleFile(repo, '3-progress.yaml').progress as Entry[];
      const statusOf = (text: string) =>
        progress.find((entry) => entry.activity === activity(text).id)?.status;
      expect(statusOf(`Observe (${first})`)).toBe('in-progress');
      expect(statusOf(`Tickets (${first})`)).toBe('done');

      const checkins = `${cycleFolderOf(cycle)}/checkins`;
      const checkin = parse(repo.read(`${checkins}/202612${day}T110000Z-${CLIENT.id}.yaml`));
      expect(checkin.activity).toBe(activity(`Tickets (${first})`).id);
      expect(repo.read(`${checkins}/202612${day}T100000Z-${COACH.id}.yaml`)).toContain('Planned');

      const reflection = readCycleFile(repo, '5-reflection.yaml');
      expect(reflection.coach.text).toBe(`Went well (${first} first)`);
      expect(reflection.client.text).toBe(`Learned a lot (${first} first)`);
      const info = readCycleFile(repo, 'cycle.yaml');
      expect(info.published).toEqual({
        coach: `2026-12-${day}T10:00:00Z`,
        client: `2026-12-${day}T11:00:00Z`,
      });
    }
    expect(await coach.git(['rev-parse', 'HEAD'])).toBe(await client.git(['rev-parse', 'HEAD']));
    const authors = await coach.git(['log', '-12', '--format=%an|%s']);
    expect(authors).toContain(`${CLIENT.name}|${cycle}: add goal g`);
    expect(authors).toContain(`${COACH.name}|${cycle}: coach reflection`);
  });
});

async function changeGoalText(repo: TestRepo, member: typeof COACH, text: string): Promise<void> {
  const path = editCycleFile(repo, cycle, '1-goals.yaml', (data) => {
    (data.goals as { id: string; text: string }[]).find((entry) => entry.id === goal)!.text = text;
  });
  await commitAs(repo, member, [path], `${cycle}: change goal ${goal}`);
}

function goalText(repo: TestRepo): string {
  return (readCycleFile(repo, '1-goals.yaml').goals as { id: string; text: string }[]).find(
    (entry) => entry.id === goal,
  )!.text;
}

describe('timc sync on a true conflict', () => {
  it('stops, leaves both clones as they were, names the field and how to keep a side', async () => {
    const coach = await cloneAs(shared, COACH);
    const client = await cloneAs(shared, CLIENT);
    await changeGoalText(coach, COACH, 'Use exit tickets daily');
    await changeGoalText(client, CLIENT, 'Use exit tickets weekly');
    await addCheckin(client, CLIENT, cycle, '20261205T120000Z', 'Also this');
    expect((await coach.run(['sync'])).code).toBe(0);
    const headBefore = await client.git(['rev-parse', 'HEAD']);
    const file = `${cycleFolderOf(cycle)}/1-goals.yaml`;
    const goalsBefore = client.read(file);

    const stopped = await client.run(['sync']);

    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    const where = `cycle ${cycle}, file 1-goals.yaml, field goals[${goal}].text`;
    expect(stopped.stderr).toContain(where);
    expect(stopped.stderr).toContain('yours:  "Use exit tickets weekly"');
    expect(stopped.stderr).toContain('origin/main:  "Use exit tickets daily"');
    expect(stopped.stderr).toContain(`timc sync --keep mine ${file} 'goals[${goal}].text'`);
    expect(stopped.stderr).toContain(`timc sync --keep theirs ${file} 'goals[${goal}].text'`);
    expect(await client.git(['rev-parse', 'HEAD'])).toBe(headBefore);
    expect(client.read(file)).toBe(goalsBefore);
    await expectClean(client);
    const markers = await client.git(['grep', '-c', '<<<<<<<']).catch(() => 'none');
    expect(markers).toBe('none');
    await expectClean(coach);

    const kept = await client.run(['sync', '--keep', 'mine', file, `goals[${goal}].text`]);
    expect(kept.stderr).toBe('');
    expect(kept.code).toBe(0);
    expect(goalText(client)).toBe('Use exit tickets weekly');
    await expectClean(client);
    expect((await coach.run(['sync'])).code).toBe(0);
    expect(goalText(coach)).toBe('Use exit tickets weekly');
    const checkin = `${cycleFolderOf(cycle)}/checkins/20261205T120000Z-${CLIENT.id}.yaml`;
    expect(coach.read(checkin)).toContain('Also this');
    await expectClean(coach);
  });

  it('keeps the shared value with --keep theirs; refuses a choice for no conflict', async () => {
    const coach = await cloneAs(shared, COACH);
    const client = await cloneAs(shared, CLIENT);
    await changeGoalText(coach, COACH, 'Coach wording');
    await changeGoalText(client, CLIENT, 'Client wording');
    expect((await coach.run(['sync'])).code).toBe(0);
    expect((await client.run(['sync'])).code).toBe(1);

    const refused = await client.run(['sync', '--keep', 'theirs', 'members.yaml']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no conflict is waiting on members\.yaml; the last sync/);

    const kept = await client.run(['sync', '--keep', 'theirs']);
    expect(kept.code).toBe(0);
    expect(goalText(client)).toBe('Coach wording');
    await expectClean(client);
  });
});

describe('timc sync refuses to start', () => {
  it('without a remote, saying how to add one', async () => {
    const coach = await cloneAs(shared, COACH);
    await coach.git(['remote', 'remove', 'origin']);
    const result = await coach.run(['sync']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /no remote to sync with: add the shared repository with `git remote add origin URL`/,
    );
  });

  it('with uncommitted changes, listing them, and changes nothing', async () => {
    const coach = await cloneAs(shared, COACH);
    coach.write(`${cycleFolderOf(cycle)}/checkins/20261209T100000Z-jdoe.yaml`, 'author: jdoe\n');
    editCycleFile(coach, cycle, '1-goals.yaml', (data) => (data.focus = 'Changed'));
    coach.write('.members.yaml.12345-abcdef01.tmp', 'partial');
    coach.write('notes.txt', "mine, not timc's");
    const head = await coach.git(['rev-parse', 'HEAD']);

    const result = await coach.run(['sync']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/uncommitted changes, so nothing was synced/);
    expect(result.stderr).toMatch(/modified +cycles\/.*\/1-goals\.yaml/);
    expect(result.stderr).toMatch(/new +cycles\/.*\/checkins\/20261209T100000Z-jdoe\.yaml/);
    expect(result.stderr).not.toContain('.tmp');
    expect(result.stderr).not.toContain('notes.txt');
    expect(await coach.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('and says when there is nothing to pull or push', async () => {
    const client = await cloneAs(shared, CLIENT);
    const result = await client.run(['sync']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Already in sync with origin/main: nothing to pull or push\n');
    const json = await client.run(['sync', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      remote: 'origin/main',
      pulled: 0,
      pushed: 0,
      renumbered: [],
    });
  });
});

describe('a repository made by timc init', () => {
  it("declares timc's merge driver for its YAML files and ignores temporary files", async () => {
    const repo = shared.origin;
    const attributes = await repo.git([
      'check-attr',
      'merge',
      '--',
      `${cycleFolderOf(cycle)}/1-goals.yaml`,
      'members.yaml',
      'tim/asmith.yaml',
      'notes/members.yaml',
      '.github/workflows/timc-validate.yml',
    ]);
    expect(attributes.trim().split('\n')).toEqual([
      `${cycleFolderOf(cycle)}/1-goals.yaml: merge: timc`,
      'members.yaml: merge: timc',
      'tim/asmith.yaml: merge: timc',
      'notes/members.yaml: merge: unspecified',
      '.github/workflows/timc-validate.yml: merge: unspecified',
    ]);
    const temporary = `${cycleFolderOf(cycle)}/.1-goals.yaml.42-0a1b2c3d.tmp`;
    const ignored = await repo.git(['check-ignore', temporary]);
    expect(ignored).not.toBe('');
    const gitFiles = await repo.git(['ls-files', '.gitattributes', '.gitignore']);
    expect(gitFiles).toBe('.gitattributes\n.gitignore\n');
  });
});

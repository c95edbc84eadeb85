import { existsSync } from 'node:fs';

import { schemaKindOf } from '../../src/store/layout.js';
import { parseYamlText, renderYamlFile } from '../../src/store/yaml-file.js';
import type { TestMember, TestRepo } from './repo.js';

/*
 * Changes to a cycle made the way a person's timc would make them, but by editing the YAML
 * with the yaml library and committing with git, so that the sync tests do not depend on the
 * phase commands.
 */

export function cycleFolderOf(cycleId: string): string {
  return `cycles/${cycleId.slice(0, 4)}/${cycleId}`;
}

/**
 * Edits one file of a cycle as timc writes it (the top-level keys that changed are replaced,
 * comments elsewhere kept, the schema line and quoting as timc's), creating it when missing.
 */
export function editCycleFile(
  repo: TestRepo,
  cycleId: string,
  file: string,
  edit: (data: Record<string, unknown>) => void,
): string {
  const relPath = `${cycleFolderOf(cycleId)}/${file}`;
  const kind = schemaKindOf(relPath)!;
  const text = existsSync(`${repo.root}/${relPath}`) ? repo.read(relPath) : '{}';
  const yamlFile = parseYamlText(text, relPath, kind);
  const before = (yamlFile.doc.toJS() ?? {}) as Record<string, unknown>;
  const data = structuredClone(before);
  edit(data);

  for (const [key, value] of Object.entries(data)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key])) {
      yamlFile.doc.set(key, yamlFile.doc.createNode(value));
    }
  }
  repo.write(relPath, renderYamlFile(yamlFile));
  return relPath;
}

/** One commit of `paths` authored as `member`. */
export async function commitAs(
  repo: TestRepo,
  member: TestMember,
  paths: readonly string[],
  message: string,
): Promise<void> {
  const identity = ['-c', `user.name=${member.name}`, '-c', `user.email=${member.email}`];
  await repo.git(['add', '--', ...paths]);
  await repo.git([...identity, 'commit', '--quiet', '-m', message, '--', ...paths]);
}

function nextId(prefix: string, entries: unknown): string {
  const numbers = ((entries as { id?: string }[] | undefined) ?? []).map((entry) =>
    Number(entry.id?.slice(1) ?? 0),
  );
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

function listOf(data: Record<string, unknown>, key: string): Record<string, unknown>[] {
  if (!Array.isArray(data[key])) data[key] = [];
  return data[key] as Record<string, unknown>[];
}

/** `timc goal add`: the next goal id as this clone sees it. Returns the id. */
export async function addGoal(repo: TestRepo, member: TestMember, cycleId: string, text: string) {
  let id = '';
  const path = editCycleFile(repo, cycleId, '1-goals.yaml', (data) => {
    id = nextId('g', data.goals);
    listOf(data, 'goals').push({ id, text });
  });
  await commitAs(repo, member, [path], `${cycleId}: add goal ${id}`);
  return id;
}

export async function addActivity(
  repo: TestRepo,
  member: TestMember,
  cycleId: string,
  goal: string,
  text: string,
): Promise<string> {
  let id = '';
  const path = editCycleFile(repo, cycleId, '2-activities.yaml', (data) => {
    id = nextId('a', data.activities);
    listOf(data, 'activities').push({ id, goal, text, owner: 'both' });
  });
  await commitAs(repo, member, [path], `${cycleId}: add activity ${id} (goal ${goal})`);
  return id;
}

export async function setProgress(
  repo: TestRepo,
  member: TestMember,
  cycleId: string,
  activity: string,
  status: string,
): Promise<void> {
  const path = editCycleFile(repo, cycleId, '3-progress.yaml', (data) => {
    const list = listOf(data, 'progress').filter((entry) => entry.activity !== activity);
    list.push({ activity, status, updated_at: '2026-12-03T10:00:00Z' });
    data.progress = list;
  });
  await commitAs(repo, member, [path], `${cycleId}: progress of ${activity}: ${status}`);
}

export async function addCheckin(
  repo: TestRepo,
  member: TestMember,
  cycleId: string,
  stamp: string,
  text: string,
  activity?: string,
): Promise<string> {
  const relPath = `${cycleFolderOf(cycleId)}/checkins/${stamp}-${member.id}.yaml`;
  const at = stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
  const fields = { author: member.id, at, kind: 'event', text, ...(activity ? { activity } : {}) };
  const file = parseYamlText('{}', relPath, 'checkin');
  for (const [key, value] of Object.entries(fields)) file.doc.set(key, value);
  repo.write(relPath, renderYamlFile(file));
  await commitAs(repo, member, [relPath], `${cycleId}: add check-in (event)`);
  return relPath;
}

export async function reflect(
  repo: TestRepo,
  member: TestMember,
  cycleId: string,
  side: 'coach' | 'client',
  text: string,
): Promise<void> {
  const path = editCycleFile(repo, cycleId, '5-reflection.yaml', (data) => {
    data[side] = { text, at: '2026-12-05T10:00:00Z' };
  });
  await commitAs(repo, member, [path], `${cycleId}: ${side} reflection`);
}

export async function publish(
  repo: TestRepo,
  member: TestMember,
  cycleId: string,
  side: 'coach' | 'client',
  at = '2026-12-06T10:00:00Z',
): Promise<void> {
  const path = editCycleFile(repo, cycleId, 'cycle.yaml', (data) => {
    const published = (data.published ?? {}) as Record<string, unknown>;
    data.published = { ...published, [side]: at };
  });
  await commitAs(repo, member, [path], `${cycleId}: publish (${side})`);
}

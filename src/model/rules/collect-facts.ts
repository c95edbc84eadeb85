import type { SchemaKind } from '../../store/layout.js';
import type { Permission } from '../types.js';
import { asList, asRecord, type DataRecord, ownText, ownValue } from './data-access.js';
import type { YamlPath } from './problem.js';
import {
  type CycleFacts,
  cycleFactsFor,
  cycleFolderOf,
  type Located,
  type ReferenceKind,
  type RepositoryFacts,
} from './repository-facts.js';

/**
 * `at` and then `more`, as one array shared by every file with the same path: the same few
 * paths (`goals[0].id`) come back in every cycle, and a district's repository has hundreds of
 * thousands of references.
 */
const sharedPaths = new Map<string, YamlPath>();
function pathTo(at: YamlPath, ...more: (string | number)[]): YamlPath {
  const path = [...at, ...more];
  const id = JSON.stringify(path);
  const shared = sharedPaths.get(id);
  if (shared) return shared;
  sharedPaths.set(id, path);
  return path;
}

function locate(record: DataRecord | undefined, key: string, file: string, at: YamlPath) {
  const value = ownText(record, key);
  return value === undefined ? undefined : { value, file, path: pathTo(at, key) };
}

/** The records of the list at `key`, each with its index. */
function entriesOf(record: DataRecord | undefined, key: string): [DataRecord, number][] {
  return asList(ownValue(record, key)).flatMap((entry, index): [DataRecord, number][] => {
    const found = asRecord(entry);
    return found ? [[found, index]] : [];
  });
}

function collectSettings(facts: RepositoryFacts, data: DataRecord | undefined): void {
  const roles = new Map<string, Permission[]>();
  for (const [name, permissions] of Object.entries(asRecord(ownValue(data, 'roles')) ?? {})) {
    roles.set(
      name,
      asList(permissions).filter((p): p is Permission => typeof p === 'string'),
    );
  }
  facts.roles = roles;

  const schools = entriesOf(data, 'schools').flatMap(([school]) => ownText(school, 'id') ?? []);
  facts.schools = schools.length > 0 ? new Set(schools) : undefined;
}

function collectMembers(facts: RepositoryFacts, file: string, data: DataRecord | undefined): void {
  facts.members = entriesOf(data, 'members').flatMap(([member, index]) => {
    const at = ['members', index];
    const id = locate(member, 'id', file, at);
    if (!id) return [];
    return [
      {
        id,
        email: locate(member, 'email', file, at),
        role: locate(member, 'role', file, at),
        school: locate(member, 'school', file, at),
      },
    ];
  });
}

function idsOf(data: DataRecord | undefined, list: string): Set<string> {
  return new Set(entriesOf(data, list).flatMap(([entry]) => ownText(entry, 'id') ?? []));
}

function refer(cycle: CycleFacts, kind: ReferenceKind, found: Located | undefined): void {
  if (found) cycle.references.push({ kind, ...found });
}

/** Evidence items of a list; `{tim: …}` ones become TIM references. */
function collectEvidence(cycle: CycleFacts, file: string, list: unknown, at: YamlPath): void {
  asList(list).forEach((item, index) => {
    const tim = asRecord(ownValue(asRecord(item), 'tim'));
    if (!tim) return;
    const path = pathTo(at, index, 'tim');
    cycle.timEvidence.push({ file, path, member: ownText(tim, 'member'), id: ownText(tim, 'id') });
  });
}

function collectCompletion(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  refer(cycle, 'member', locate(asRecord(ownValue(data, 'complete')), 'by', file, ['complete']));
}

function collectCycleInfo(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  cycle.info = {
    file,
    id: locate(data, 'id', file, []),
    coach: locate(data, 'coach', file, []),
    client: locate(data, 'client', file, []),
    timAccess: ownValue(data, 'tim_access') === true,
  };
  for (const key of ['coach', 'client', 'created_by']) {
    refer(cycle, 'member', locate(data, key, file, []));
  }
  refer(cycle, 'school', locate(data, 'school', file, []));
}

function collectGoals(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  collectEvidence(cycle, file, ownValue(data, 'supporting_data'), ['supporting_data']);
  for (const [goal, index] of entriesOf(data, 'goals')) {
    const at = ['goals', index];
    const id = locate(goal, 'id', file, at);
    if (id) cycle.goals.push(id);
    refer(cycle, 'alignment', locate(goal, 'alignment', file, at));
    collectEvidence(cycle, file, ownValue(goal, 'evidence'), [...at, 'evidence']);
  }
}

function collectActivities(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  for (const [activity, index] of entriesOf(data, 'activities')) {
    const id = locate(activity, 'id', file, ['activities', index]);
    if (id) cycle.activities.push(id);
    refer(cycle, 'goal', locate(activity, 'goal', file, ['activities', index]));
  }
}

function collectProgress(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  for (const [entry, index] of entriesOf(data, 'progress')) {
    refer(cycle, 'activity', locate(entry, 'activity', file, ['progress', index]));
  }
}

function collectOutcomes(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  for (const [outcome, index] of entriesOf(data, 'outcomes')) {
    refer(cycle, 'goal', locate(outcome, 'goal', file, ['outcomes', index]));
    collectEvidence(cycle, file, ownValue(outcome, 'evidence'), ['outcomes', index, 'evidence']);
  }
}

function collectCheckin(cycle: CycleFacts, file: string, data: DataRecord | undefined): void {
  const author = locate(data, 'author', file, []);
  if (author) cycle.checkinAuthors.push(author);
  refer(cycle, 'member', author);
  refer(cycle, 'activity', locate(data, 'activity', file, []));
}

const CYCLE_FILE_COLLECTORS: Partial<Record<SchemaKind, typeof collectGoals>> = {
  cycle: collectCycleInfo,
  checkin: collectCheckin,
  goals: collectGoals,
  activities: collectActivities,
  progress: collectProgress,
  outcomes: collectOutcomes,
};

function collectCycleFile(
  cycle: CycleFacts,
  kind: SchemaKind,
  file: string,
  data: DataRecord | undefined,
): void {
  if (kind !== 'cycle' && kind !== 'checkin') collectCompletion(cycle, file, data);
  CYCLE_FILE_COLLECTORS[kind]?.(cycle, file, data);
}

/** The member a `tim/<id>.yaml` file belongs to. */
export function timOwnerOf(relPath: string): string {
  return relPath.slice('tim/'.length, -'.yaml'.length);
}

/** Adds what the rules need of one file's data (valid or not) to `facts`. */
export function collectFacts(
  facts: RepositoryFacts,
  relPath: string,
  kind: SchemaKind,
  data: unknown,
): void {
  const record = asRecord(data);
  if (kind === 'settings') return collectSettings(facts, record);
  if (kind === 'members') return collectMembers(facts, relPath, record);
  if (kind === 'alignments') {
    facts.alignments = idsOf(record, 'alignments');
    return;
  }
  if (kind === 'tim') {
    facts.tim.set(timOwnerOf(relPath), idsOf(record, 'activities'));
    facts.timOwners.push({ value: timOwnerOf(relPath), file: relPath, path: [] });
    return;
  }

  const folder = cycleFolderOf(relPath);
  if (folder) collectCycleFile(cycleFactsFor(facts, folder), kind, relPath, record);
}

/** Records that a file could not be read, so that rules do not trust what it would define. */
export function markUnreadable(facts: RepositoryFacts, relPath: string, kind: SchemaKind): void {
  if (kind === 'settings') facts.roles = undefined;
  if (kind === 'members') facts.members = undefined;
  if (kind === 'alignments') facts.alignments = undefined;
  if (kind === 'tim') {
    facts.tim.set(timOwnerOf(relPath), undefined);
    facts.timOwners.push({ value: timOwnerOf(relPath), file: relPath, path: [] });
  }

  const folder = cycleFolderOf(relPath);
  if (!folder) return;
  const cycle = cycleFactsFor(facts, folder);
  if (kind === 'goals') cycle.goalsUnreadable = true;
  if (kind === 'activities') cycle.activitiesUnreadable = true;
}

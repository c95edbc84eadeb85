import { posix } from 'node:path';

import { parseCycleId } from '../model/ids.js';
import { PHASES, type PhaseDefinition } from '../model/phases.js';

/** The kinds of file in a cycle repository; each has `schemas/<kind>.schema.json`. */
export type SchemaKind =
  | 'settings'
  | 'members'
  | 'alignments'
  | 'tim'
  | 'cycle'
  | 'goals'
  | 'activities'
  | 'progress'
  | 'outcomes'
  | 'reflection'
  | 'checkin';

export const SETTINGS_FILE = 'timc.yaml';
export const MEMBERS_FILE = 'members.yaml';
export const ALIGNMENTS_FILE = 'alignments.yaml';
export const CYCLES_FOLDER = 'cycles';
export const SCHEMAS_FOLDER = '.timc/schemas';
export const CYCLE_FILE = 'cycle.yaml';
export const CHECKINS_FOLDER = 'checkins';

export function timFile(memberId: string): string {
  return `tim/${memberId}.yaml`;
}

/** `cycles/<year>/<id>`: cycles sit under the year of their id. */
export function cycleFolder(cycleId: string): string {
  const parts = parseCycleId(cycleId);
  if (!parts) throw new Error(`not a cycle id: ${cycleId}`);
  return `${CYCLES_FOLDER}/${parts.year}/${cycleId}`;
}

export function cycleInfoFile(cycleId: string): string {
  return `${cycleFolder(cycleId)}/${CYCLE_FILE}`;
}

export function phaseFile(cycleId: string, phase: PhaseDefinition): string {
  return `${cycleFolder(cycleId)}/${phase.file}`;
}

/** `checkins/<stamp>-<member>.yaml`, with `-2`, `-3`… for a second check-in in one second. */
export function checkinFile(cycleId: string, stamp: string, memberId: string, n = 1): string {
  const suffix = n > 1 ? `-${n}` : '';
  return `${cycleFolder(cycleId)}/${CHECKINS_FOLDER}/${stamp}-${memberId}${suffix}.yaml`;
}

/**
 * Orders check-in file names as they were logged: by stamp and member, then `-2` after the
 * unsuffixed name and `-10` after `-9` (plain text order would put `-2` first).
 */
export function compareCheckinFiles(a: string, b: string): number {
  const split = (name: string) => {
    const match = /^(.*?)(?:-(\d+))?\.yaml$/.exec(name);
    return { stem: match?.[1] ?? name, n: Number(match?.[2] ?? 1) };
  };
  const [left, right] = [split(a), split(b)];
  if (left.stem !== right.stem) return left.stem < right.stem ? -1 : 1;
  return left.n - right.n;
}

/** The schema a repository-relative path must follow; undefined for files timc does not own. */
export function schemaKindOf(relPath: string): SchemaKind | undefined {
  if (relPath === SETTINGS_FILE) return 'settings';
  if (relPath === MEMBERS_FILE) return 'members';
  if (relPath === ALIGNMENTS_FILE) return 'alignments';
  if (/^tim\/[^/]+\.yaml$/.test(relPath)) return 'tim';

  const inCycle = /^cycles\/\d{4}\/[^/]+\/(.+)$/.exec(relPath);
  return inCycle ? cycleFileKind(inCycle[1]!) : undefined;
}

/** The schema of a file inside a cycle folder, by its path inside the folder. */
export function cycleFileKind(name: string): SchemaKind | undefined {
  if (name === CYCLE_FILE) return 'cycle';
  if (/^checkins\/[^/]+\.yaml$/.test(name)) return 'checkin';
  return PHASES.find((phase) => phase.file === name)?.key;
}

/** The `$schema` reference from a file to its schema under `.timc/schemas/`. */
export function schemaReference(relPath: string, kind: SchemaKind): string {
  const fromFolder = posix.dirname(relPath);
  return posix.relative(fromFolder, `${SCHEMAS_FOLDER}/${kind}.schema.json`);
}

import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { KeepChoice } from '../merge/keep-choices.js';
import { writeFilesAtomically } from './atomic-write.js';

/** A conflict that stopped a sync, as the person sees it: their value and the shared one. */
export interface SyncConflict {
  file: string;
  /** The field (`goals[g1].text`); undefined when git could not merge the file as a whole. */
  field?: string;
  mine?: unknown;
  theirs?: unknown;
  /** Why a whole file could not be merged (e.g. removed on one side, changed on the other). */
  reason?: string;
}

/** What a stopped sync leaves for the next one, in `.git/timc-sync/state.json`. */
export interface SyncState {
  /** The shared commit the conflicts were found against; choices lapse when it moves on. */
  upstream?: string;
  conflicts: SyncConflict[];
  choices: KeepChoice[];
}

/** The merge driver's report of one conflict (ours = the shared side during a rebase). */
export interface DriverConflict {
  path: string;
  field: string;
  ours: unknown;
  theirs: unknown;
}

const STATE_FILE = 'state.json';
const DRIVER_REPORT = 'driver-conflicts.jsonl';

/** Timc's own folder inside `.git`, for what a sync leaves behind. */
export function syncStateFolder(gitDir: string): string {
  return join(gitDir, 'timc-sync');
}

export async function readSyncState(folder: string): Promise<SyncState> {
  try {
    const state = JSON.parse(await readFile(join(folder, STATE_FILE), 'utf8')) as SyncState;
    const { upstream, conflicts = [], choices = [] } = state;
    return { upstream, conflicts, choices };
  } catch {
    return { conflicts: [], choices: [] };
  }
}

export async function writeSyncState(folder: string, state: SyncState): Promise<void> {
  const text = `${JSON.stringify(state, null, 2)}\n`;
  await writeFilesAtomically([{ path: join(folder, STATE_FILE), text }]);
}

export async function clearSyncState(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Called by the merge driver: one line per conflict it could not settle. */
export async function appendDriverConflicts(
  folder: string,
  conflicts: readonly DriverConflict[],
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const lines = conflicts.map((conflict) => `${JSON.stringify(conflict)}\n`).join('');
  await appendFile(join(folder, DRIVER_REPORT), lines);
}

export async function takeDriverConflicts(folder: string): Promise<DriverConflict[]> {
  const path = join(folder, DRIVER_REPORT);
  const text = await readFile(path, 'utf8').catch(() => '');
  await rm(path, { force: true });
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as DriverConflict);
}

import { TimcError } from '../errors.js';
import { PHASES, type PhaseKey } from '../model/phases.js';
import type { Checkin, Cycle, CycleInfo } from '../model/types.js';
import { listFolder } from './cycle-ids.js';
import {
  CHECKINS_FOLDER,
  compareCheckinFiles,
  cycleFolder,
  cycleInfoFile,
  phaseFile,
} from './layout.js';
import { fileFromTemplate } from './templates.js';
import { dataOf, readYamlFile, type YamlFile } from './yaml-file.js';
import { readCheckedFile } from './checked-file.js';

export { listCycleIds, resolveCycleRef } from './cycle-ids.js';

/** The files of one cycle, parsed with comments, for reading and editing. */
export interface CycleFiles {
  id: string;
  info: YamlFile;
  /** A phase file missing on disk comes from its template, ready to be written. */
  phases: Record<PhaseKey, YamlFile>;
  checkins: YamlFile[];
}

async function readPhaseFile(root: string, id: string, key: PhaseKey): Promise<YamlFile> {
  const phase = PHASES.find((candidate) => candidate.key === key)!;
  const relPath = phaseFile(id, phase);
  try {
    return await readYamlFile(root, relPath, key);
  } catch (error) {
    if (!(error instanceof TimcError) || !error.message.endsWith('is missing')) throw error;
    return fileFromTemplate(`cycle/${phase.file}`, relPath, key);
  }
}

async function readCheckinFiles(root: string, id: string): Promise<YamlFile[]> {
  const folder = `${cycleFolder(id)}/${CHECKINS_FOLDER}`;
  const names = (await listFolder(`${root}/${folder}`))
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .sort();
  return Promise.all(names.map((name) => readYamlFile(root, `${folder}/${name}`, 'checkin')));
}

export interface ReadCycleOptions {
  /** Read the check-in files too (default true); `list` does without them. */
  checkins?: boolean;
}

export async function readCycleFiles(
  root: string,
  id: string,
  options: ReadCycleOptions = {},
): Promise<CycleFiles> {
  const [info, goals, activities, progress, outcomes, reflection, checkins] = await Promise.all([
    readYamlFile(root, cycleInfoFile(id), 'cycle'),
    readPhaseFile(root, id, 'goals'),
    readPhaseFile(root, id, 'activities'),
    readPhaseFile(root, id, 'progress'),
    readPhaseFile(root, id, 'outcomes'),
    readPhaseFile(root, id, 'reflection'),
    options.checkins === false ? Promise.resolve([]) : readCheckinFiles(root, id),
  ]);
  // Who may do what, and what is shown, rest on these files: a hand edit that breaks one stops
  // here with its place, instead of being read as something it is not.
  for (const file of [info, goals, activities, progress, outcomes, reflection, ...checkins]) {
    await readCheckedFile(file);
  }
  return { id, info, phases: { goals, activities, progress, outcomes, reflection }, checkins };
}

function objectOf<T>(file: YamlFile): T {
  const data = dataOf<T | null>(file);
  return (data && typeof data === 'object' ? data : {}) as T;
}

/** The plain data of a cycle's files. */
export function cycleFromFiles(files: CycleFiles): Cycle {
  return {
    info: objectOf<CycleInfo>(files.info),
    goals: objectOf(files.phases.goals),
    activities: objectOf(files.phases.activities),
    progress: objectOf(files.phases.progress),
    outcomes: objectOf(files.phases.outcomes),
    reflection: objectOf(files.phases.reflection),
    checkins: files.checkins
      .map((file) => ({ ...objectOf<Checkin>(file), file: file.relPath.split('/').pop()! }))
      .sort(
        (a, b) => String(a.at).localeCompare(String(b.at)) || compareCheckinFiles(a.file, b.file),
      ),
  };
}

export async function readCycle(root: string, id: string, options: ReadCycleOptions = {}) {
  const files = await readCycleFiles(root, id, options);
  return { files, cycle: cycleFromFiles(files) };
}

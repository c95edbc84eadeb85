import { parseCycleId } from '../model/ids.js';
import { PHASES } from '../model/phases.js';
import { CHECKINS_FOLDER, CYCLE_FILE, CYCLES_FOLDER } from './layout.js';

/** The files of one cycle folder that timc reads, as repository-relative paths. */
export interface CycleFileGroup {
  id: string;
  /** `cycles/<year>/<id>`. */
  folder: string;
  /** `<folder>/cycle.yaml`, when the folder holds one. */
  info?: string;
  /** The phase files the folder holds (a missing one is an empty phase). */
  phases: string[];
  /** The check-in files, sorted by name. */
  checkins: string[];
}

const IN_CYCLE_FOLDER = new RegExp(`^${CYCLES_FOLDER}/(\\d{4})/([^/]+)/(.+)$`);
const CHECKIN_NAME = new RegExp(`^${CHECKINS_FOLDER}/[^./][^/]*\\.yaml$`);
const PHASE_NAMES = new Set(PHASES.map((phase) => phase.file));

/**
 * Sorts a repository's file list (from `listRepositoryFiles`) into cycle folders, by id. Only
 * folders named as a cycle id of their year count, as for `listCycleIds`; files timc does not
 * own (notes, hidden temporary files) are left out.
 */
export function groupCycleFiles(relPaths: readonly string[]): CycleFileGroup[] {
  const groups = new Map<string, CycleFileGroup>();

  for (const relPath of relPaths) {
    const match = IN_CYCLE_FOLDER.exec(relPath);
    if (!match) continue;
    const [, year, id, name] = match as unknown as [string, string, string, string];
    if (parseCycleId(id)?.year !== year) continue;

    const folder = `${CYCLES_FOLDER}/${year}/${id}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, folder, phases: [], checkins: [] };
      groups.set(id, group);
    }
    if (name === CYCLE_FILE) group.info = relPath;
    else if (PHASE_NAMES.has(name)) group.phases.push(relPath);
    else if (CHECKIN_NAME.test(name)) group.checkins.push(relPath);
  }

  const sorted = [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const group of sorted) group.checkins.sort();
  return sorted;
}

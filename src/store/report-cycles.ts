import { PHASES } from '../model/phases.js';
import { compareForReport } from '../model/report/selection.js';
import type { Checkin, Cycle, CycleInfo } from '../model/types.js';
import { type CycleFileGroup, groupCycleFiles } from './cycle-file-groups.js';
import {
  type FileScan,
  listRepositoryFiles,
  openScan,
  type ScannedFile,
} from './repository-scan.js';
import { checkAgainstSchema } from './schemas.js';

/** A cycle the report had to leave out, and the first broken file that made it. */
export interface LeftOutCycle {
  id: string;
  file: string;
  problem: string;
}

export interface ReportReadOptions {
  /** Whether a cycle belongs in the report, from its cycle.yaml alone. */
  select(info: CycleInfo): boolean;
  /** Called after each batch: the stage, and how many cycles of how many are done. */
  onProgress?(stage: 'scan' | 'read', done: number, total: number): void;
}

/**
 * How many cycle.yaml files, then how many whole cycles, are parsed per round of the scan: large
 * enough for its threads to share out, small enough that parsed data never piles up in memory.
 */
const SCAN_BATCH = 2000;
const READ_BATCH = 500;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/** `goals[0].id`: where in a file a problem is. */
function describePath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part))
    .join('');
}

/** Why a scanned file cannot be reported on: unreadable, not YAML, or against its schema. */
async function problemOf(file: ScannedFile, data: unknown): Promise<string | undefined> {
  if (file.error !== undefined) return file.error;
  const first = (await checkAgainstSchema(file.kind!, data))[0];
  if (!first) return undefined;
  if (first.path.length === 0) return first.message;
  return `${first.message} (at ${describePath(first.path)})`;
}

interface Selected {
  group: CycleFileGroup;
  info: CycleInfo;
}

type Assembled = { cycle: Cycle } | { leftOut: LeftOutCycle };

/** The cycle's plain data from its scanned files; the first broken file leaves it out. */
async function assembleCycle(
  { group, info }: Selected,
  scanned: ReadonlyMap<string, ScannedFile>,
): Promise<Assembled> {
  const phases: Record<string, unknown> = {};
  for (const phase of PHASES) {
    const file = scanned.get(`${group.folder}/${phase.file}`);
    if (!file) {
      phases[phase.key] = {};
      continue;
    }
    const data = file.data ?? {};
    const problem = await problemOf(file, data);
    if (problem) return { leftOut: { id: group.id, file: file.relPath, problem } };
    phases[phase.key] = data;
  }

  const checkins: Cycle['checkins'] = [];
  for (const relPath of group.checkins) {
    const file = scanned.get(relPath)!;
    const problem = await problemOf(file, file.data);
    if (problem) return { leftOut: { id: group.id, file: relPath, problem } };
    checkins.push({ ...(file.data as Checkin), file: relPath.slice(relPath.lastIndexOf('/') + 1) });
  }
  checkins.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.file < b.file ? -1 : 1));

  return { cycle: { info, ...(phases as Omit<Cycle, 'info' | 'checkins'>), checkins } };
}

function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** What the report does with one cycle.yaml: take the cycle, pass over it, or leave it out. */
async function judgeCycleFile(
  group: CycleFileGroup,
  file: ScannedFile,
  options: ReportReadOptions,
): Promise<Selected | LeftOutCycle | undefined> {
  const problem = await problemOf(file, file.data);
  if (problem) {
    // A broken cycle.yaml that plainly is not in the report (unpublished, filtered out) is not
    // worth a warning; one that may be, is.
    const data = file.data;
    const mayBeReported = !isMapping(data) || options.select(data as unknown as CycleInfo);
    return mayBeReported ? { id: group.id, file: file.relPath, problem } : undefined;
  }

  const info = file.data as CycleInfo;
  if (info.id !== group.id) {
    const problem = `id '${info.id}' differs from its folder name`;
    return { id: group.id, file: file.relPath, problem };
  }
  return options.select(info) ? { group, info } : undefined;
}

/** Selects the cycles by their cycle.yaml, then reads them, in rounds of one scan. */
async function readSelectedCycles(
  scan: FileScan,
  groups: readonly CycleFileGroup[],
  options: ReportReadOptions,
  onCycle: (cycle: Cycle) => void,
): Promise<LeftOutCycle[]> {
  const selected: Selected[] = [];
  const leftOut: LeftOutCycle[] = [];

  let scannedCount = 0;
  for (const batch of chunksOf(groups, SCAN_BATCH)) {
    const infoFiles = await scan.scan(batch.flatMap((group) => group.info ?? []));
    const byPath = new Map(infoFiles.map((file) => [file.relPath, file]));
    for (const group of batch) {
      const file = group.info === undefined ? undefined : byPath.get(group.info);
      const verdict = file
        ? await judgeCycleFile(group, file, options)
        : { id: group.id, file: `${group.folder}/cycle.yaml`, problem: 'the file is missing' };
      if (verdict && 'group' in verdict) selected.push(verdict);
      else if (verdict) leftOut.push(verdict);
    }
    scannedCount += batch.length;
    options.onProgress?.('scan', scannedCount, groups.length);
  }

  selected.sort((a, b) => compareForReport(a.info, b.info));
  let readCount = 0;
  for (const batch of chunksOf(selected, READ_BATCH)) {
    const paths = batch.flatMap(({ group }) => [...group.phases, ...group.checkins]);
    const scanned = new Map((await scan.scan(paths)).map((file) => [file.relPath, file]));
    for (const one of batch) {
      const result = await assembleCycle(one, scanned);
      if ('cycle' in result) onCycle(result.cycle);
      else leftOut.push(result.leftOut);
    }
    readCount += batch.length;
    options.onProgress?.('read', readCount, selected.length);
  }
  return leftOut;
}

/**
 * Reads the cycles the report holds and passes each to `onCycle`, in report order (created_at,
 * then id). First every cycle.yaml is read to select the cycles; then only those cycles' files,
 * in batches. A cycle with a broken file is left out and returned, never fatal.
 */
export async function readReportCycles(
  root: string,
  options: ReportReadOptions,
  onCycle: (cycle: Cycle) => void,
): Promise<LeftOutCycle[]> {
  const files = await listRepositoryFiles(root);
  const groups = groupCycleFiles(files);
  const scan = await openScan(root, files);
  try {
    const leftOut = await readSelectedCycles(scan, groups, options, onCycle);
    return leftOut.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } finally {
    await scan.finish();
  }
}

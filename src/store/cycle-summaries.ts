import { TimcError } from '../errors.js';
import type { IndexState } from '../git/index-state.js';
import { PHASES } from '../model/phases.js';
import { summarizeCycle, type CycleSummary } from '../model/summary.js';
import type { Cycle } from '../model/types.js';
import { listCycleIds } from './cycle-ids.js';
import { CYCLE_FILE, CYCLES_FOLDER, cycleFolder } from './layout.js';
import { FileScan } from './file-scan.js';
import { findCacheFolder, ParseCache } from './parse-cache.js';
import { isJsonSafe } from './parsed-data.js';
import { scanFiles, type ScannedFile } from './repository-scan.js';
import { checkAgainstSchema } from './schemas.js';

export interface SkippedCycle {
  id: string;
  message: string;
}

export interface CycleSummariesResult {
  summaries: CycleSummary[];
  /** Cycles left out because a file could not be read; the message names the file. */
  skipped: SkippedCycle[];
}

/** The files a summary is made of, in this order: cycle.yaml, then the five phases. */
const SUMMARY_FILES = [CYCLE_FILE, ...PHASES.map((phase) => phase.file)];

/** The summary files of every cycle, as git pathspecs (check-ins left out). */
const SUMMARY_PATHSPECS = [`:(glob)${CYCLES_FOLDER}/*/*/*.yaml`];

/** Below this many cycles, reading the files costs less than asking git and loading caches. */
const FEW_CYCLES = 10;

/** Cycles parsed per round when many changed: bounds the memory a cold run needs. */
const CYCLES_PER_ROUND = 2_000;

function summaryFilesOf(id: string): string[] {
  const folder = cycleFolder(id);
  return SUMMARY_FILES.map((name) => `${folder}/${name}`);
}

/** Where each summary file's blob id goes in a cycle's list of blob ids. */
const POSITION_OF = new Map(SUMMARY_FILES.map((name, position) => [name, position]));

/**
 * The blob ids of the summary files of each cycle folder when git vouches for all six: what
 * the cached summary of the cycle must have been made from. One pass over git's sorted list.
 */
function summaryBlobIds(index: IndexState | undefined): Map<string, string> {
  const byFolder = new Map<string, string>();
  let folder = '';
  let blobIds: (string | undefined)[] = [];
  const finishFolder = () => {
    if (blobIds.every((blobId) => blobId !== undefined)) byFolder.set(folder, blobIds.join(','));
  };

  const paths = index?.paths ?? [];
  for (let n = 0; n < paths.length; n += 1) {
    const path = paths[n]!;
    const slash = path.lastIndexOf('/');
    const position = POSITION_OF.get(path.slice(slash + 1));
    if (position === undefined) continue;

    if (slash !== folder.length || !path.startsWith(folder)) {
      finishFolder();
      folder = path.slice(0, slash);
      blobIds = new Array<string | undefined>(SUMMARY_FILES.length).fill(undefined);
    }
    blobIds[position] = index!.blobIds[n];
  }
  finishFolder();
  return byFolder;
}

function objectOf<T>(data: unknown): T {
  return (data && typeof data === 'object' ? data : {}) as T;
}

/**
 * The summary of a cycle from its scanned files; undefined when one could not be read or
 * breaks its schema (then the cycle is read as commands read it, for the exact message).
 */
async function summaryOfFiles(files: readonly ScannedFile[]): Promise<CycleSummary | undefined> {
  const [info, ...phases] = files;
  if (!info || info.error !== undefined) return undefined;
  for (const file of files) {
    if (file.error !== undefined || !file.kind) continue;
    if ((await checkAgainstSchema(file.kind, file.data)).length > 0) return undefined;
  }
  const unreadable = (file: ScannedFile) => file.error !== undefined && file.failure !== 'missing';
  if (phases.some(unreadable)) return undefined;

  const [goals, activities, progress, outcomes, reflection] = phases.map((file) =>
    objectOf(file.data),
  );
  const cycle: Cycle = {
    info: objectOf(info.data),
    goals: goals!,
    activities: activities!,
    progress: progress!,
    outcomes: outcomes!,
    reflection: reflection!,
    checkins: [],
  };
  return summarizeCycle(cycle);
}

/** A cycle whose files did not all read: read it as commands do, for the exact message. */
async function summaryOrSkip(root: string, id: string): Promise<CycleSummary | SkippedCycle> {
  try {
    const { readCycle } = await import('./cycles.js');
    const { cycle } = await readCycle(root, id, { checkins: false });
    return summarizeCycle(cycle);
  } catch (error) {
    if (!(error instanceof TimcError)) throw error;
    return { id, message: error.message };
  }
}

/** The cached summaries of cycles whose files are unchanged since; the others to read. */
function lookUpSummaries(ids: readonly string[], index: IndexState | undefined, cache: ParseCache) {
  const blobIdsByFolder = summaryBlobIds(index);
  const found: string[] = [];
  const toRead: { id: string; blobIds?: string }[] = [];
  for (const id of ids) {
    const blobIds = blobIdsByFolder.get(cycleFolder(id));
    const cached = blobIds === undefined ? undefined : cache.get(id);
    if (cached?.startsWith(blobIds!) && cached[blobIds!.length] === ' ') {
      found.push(cached.slice(blobIds!.length + 1));
    } else {
      toRead.push({ id, blobIds });
    }
  }
  return { summaries: JSON.parse(`[${found.join(',')}]`) as CycleSummary[], toRead };
}

/**
 * A summary of every cycle in the repository; a broken cycle is skipped, not fatal. Summaries
 * are cached with the blob ids of each cycle's files, so an unchanged repository is summarised
 * without parsing anything; the cycles that changed are parsed on every core, a few thousand at
 * a time. The files' parsed data is not cached: a changed cycle costs six small files.
 */
export async function readCycleSummaries(root: string): Promise<CycleSummariesResult> {
  const ids = await listCycleIds(root);
  const few = ids.length < FEW_CYCLES;
  const [scan, cache] = await Promise.all([
    few ? undefined : FileScan.open(root, SUMMARY_PATHSPECS, { cache: false }),
    ParseCache.open(few ? undefined : findCacheFolder(root), 'summaries'),
  ]);
  const { summaries, toRead } = lookUpSummaries(ids, scan?.index, cache);
  const skipped: SkippedCycle[] = [];

  try {
    for (let start = 0; start < toRead.length; start += CYCLES_PER_ROUND) {
      const round = toRead.slice(start, start + CYCLES_PER_ROUND);
      const relPaths = round.flatMap(({ id }) => summaryFilesOf(id));
      const scanned = scan ? await scan.scan(relPaths) : await scanFiles(root, relPaths);

      for (const [n, { id, blobIds }] of round.entries()) {
        const files = scanned.slice(n * SUMMARY_FILES.length, (n + 1) * SUMMARY_FILES.length);
        const result = (await summaryOfFiles(files)) ?? (await summaryOrSkip(root, id));
        if ('message' in result) {
          skipped.push(result);
          continue;
        }
        summaries.push(result);
        if (blobIds !== undefined && isJsonSafe(result, true)) {
          cache.put(id, `${blobIds} ${JSON.stringify(result)}`);
        }
      }
    }
  } finally {
    await scan?.finish();
  }

  const present = new Set(ids);
  await cache.save(async () => (id) => present.has(id));
  return { summaries, skipped };
}

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { findGitDir } from './git-dir.js';

/**
 * What git's index says about the files under a folder, for keying caches by blob id: each
 * tracked file matching the pathspecs (relative to the folder) whose work-tree copy git finds
 * unchanged, with its blob id, in git's order (sorted by path). Files that are modified,
 * deleted, unmerged, assumed unchanged, skipped in the work tree, symlinks or submodules are
 * left out, so that callers read them from disk.
 */
export class IndexState {
  private byPath?: Map<string, string>;

  constructor(
    readonly paths: string[],
    readonly blobIds: string[],
    /** The hash git names blobs with: `sha1`, or `sha256` in repositories made with it. */
    readonly algorithm: 'sha1' | 'sha256',
    /** The repository's common git folder (shared by its worktrees), for caches. */
    readonly commonDir: string,
  ) {}

  /** The blob id of `relPath` when git vouches that it is unchanged. */
  blobIdOf(relPath: string): string | undefined {
    this.byPath ??= new Map(this.paths.map((path, index) => [path, this.blobIds[index]!]));
    return this.byPath.get(relPath);
  }
}

const MAX_OUTPUT = 1024 * 1024 * 1024;

/** The empty blob, also what `git add -N` records: such files are read, never trusted. */
const EMPTY_BLOBS = new Set([
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813',
]);

function runGit(folder: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      'git',
      args,
      { cwd: folder, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => (error ? fail(error) : done(stdout)),
    );
  });
}

/** Identity of the index file: git replaces it by renaming, so any change shows here. */
function indexIdentity(path: string): string {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return 'none';
  }
}

interface IndexPlace {
  indexFile: string;
  commonDir: string;
}

/**
 * Where the index and the common git folder are, found on disk without a git process; `ask`
 * when the environment points git elsewhere (GIT_DIR and the like), undefined outside git.
 */
function locateIndexOnDisk(folder: string): IndexPlace | 'ask' | undefined {
  const { GIT_DIR, GIT_INDEX_FILE, GIT_COMMON_DIR, GIT_WORK_TREE } = process.env;
  if (GIT_DIR || GIT_INDEX_FILE || GIT_COMMON_DIR || GIT_WORK_TREE) return 'ask';

  const gitDir = findGitDir(folder);
  if (!gitDir) return undefined;
  return { indexFile: join(gitDir, 'index'), commonDir: commonDirOf(gitDir) };
}

/** The folder a clone's worktrees share (the clone's own `.git` for its main work tree). */
export function commonDirOf(gitDir: string): string {
  const pointer = join(gitDir, 'commondir');
  return existsSync(pointer) ? resolve(gitDir, readFileSync(pointer, 'utf8').trim()) : gitDir;
}

async function askGitForIndex(folder: string): Promise<IndexPlace | undefined> {
  const paths = await runGit(folder, [
    'rev-parse',
    '--path-format=absolute',
    '--git-path',
    'index',
    '--git-common-dir',
  ]);
  const [indexFile, commonDir] = paths.split('\n').map((line) => resolve(folder, line));
  return indexFile && commonDir ? { indexFile, commonDir } : undefined;
}

/**
 * Entries of `git ls-files -s -v -z`, each `<tag> <mode> <blob id> <stage>\t<path>\0`, read
 * by position (this runs over every file of a district's repository on every `timc list`),
 * leaving out the files in `changed`.
 */
function parseIndexEntries(output: string, changed: string, commonDir: string): IndexState {
  const changedPaths = new Set(changed.split('\0'));
  const anyChanged = changed.length > 0;
  const paths: string[] = [];
  const blobIds: string[] = [];
  let algorithm: 'sha1' | 'sha256' = 'sha1';

  for (let start = 0; start < output.length;) {
    const end = output.indexOf('\0', start);
    const stop = end < 0 ? output.length : end;
    const tab = output.indexOf('\t', start);
    const blobId = output.slice(start + 9, tab - 2);
    if (blobId.length === 64) algorithm = 'sha256';

    const mode = output.slice(start + 2, start + 8);
    const clean = output[start] === 'H' && output[tab - 1] === '0' && !EMPTY_BLOBS.has(blobId);
    if (clean && (mode === '100644' || mode === '100755')) {
      const path = output.slice(tab + 1, stop);
      if (!anyChanged || !changedPaths.has(path)) {
        paths.push(path);
        blobIds.push(blobId);
      }
    }
    start = stop + 1;
  }
  return new IndexState(paths, blobIds, algorithm, commonDir);
}

/** Every blob id in the index under `folder`: what a cache keyed by blob id may keep. */
export async function listBlobIds(folder: string): Promise<Set<string>> {
  const output = await runGit(folder, ['ls-files', '-s', '-z']);
  const blobIds = new Set<string>();
  for (let start = 0; start < output.length;) {
    const tab = output.indexOf('\t', start);
    if (tab < 0) break;
    blobIds.add(output.slice(start + 7, tab - 2));
    const end = output.indexOf('\0', tab);
    start = end < 0 ? output.length : end + 1;
  }
  return blobIds;
}

/**
 * One reading of the index and of what differs in the work tree; undefined when the index
 * changed meanwhile. Both git processes start before this returns to the event loop, so they
 * run while the caller carries on (listing folders, say).
 */
async function readConsistentState(
  folder: string,
  place: IndexPlace,
  pathspecs: readonly string[],
): Promise<IndexState | undefined> {
  const before = indexIdentity(place.indexFile);
  const [entries, changed] = await Promise.all([
    runGit(folder, ['ls-files', '-s', '-v', '-z', '--', ...pathspecs]),
    runGit(folder, ['diff-files', '--name-only', '-z', '--relative', '--', ...pathspecs]),
  ]);
  if (indexIdentity(place.indexFile) !== before) return undefined;

  return parseIndexEntries(entries, changed, place.commonDir);
}

/** Reads the index state, a few times while the index keeps changing; the first read now. */
function readWithRetries(
  folder: string,
  place: IndexPlace,
  pathspecs: readonly string[],
): Promise<IndexState | undefined> {
  return readConsistentState(folder, place, pathspecs).then(async (first) => {
    let state = first;
    for (let attempt = 1; attempt < 3 && !state; attempt += 1) {
      state = await readConsistentState(folder, place, pathspecs);
    }
    return state;
  });
}

/**
 * The index for the files matching `pathspecs` (git pathspecs, relative to `folder`): the blob
 * id of each file git sees as unchanged in the work tree. The entries and the comparison with
 * the work tree come from two git processes, started before this returns; when the index
 * changed between them, they are read again. Undefined when `folder` is not in a git work tree,
 * git cannot be run, or the index keeps changing: callers then read every file.
 */
export function readIndexState(
  folder: string,
  pathspecs: readonly string[],
): Promise<IndexState | undefined> {
  if (pathspecs.length === 0) return Promise.resolve(undefined);
  try {
    const place = locateIndexOnDisk(folder);
    if (place === undefined) return Promise.resolve(undefined);

    const reading =
      place === 'ask'
        ? askGitForIndex(folder).then((asked) => asked && readWithRetries(folder, asked, pathspecs))
        : readWithRetries(folder, place, pathspecs);
    return reading.catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

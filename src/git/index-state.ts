import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

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
async function indexIdentity(path: string): Promise<string> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return 'none';
  }
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

  for (let start = 0; start < output.length; ) {
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
  for (const entry of output.split('\0')) {
    const blobId = entry.split(' ')[1];
    if (blobId) blobIds.add(blobId);
  }
  return blobIds;
}

async function readConsistentState(
  folder: string,
  indexFile: string,
  commonDir: string,
  pathspecs: readonly string[],
): Promise<IndexState | undefined> {
  const before = await indexIdentity(indexFile);
  const [entries, changed] = await Promise.all([
    runGit(folder, ['ls-files', '-s', '-v', '-z', '--', ...pathspecs]),
    runGit(folder, ['diff-files', '--name-only', '-z', '--relative', '--', ...pathspecs]),
  ]);
  if ((await indexIdentity(indexFile)) !== before) return undefined;

  return parseIndexEntries(entries, changed, commonDir);
}

/**
 * The index for the files matching `pathspecs` (git pathspecs, relative to `folder`): the blob
 * id of each file git sees as unchanged in the work tree. The
 * entries and the comparison with the work tree come from two git processes; when the index
 * changed between them, they are read again. Undefined when `folder` is not in a git work tree,
 * git cannot be run, or the index keeps changing: callers then read every file.
 */
export async function readIndexState(
  folder: string,
  pathspecs: readonly string[],
): Promise<IndexState | undefined> {
  if (pathspecs.length === 0) return undefined;
  try {
    const paths = await runGit(folder, [
      'rev-parse', '--path-format=absolute', '--git-path', 'index', '--git-common-dir',
    ]);
    const [indexFile, commonDir] = paths.split('\n').map((line) => resolve(folder, line));
    if (!indexFile || !commonDir) return undefined;

    for (let attempt = 0; attempt < 3; attempt += 1) {
      const state = await readConsistentState(folder, indexFile, commonDir, pathspecs);
      if (state) return state;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

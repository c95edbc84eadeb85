import { readdirSync } from 'node:fs';

import { FileScan, toScannedFiles } from './file-scan.js';

export type { FileScan } from './file-scan.js';
import type { SchemaKind } from './layout.js';
import type { ReadFailure } from './repository-file.js';

/** One file of the repository as plain data, or why it could not be read. */
export interface ScannedFile {
  relPath: string;
  kind?: SchemaKind;
  data?: unknown;
  /** A read or YAML error; `timc validate` re-reads the file for the exact position. */
  error?: string;
  /**
   * What kind of error: a read failure (see readRepositoryText), `nesting` (refused before
   * parsing, see findDeepNesting) or `yaml` (a parse error, or aliases past the limit).
   */
  failure?: ReadFailure | 'yaml' | 'nesting';
}

export interface ScanOptions {
  /** Use and update the cache of parsed files kept under the git folder (default true). */
  cache?: boolean;
  /** Threads to parse on (default: one per core). */
  threads?: number;
  /** Fewer files to parse than this are parsed without starting threads (default 256). */
  threadThreshold?: number;
}

/**
 * Adds the files under `folder` to `found`. Symbolic links and folders named `*.yaml` are
 * listed as they are, never entered, so that validate can report them; an unreadable folder
 * is listed too. Synchronous calls: a district's repository has tens of thousands of folders.
 */
function walk(root: string, folder: string, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(`${root}/${folder}`, { withFileTypes: true });
  } catch {
    found.push(folder);
    return;
  }
  for (const entry of entries) {
    const relPath = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.endsWith('.yaml')) walk(root, relPath, found);
    else found.push(relPath);
  }
}

/**
 * Every file timc owns or may own: the top-level YAML files and everything under cycles/ and
 * tim/ (including files that do not belong there, so that validate can name them).
 */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const top = readdirSync(root, { withFileTypes: true });
  const found = top.filter((entry) => entry.name.endsWith('.yaml')).map((entry) => entry.name);

  for (const entry of top) {
    if (entry.name !== 'cycles' && entry.name !== 'tim') continue;
    if (entry.isDirectory()) walk(root, entry.name, found);
    else found.push(entry.name);
  }
  return found.sort();
}

/** The files under one folder of the repository (e.g. a cycle folder), as listRepositoryFiles. */
export async function listFilesUnder(root: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  walk(root, folder, found);
  return found.sort();
}

/** Below this many files, reading them costs less than asking git and loading the cache. */
const FEW_FILES = 64;

/** How many files `scanFilesInBatches` hands over at a time. */
const BATCH_FILES = 10_000;

/** The top-level files and folders holding `relPaths`, as git pathspecs. */
export function pathspecsOf(relPaths: readonly string[]): string[] {
  const tops = new Set(relPaths.map((relPath) => relPath.split('/')[0]!));
  return [...tops].map((top) => `:(literal)${top}`);
}

/**
 * Reads and parses `relPaths` as plain data, never throwing for a bad file: from the cache of
 * parsed files where git vouches that a file is unchanged, else from disk on every core. One
 * call asks git once and loads the cache once: read a repository in one call, or in rounds
 * with `scanFilesInBatches`, rather than a call per folder.
 */
export async function scanFiles(
  root: string,
  relPaths: readonly string[],
  options: ScanOptions = {},
): Promise<ScannedFile[]> {
  if (relPaths.length < FEW_FILES) {
    const { parseFileAt } = await import('./parse-file.js');
    return toScannedFiles(relPaths.map((relPath) => parseFileAt(root, relPath, 'sha1')));
  }

  const scan = await openScan(root, relPaths, options);
  try {
    return await scan.scan(relPaths);
  } finally {
    await scan.finish();
  }
}

/**
 * A scan of any of `relPaths` in rounds of your choosing (`scan.scan(some)`): git is asked and
 * the cache loaded once for all rounds. Call `finish()` at the end (it saves the cache).
 */
export function openScan(
  root: string,
  relPaths: readonly string[],
  options: ScanOptions = {},
): Promise<FileScan> {
  return FileScan.open(root, pathspecsOf(relPaths), options);
}

/**
 * Like `scanFiles`, handing the files to `onBatch` (at most `batchSize`, default 10,000, at a
 * time, in order), so that a whole-repository pass keeps only what it needs in memory.
 */
export async function scanFilesInBatches(
  root: string,
  relPaths: readonly string[],
  onBatch: (files: ScannedFile[]) => void | Promise<void>,
  options: ScanOptions & { batchSize?: number } = {},
): Promise<void> {
  const size = options.batchSize ?? BATCH_FILES;
  const scan = await openScan(root, relPaths, options);
  try {
    for (let start = 0; start < relPaths.length; start += size) {
      await onBatch(await scan.scan(relPaths.slice(start, start + size)));
    }
  } finally {
    await scan.finish();
  }
}

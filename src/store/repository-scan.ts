import { readdirSync } from 'node:fs';

import { FileScan, toScannedFiles } from './file-scan.js';
import type { SchemaKind } from './layout.js';

/** One file of the repository as plain data, or why it could not be read. */
export interface ScannedFile {
  relPath: string;
  kind?: SchemaKind;
  data?: unknown;
  /** A read or YAML error; `timc validate` re-reads the file for the exact position. */
  error?: string;
  /** True when the file does not exist (`error` then says so too). */
  missing?: boolean;
}

export interface ScanOptions {
  /** Use and update the cache of parsed files kept under the git folder (default true). */
  cache?: boolean;
  /** Threads to parse on (default: one per core). */
  threads?: number;
  /** Fewer files to parse than this are parsed without starting threads (default 256). */
  threadThreshold?: number;
}

function walk(root: string, folder: string, found: string[]): void {
  for (const entry of readdirSync(`${root}/${folder}`, { withFileTypes: true })) {
    const relPath = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(root, relPath, found);
    else found.push(relPath);
  }
}

/**
 * Every file timc owns or may own: the top-level YAML files and everything under cycles/ and
 * tim/ (including files that do not belong there, so that validate can name them).
 */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const top = readdirSync(root, { withFileTypes: true });
  const found = top.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml')).map((entry) => entry.name);

  for (const folder of ['cycles', 'tim']) {
    try {
      walk(root, folder, found);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
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
 * parsed files where git vouches that a file is unchanged, else from disk on every core.
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

  const scan = await FileScan.open(root, pathspecsOf(relPaths), options);
  try {
    return await scan.scan(relPaths);
  } finally {
    await scan.finish();
  }
}

/**
 * Like `scanFiles`, handing the files to `onBatch` a few thousand at a time, in order, so that
 * a whole-repository pass keeps only what it needs in memory.
 */
export async function scanFilesInBatches(
  root: string,
  relPaths: readonly string[],
  onBatch: (files: ScannedFile[]) => void | Promise<void>,
  options: ScanOptions = {},
): Promise<void> {
  const scan = await FileScan.open(root, pathspecsOf(relPaths), options);
  try {
    for (let start = 0; start < relPaths.length; start += BATCH_FILES) {
      await onBatch(await scan.scan(relPaths.slice(start, start + BATCH_FILES)));
    }
  } finally {
    await scan.finish();
  }
}


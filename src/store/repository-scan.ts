import { readdir } from 'node:fs/promises';

import { parse } from 'yaml';

import { type SchemaKind, schemaKindOf } from './layout.js';
import { type ReadFailure, readRepositoryText } from './repository-file.js';
import { findDeepNesting } from './yaml-depth.js';
import { MAX_ALIAS_COUNT } from './yaml-file.js';

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

/**
 * Adds the files under `folder` to `found`. Symbolic links and folders named `*.yaml` are
 * listed as they are, never entered, so that validate can report them; an unreadable folder
 * is listed too.
 */
async function walk(root: string, folder: string, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(`${root}/${folder}`, { withFileTypes: true });
  } catch {
    found.push(folder);
    return;
  }
  for (const entry of entries) {
    const relPath = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.endsWith('.yaml')) await walk(root, relPath, found);
    else found.push(relPath);
  }
}

/**
 * Every file timc owns or may own: the top-level YAML files and everything under cycles/ and
 * tim/ (including files that do not belong there, so that validate can name them).
 */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const top = await readdir(root, { withFileTypes: true });
  const found = top.filter((entry) => entry.name.endsWith('.yaml')).map((entry) => entry.name);

  for (const entry of top) {
    if (entry.name !== 'cycles' && entry.name !== 'tim') continue;
    if (entry.isDirectory()) await walk(root, entry.name, found);
    else found.push(entry.name);
  }
  return found.sort();
}

/** The files under one folder of the repository (e.g. a cycle folder), as listRepositoryFiles. */
export async function listFilesUnder(root: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  await walk(root, folder, found);
  return found.sort();
}

/**
 * Reads and parses `relPaths` as plain data, never throwing for a bad file.
 * NOTE: one file after another in this process; the parse dominates at district scale.
 */
export async function scanFiles(root: string, relPaths: readonly string[]): Promise<ScannedFile[]> {
  const scanned: ScannedFile[] = [];
  for (const relPath of relPaths) {
    const kind = schemaKindOf(relPath);
    const read = await readRepositoryText(root, relPath);
    if ('failure' in read) {
      scanned.push({ relPath, kind, error: read.message, failure: read.failure });
      continue;
    }
    if (findDeepNesting(read.text) !== undefined) {
      scanned.push({ relPath, kind, error: 'nested too deeply', failure: 'nesting' });
      continue;
    }
    try {
      const data = parse(read.text, {
        uniqueKeys: true,
        maxAliasCount: MAX_ALIAS_COUNT,
        logLevel: 'error',
      });
      scanned.push({ relPath, kind, data });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0];
      scanned.push({ relPath, kind, error: message, failure: 'yaml' });
    }
  }
  return scanned;
}

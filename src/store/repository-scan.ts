import { readdir, readFile } from 'node:fs/promises';

import { parse } from 'yaml';

import { type SchemaKind, schemaKindOf } from './layout.js';
import { MAX_ALIAS_COUNT } from './yaml-file.js';

/** One file of the repository as plain data, or why it could not be read. */
export interface ScannedFile {
  relPath: string;
  kind?: SchemaKind;
  data?: unknown;
  /** A read or YAML error; `timc validate` re-reads the file for the exact position. */
  error?: string;
}

async function walk(root: string, folder: string, found: string[]): Promise<void> {
  const entries = await readdir(`${root}/${folder}`, { withFileTypes: true });
  for (const entry of entries) {
    const relPath = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(root, relPath, found);
    else found.push(relPath);
  }
}

/**
 * Every file timc owns or may own: the top-level YAML files and everything under cycles/ and
 * tim/ (including files that do not belong there, so that validate can name them).
 */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const top = await readdir(root, { withFileTypes: true });
  const found = top.filter((entry) => entry.isFile() && entry.name.endsWith('.yaml')).map((entry) => entry.name);

  for (const folder of ['cycles', 'tim']) {
    try {
      await walk(root, folder, found);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
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
    try {
      const text = await readFile(`${root}/${relPath}`, 'utf8');
      scanned.push({ relPath, kind, data: parse(text, { uniqueKeys: true, maxAliasCount: MAX_ALIAS_COUNT }) });
    } catch (error) {
      scanned.push({ relPath, kind, error: (error as Error).message.split('\n')[0] });
    }
  }
  return scanned;
}

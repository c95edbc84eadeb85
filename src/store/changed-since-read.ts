import { readFile } from 'node:fs/promises';

import type { YamlFile } from './yaml-file.js';

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The first of `files` whose text on disk is no longer what the command read (someone wrote it
 * meanwhile); undefined when all are as read. Files made from templates are not checked.
 */
export async function findFileChangedSinceRead(
  root: string,
  files: readonly YamlFile[],
): Promise<string | undefined> {
  for (const file of files) {
    if (file.readText === undefined) continue;
    if ((await readIfPresent(`${root}/${file.relPath}`)) !== file.readText) return file.relPath;
  }
  return undefined;
}

import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

import type { Diagnostic } from '../model/rules/problem.js';
import { CYCLES_FOLDER } from '../store/layout.js';
import { ParseCache } from '../store/parse-cache.js';
import { FileScan } from '../store/file-scan.js';
import { listRepositoryFiles } from '../store/repository-scan.js';

/** What listRepositoryFiles lists, as git pathspecs: git is asked while the folders are read. */
const EVERY_LISTED_FILE = [':(glob)*.yaml', `:(literal)${CYCLES_FOLDER}`, ':(literal)tim'];

/** What a whole-repository validation found, as the command prints it. */
export interface RememberedValidation {
  files: number;
  diagnostics: Diagnostic[];
}

/** The folders below cycles/ (empty cycle folders are checked too, and hold no files). */
function listFoldersUnder(root: string, folder: string, depth: number): string[] {
  let names: string[];
  try {
    names = readdirSync(`${root}/${folder}`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${folder}/${entry.name}`);
  } catch {
    return [];
  }
  return depth === 1 ? names : names.flatMap((name) => [name, ...listFoldersUnder(root, name, 1)]);
}

/**
 * A key for everything a whole-repository validation reads: every file timc lists with the
 * blob id git vouches for, and the cycle folders. Undefined (nothing is remembered) when a
 * file is not one git vouches for: changed, untracked, a link, unreadable.
 */
async function stateKey(root: string): Promise<{ key: string; folder: string } | undefined> {
  const asking = FileScan.open(root, EVERY_LISTED_FILE, { cache: false });
  const listed = await listRepositoryFiles(root);
  const scan = await asking;
  if (!scan.cacheFolder) return undefined;

  // Both lists are sorted (git's order is JavaScript's for the names timc uses; where they
  // differ, a file seems not vouched for and nothing is remembered).
  const { paths, blobIds } = scan.index!;
  const hash = createHash('sha1');
  let at = 0;
  for (const relPath of listed) {
    while (at < paths.length && paths[at]! < relPath) at += 1;
    if (paths[at] !== relPath) return undefined;
    hash.update(`${relPath}\0${blobIds[at]}\n`);
  }
  for (const folder of listFoldersUnder(root, CYCLES_FOLDER, 2)) hash.update(`${folder}/\n`);
  return { key: hash.digest('hex'), folder: scan.cacheFolder };
}

/**
 * The result of the last whole-repository validation of exactly this repository state, kept
 * under the git folder: a second `timc validate` of an unchanged repository only checks that
 * nothing changed. `remember` stores a fresh result only when the state is still the one it
 * started from, so a file changed during the run is never remembered wrongly.
 */
export async function openValidationMemo(root: string) {
  const before = await stateKey(root);
  const cache = await ParseCache.open(before?.folder, 'validate');
  const recalled = before && cache.get(before.key);

  return {
    recall(): RememberedValidation | undefined {
      return recalled === undefined ? undefined : (JSON.parse(recalled) as RememberedValidation);
    },

    async remember(result: RememberedValidation): Promise<void> {
      if (!before || recalled !== undefined) return;
      const after = await stateKey(root);
      if (after?.key !== before.key) return;
      const kept: RememberedValidation = { files: result.files, diagnostics: result.diagnostics };
      cache.put(before.key, JSON.stringify(kept));
      await cache.save(async () => () => false);
    },
  };
}

import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';

import { TimcError } from '../errors.js';
import { matchCycleRef, parseCycleId } from '../model/ids.js';
import { CYCLES_FOLDER, cycleFolder } from './layout.js';

// Finding cycles by id from folder names alone, without loading the YAML library.

/** The names in a folder; none where it is missing or a file (validate names such strays). */
export async function listFolder(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** The ids of every cycle folder, from folder names alone (no file is parsed). */
export async function listCycleIds(root: string): Promise<string[]> {
  const years = (await listFolder(`${root}/${CYCLES_FOLDER}`)).filter((name) =>
    /^\d{4}$/.test(name),
  );
  const perYear = await Promise.all(
    years.map(async (year) => {
      const names = await listFolder(`${root}/${CYCLES_FOLDER}/${year}`);
      return names.filter((name) => parseCycleId(name)?.year === year);
    }),
  );
  return perYear.flat().sort();
}

function isCycleFolder(root: string, id: string): boolean {
  try {
    return statSync(`${root}/${cycleFolder(id)}`).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The full id for a cycle reference: full id, unique prefix, or unique 4-character suffix. A
 * full id whose folder exists is taken as it is, without listing every cycle.
 */
export async function resolveCycleRef(root: string, ref: string): Promise<string> {
  if (parseCycleId(ref) && isCycleFolder(root, ref)) return ref;

  const match = matchCycleRef(ref, await listCycleIds(root));

  if (match.kind === 'found') return match.id;
  if (match.kind === 'none') {
    throw new TimcError(`no cycle matches '${ref}' (see \`timc list\` for the cycle ids)`);
  }
  const shown = match.candidates.slice(0, 5).join(', ');
  const more = match.candidates.length > 5 ? `, and ${match.candidates.length - 5} more` : '';
  throw new TimcError(`'${ref}' matches several cycles (${shown}${more}): give more of the id`);
}

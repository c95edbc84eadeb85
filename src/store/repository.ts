import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { TimcError } from '../errors.js';
import { SETTINGS_FILE } from './layout.js';

/**
 * The cycle repository's root: `override` (from --repo) when given, else the nearest folder
 * holding timc.yaml, walking up from `start` as git does for `.git`.
 */
export function findRepositoryRoot(start: string, override?: string): string {
  if (override !== undefined) {
    const root = resolve(start, override);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new TimcError(`--repo ${override}: no such folder`);
    }
    if (!existsSync(`${root}/${SETTINGS_FILE}`)) {
      throw new TimcError(
        `--repo ${override}: not a cycle repository (no ${SETTINGS_FILE}); ` +
          'create one with `timc init`',
      );
    }
    return root;
  }

  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (existsSync(`${folder}/${SETTINGS_FILE}`)) return folder;
    if (dirname(folder) === folder) break;
  }
  throw new TimcError(
    `not inside a cycle repository (no ${SETTINGS_FILE} here or in any parent folder): ` +
      'run `timc init`, change to the repository, or pass --repo DIR',
  );
}

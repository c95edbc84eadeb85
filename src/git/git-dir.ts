import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The `.git` folder of the clone holding `folder` (following a worktree's `.git` file), found
 * from the file system alone so that it costs no git process; undefined outside git.
 */
export function findGitDir(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const candidate = join(current, '.git');
    if (existsSync(candidate)) {
      if (statSync(candidate).isDirectory()) return candidate;
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(candidate, 'utf8'));
      return pointer ? resolve(current, pointer[1]!.trim()) : undefined;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** True while git is in the middle of a rebase, merge, cherry-pick or revert in this clone. */
export function operationInProgress(gitDir: string): string | undefined {
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) {
    return 'a rebase';
  }
  if (existsSync(join(gitDir, 'MERGE_HEAD'))) return 'a merge';
  if (existsSync(join(gitDir, 'CHERRY_PICK_HEAD'))) return 'a cherry-pick';
  if (existsSync(join(gitDir, 'REVERT_HEAD'))) return 'a revert';
  return undefined;
}

/** Where a folder sits in its clone: the clone's top folder, and the folder's path in it. */
export interface ClonePlace {
  top: string;
  /** `''` at the top, else the folder's path with a trailing slash (`coaching/`). */
  prefix: string;
}

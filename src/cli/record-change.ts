import { existsSync } from 'node:fs';

import { ConcurrentChangeError } from '../errors.js';
import type { Member } from '../model/types.js';
import { findFileChangedSinceRead } from '../store/changed-since-read.js';
import { saveYamlFiles } from '../store/save-files.js';
import type { YamlFile } from '../store/yaml-file.js';
import type { CommandContext } from './context.js';

export interface ChangeOptions {
  files: readonly YamlFile[];
  /** The commit message; a cycle's changes start with its id (`<id>: add goal g2`). */
  message: string;
  /** The member the commit is authored by; git's own user when undefined. */
  author?: Member;
}

export interface ChangeResult {
  committed: boolean;
}

/** Used when nobody is known and git has no user either, so that init never fails for it. */
const FALLBACK_AUTHOR = { name: 'timc', email: 'timc@timc.invalid' };

/** Email of a member in commits; a member without one gets an address that cannot be mailed. */
export function commitEmailOf(member: Member): string {
  return member.email ?? `${member.id}@timc.invalid`;
}

/**
 * Validates and writes the files atomically, then commits exactly those files as one commit
 * (unless committing is off). Nothing is written when any file is invalid. Commands in one clone
 * take turns here (the clone lock); a file another command changed since this one read it
 * throws ConcurrentChangeError, and the command runs again (see withContext).
 */
export async function recordChange(
  context: CommandContext,
  change: ChangeOptions,
): Promise<ChangeResult> {
  const root = context.root;
  const { withCloneLock } = await import('../git/clone-lock.js');

  return withCloneLock(root, async () => {
    const changed = await findFileChangedSinceRead(root, change.files);
    if (changed !== undefined) throw new ConcurrentChangeError(changed);
    const paths = change.files.map((file) => file.relPath);
    const newPaths = paths.filter((relPath) => !existsSync(`${root}/${relPath}`));
    await saveYamlFiles(root, change.files);

    if (!(await context.commitEnabled())) return { committed: false };

    await commitChange(root, paths, change.message, change.author, newPaths);
    return { committed: true };
  });
}

/**
 * One commit of exactly `paths` (`newPaths`, by default all, did not exist before), authored
 * as `author`; without one, as git's own user, or as
 * timc itself where git has no user either (a fresh machine running `timc init`).
 */
export async function commitChange(
  root: string,
  paths: readonly string[],
  message: string,
  author?: Member,
  newPaths: readonly string[] = paths,
): Promise<void> {
  const { commitFiles } = await import('../git/commit.js');
  const commitAuthor = author
    ? { name: author.name, email: commitEmailOf(author) }
    : (await (await import('../git/git.js')).hasGitIdentity(root))
      ? undefined
      : FALLBACK_AUTHOR;
  await commitFiles(root, paths, message, commitAuthor, newPaths);
}

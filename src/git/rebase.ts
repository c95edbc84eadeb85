import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { GitCommandError, runGit } from './git.js';

/** A merge driver for `git -c merge.<name>.driver=…`, passed on each rebase. */
export interface MergeDriver {
  name: string;
  /** Its command line, run by git's shell with %O %A %B %P filled in. */
  command: string;
  /** An attributes file naming the driver, for a repository without its own .gitattributes. */
  attributesFile?: string;
}

export type RebaseResult = { kind: 'done' } | { kind: 'stopped' };

function driverConfig(driver: MergeDriver): string[] {
  const config = [
    '-c',
    `merge.${driver.name}.name=timc: merge entry by entry`,
    '-c',
    `merge.${driver.name}.driver=${driver.command}`,
    '-c',
    'merge.renames=false',
    '-c',
    'core.editor=true',
    '-c',
    'rebase.autoStash=false',
  ];
  if (driver.attributesFile) config.push('-c', `core.attributesFile=${driver.attributesFile}`);
  return config;
}

function isRebasing(gitDir: string): boolean {
  return existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'));
}

/**
 * Replays this branch's own commits on top of `onto` with the merge driver. `stopped` when a
 * commit could not be replayed (a conflict): the rebase is left in progress for the caller to
 * settle, continue or abort. Any other failure throws, with no rebase in progress.
 */
export async function rebaseOnto(
  root: string,
  gitDir: string,
  onto: string,
  driver: MergeDriver,
): Promise<RebaseResult> {
  try {
    await runGit(root, [...driverConfig(driver), 'rebase', '--quiet', onto], {
      mergeDriver: true,
      editor: true,
    });
    return { kind: 'done' };
  } catch (error) {
    if (error instanceof GitCommandError && isRebasing(gitDir)) return { kind: 'stopped' };
    throw error;
  }
}

/** Goes on with a stopped rebase after its conflicts were settled. */
export async function continueRebase(
  root: string,
  gitDir: string,
  driver: MergeDriver,
): Promise<RebaseResult> {
  try {
    await runGit(root, [...driverConfig(driver), 'rebase', '--continue'], {
      mergeDriver: true,
      editor: true,
    });
    return { kind: 'done' };
  } catch (error) {
    if (error instanceof GitCommandError && isRebasing(gitDir)) return { kind: 'stopped' };
    throw error;
  }
}

/** The paths a stopped rebase could not merge. */
export async function listUnmergedPaths(root: string): Promise<string[]> {
  const output = await runGit(root, ['diff', '--name-only', '--diff-filter=U']);
  return output.split('\n').filter((line) => line !== '');
}

/**
 * Settles an unmerged path with one side's whole file: in a rebase, `ours` is the upstream side
 * and `theirs` the commit being replayed. A side without the file removes it.
 */
export async function takeSideOfPath(
  root: string,
  path: string,
  side: 'ours' | 'theirs',
): Promise<void> {
  const stage = side === 'ours' ? 2 : 3;
  const present = (await runGit(root, ['ls-files', '-u', '--', path]))
    .split('\n')
    .some((line) => line.split('\t')[0]?.endsWith(` ${stage}`));

  if (present) {
    await runGit(root, ['checkout', `--${side}`, '--', path]);
    await runGit(root, ['add', '--', path]);
  } else {
    await runGit(root, ['rm', '--quiet', '--', path]);
  }
}

/** Stops a rebase and puts the branch, index and files back as they were before it. */
export async function abortRebase(root: string, gitDir: string): Promise<void> {
  if (isRebasing(gitDir)) await runGit(root, ['rebase', '--abort']);
}

/** Moves the branch to `commit`, updating the files (refuses to lose uncommitted changes). */
export async function moveBranchTo(root: string, commit: string): Promise<void> {
  await runGit(root, ['reset', '--quiet', '--keep', commit]);
}

/** True when the person set a global attributes file of their own (`core.attributesFile`). */
export async function hasAttributesFileSetting(root: string): Promise<boolean> {
  try {
    return (await runGit(root, ['config', '--get', 'core.attributesFile'])).trim() !== '';
  } catch (error) {
    if (error instanceof GitCommandError) return false;
    throw error;
  }
}

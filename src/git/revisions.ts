import { GitCommandError, runGit } from './git.js';

/** The commit a name points at, or undefined when there is no such name. */
export async function resolveRevision(root: string, name: string): Promise<string | undefined> {
  try {
    return (await runGit(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

export async function findMergeBase(root: string, a: string, b: string): Promise<string> {
  return (await runGit(root, ['merge-base', a, b])).trim();
}

/** How many commits `to` has that `from` has not (all of `to`'s without `from`). */
export async function countCommits(
  root: string,
  from: string | undefined,
  to: string,
): Promise<number> {
  const range = from === undefined ? to : `${from}..${to}`;
  return Number((await runGit(root, ['rev-list', '--count', range])).trim());
}

/** The commits after `from` up to `to`, oldest first (optionally only those touching paths). */
export async function listCommits(
  root: string,
  from: string,
  to: string,
  paths: readonly string[] = [],
): Promise<string[]> {
  const output = await runGit(root, ['rev-list', '--reverse', `${from}..${to}`, '--', ...paths]);
  return output.split('\n').filter((line) => line !== '');
}

/** True when any commit after `from` up to `to` has more than one parent. */
export async function hasMergeCommits(root: string, from: string, to: string): Promise<boolean> {
  return (await runGit(root, ['rev-list', '--merges', '-n', '1', `${from}..${to}`])).trim() !== '';
}

/** Paths under `folder` that differ between two commits. */
export async function listChangedPaths(
  root: string,
  from: string,
  to: string,
  folder: string,
): Promise<string[]> {
  const args = ['diff', '--name-only', '--no-renames', from, to, '--', folder];
  const output = await runGit(root, args);
  return output.split('\n').filter((line) => line !== '');
}

/** Paths under `folder` that any commit after `from` up to `to` touched. */
export async function listTouchedPaths(
  root: string,
  from: string,
  to: string,
  folder: string,
): Promise<string[]> {
  const output = await runGit(root, [
    'log',
    '--format=',
    '--name-only',
    '--no-renames',
    `${from}..${to}`,
    '--',
    folder,
  ]);
  return [...new Set(output.split('\n').filter((line) => line !== ''))];
}

/** The text of `path` at `revision`, or undefined when the file is not there. */
export async function readFileAt(
  root: string,
  revision: string,
  path: string,
): Promise<string | undefined> {
  try {
    return await runGit(root, ['cat-file', 'blob', `${revision}:${path}`]);
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

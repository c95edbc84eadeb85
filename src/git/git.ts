import { simpleGit, type SimpleGit } from 'simple-git';

import { TimcError } from '../errors.js';

/** The name and email a commit is authored by. */
export interface CommitAuthor {
  name: string;
  email: string;
}

/** Git in `folder`, with the person's own environment (hooks, global config) left as it is. */
function gitAt(folder: string): SimpleGit {
  return simpleGit({ baseDir: folder, binary: 'git', maxConcurrentProcesses: 1 });
}

function explainGitFailure(action: string, error: unknown): TimcError {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOENT|spawn git/.test(message)) {
    return new TimcError('git is not installed or not on the PATH: install git and try again');
  }
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? message;
  return new TimcError(`${action} failed: ${firstLine.trim()}`);
}

/** True when `folder` is inside a git work tree. */
export async function isInsideWorkTree(folder: string): Promise<boolean> {
  try {
    return await gitAt(folder).checkIsRepo();
  } catch (error) {
    throw explainGitFailure('git', error);
  }
}

export async function initRepository(folder: string): Promise<void> {
  try {
    await gitAt(folder).init(['--initial-branch=main']);
  } catch (error) {
    throw explainGitFailure('git init', error);
  }
}

/** True when git knows who commits here (user.name and user.email are both set). */
export async function hasGitIdentity(folder: string): Promise<boolean> {
  const [name, email] = await Promise.all([
    gitAt(folder).getConfig('user.name'),
    readGitEmail(folder),
  ]).catch((error: unknown) => {
    throw explainGitFailure('git config', error);
  });
  return Boolean(name.value?.trim() && email);
}

/** `git config user.email`, or undefined when it is not set. */
export async function readGitEmail(folder: string): Promise<string | undefined> {
  try {
    const { value } = await gitAt(folder).getConfig('user.email');
    return value?.trim() || undefined;
  } catch (error) {
    throw explainGitFailure('git config', error);
  }
}

/** Those of `paths` git does not track. */
async function untrackedAmong(git: SimpleGit, paths: readonly string[]): Promise<string[]> {
  const tracked = new Set((await git.raw(['ls-files', '-z', '--', ...paths])).split('\0'));
  return paths.filter((path) => !tracked.has(path));
}

/**
 * Commits exactly `paths` (relative to `folder`) with `message`, authored and committed as
 * `author` when given, else as git's configured user. Other staged or changed files are left
 * as they are. `newPaths` (default: all of `paths`) are added first; any other path git turns
 * out not to track (a file written with --no-commit) is added when the commit asks for it, so a
 * change to tracked files costs one git process.
 */
export async function commitFiles(
  folder: string,
  paths: readonly string[],
  message: string,
  author?: CommitAuthor,
  newPaths: readonly string[] = paths,
): Promise<void> {
  const identity = author
    ? ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`]
    : [];
  const git = gitAt(folder);
  const commit = () =>
    git.raw([...identity, 'commit', '--quiet', '-m', message, '--only', '--', ...paths]);

  try {
    if (newPaths.length > 0) await git.add(['--', ...newPaths]);
    try {
      await commit();
    } catch (error) {
      const untracked = await untrackedAmong(git, paths);
      if (untracked.length === 0) throw error;
      await git.add(['--', ...untracked]);
      await commit();
    }
  } catch (error) {
    throw explainGitFailure('git commit (the files are written but not committed)', error);
  }
}

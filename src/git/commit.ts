import { execFile } from 'node:child_process';

import { explainGitFailure, retryWhileLocked } from './git-failures.js';

/** The name and email a commit is authored by. */
export interface CommitAuthor {
  name: string;
  email: string;
}

/**
 * Runs `git ARGS` in `folder`; a failure carries what git printed. Plain child_process: every
 * command that changes a cycle commits, and loading the git library would cost more than Node
 * takes to start.
 */
function git(folder: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd: folder, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const said = `${stderr}${stdout}`.trim();
      fail(said && (error as NodeJS.ErrnoException).code !== 'ENOENT' ? new Error(said) : error);
    });
  });
}

/** Those of `paths` git does not track. */
async function untrackedAmong(folder: string, paths: readonly string[]): Promise<string[]> {
  const tracked = new Set((await git(folder, ['ls-files', '-z', '--', ...paths])).split('\0'));
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
  const add = (added: readonly string[]) =>
    retryWhileLocked(() => git(folder, ['add', '--', ...added]));
  const commit = () =>
    retryWhileLocked(() =>
      git(folder, [...identity, 'commit', '--quiet', '-m', message, '--only', '--', ...paths]),
    );

  try {
    if (newPaths.length > 0) await add(newPaths);
    try {
      await commit();
    } catch (error) {
      const untracked = await untrackedAmong(folder, paths);
      if (untracked.length === 0) throw error;
      await add(untracked);
      await commit();
    }
  } catch (error) {
    throw explainGitFailure('git commit (the files are written but not committed)', error);
  }
}

import { resolve } from 'node:path';

import { simpleGit, type SimpleGit } from 'simple-git';

import { TimcError, UsageError } from '../errors.js';

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

/**
 * Commits exactly `paths` (relative to `folder`) with `message`, authored and committed as
 * `author` when given, else as git's configured user. Other staged or changed files are left
 * as they are.
 */
export async function commitFiles(
  folder: string,
  paths: readonly string[],
  message: string,
  author?: CommitAuthor,
): Promise<void> {
  const identity = author
    ? ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`]
    : [];
  const git = gitAt(folder);

  try {
    await git.add(['--', ...paths]);
    await git.raw([...identity, 'commit', '--quiet', '-m', message, '--only', '--', ...paths]);
  } catch (error) {
    throw explainGitFailure('git commit (the files are written but not committed)', error);
  }
}

/** A commit and the paths it changed (merges left out: their changes are in their parents). */
export interface CommitChanges {
  hash: string;
  authorName: string;
  authorEmail: string;
  paths: string[];
}

/**
 * The commits in `range` (all of history when undefined) that changed something under
 * `paths`, newest first, each with the paths it changed there. A range git does not know is a
 * UsageError.
 */
export async function listCommitChanges(
  folder: string,
  range: string | undefined,
  paths: readonly string[],
): Promise<CommitChanges[]> {
  let output: string;
  try {
    output = await gitAt(folder).raw([
      '-c', 'core.quotePath=false', 'log', '--no-merges', '--no-renames', '--name-only',
      '--format=%x1e%H%x1f%an%x1f%ae', ...(range ? [range] : []), '--', ...paths,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/unknown revision|bad revision|ambiguous argument|invalid revision/i.test(message)) {
      throw new UsageError(`git does not know the range '${range}': give commits git knows, ` +
        'e.g. origin/main..HEAD');
    }
    if (/does not have any commits/.test(message)) return [];
    throw explainGitFailure('git log', error);
  }

  return output.split('\x1e').slice(1).map((record) => {
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', authorName = '', authorEmail = ''] = header.split('\x1f');
    return { hash, authorName, authorEmail, paths: lines.filter((line) => line !== '') };
  });
}

/** The text of `path` as it was in `revision`, or undefined when it did not exist there. */
export async function readFileAtRevision(
  folder: string,
  revision: string,
  path: string,
): Promise<string | undefined> {
  try {
    return await gitAt(folder).raw(['show', `${revision}:${path}`]);
  } catch {
    return undefined;
  }
}

/** The folder git runs hooks from (honours core.hooksPath), as an absolute path. */
export async function readHooksFolder(folder: string): Promise<string> {
  try {
    const path = (await gitAt(folder).raw(['rev-parse', '--git-path', 'hooks'])).trim();
    return resolve(folder, path);
  } catch (error) {
    throw explainGitFailure('git rev-parse', error);
  }
}

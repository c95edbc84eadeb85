import { resolve } from 'node:path';

import { simpleGit, type SimpleGit, type SimpleGitOptions } from 'simple-git';

import { UsageError } from '../errors.js';
import type { CommitRecord } from '../model/history.js';
import { explainGitFailure, retryWhileLocked } from './git-failures.js';

export type { CommitAuthor } from './commit.js';

/** Git in `folder`, with the person's own environment (hooks, global config) left as it is. */
function gitAt(folder: string): SimpleGit {
  return simpleGit({ baseDir: folder, binary: 'git', maxConcurrentProcesses: 1 });
}

/** The git subcommand of an argument list: `rebase` in `-c a=b rebase main`. */
function subcommandOf(args: readonly string[]): string {
  let index = 0;
  while (args[index] === '-c') index += 2;
  return args[index] ?? '';
}

/** A git command that exited with an error; `output` holds what it printed. */
export class GitCommandError extends Error {
  readonly command: string;

  constructor(
    readonly args: readonly string[],
    readonly output: string,
  ) {
    super(`git ${subcommandOf(args)} failed: ${output.trim().split('\n')[0] ?? ''}`);
    this.name = 'GitCommandError';
    this.command = subcommandOf(args);
  }
}

export interface RunGitOptions {
  /** Allow `-c merge.<driver>.driver=…` (timc passes its own merge driver). */
  mergeDriver?: boolean;
  /** Allow `-c core.editor=…` (timc sets `true` so that git never opens an editor). */
  editor?: boolean;
}

/**
 * Runs `git ARGS` in `folder` and returns what it printed on stdout. Any non-zero exit throws a
 * GitCommandError with git's output; a held lock is retried (see retryWhileLocked).
 */
export async function runGit(
  folder: string,
  args: readonly string[],
  options: RunGitOptions = {},
): Promise<string> {
  const config: Partial<SimpleGitOptions> = {
    baseDir: folder,
    binary: 'git',
    maxConcurrentProcesses: 1,
    errors: (error, result) =>
      result.exitCode ? Buffer.concat([...result.stdOut, ...result.stdErr]) : error,
    unsafe: { allowUnsafeMergeDriver: options.mergeDriver, allowUnsafeEditor: options.editor },
  };
  try {
    return await retryWhileLocked(() => simpleGit(config).raw([...args]));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ENOENT|spawn git/.test(message)) throw explainGitFailure('git', error);
    throw new GitCommandError(args, message);
  }
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

export { commitFiles } from './commit.js';

export interface ReadCommitsOptions {
  /** Only commits that touch these paths. */
  paths?: readonly string[];
  /** Only commits whose message matches this regular expression (git's `--grep`). */
  grep?: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/** The commits of HEAD, oldest first; none in a repository without commits. */
export async function readCommits(
  folder: string,
  options: ReadCommitsOptions = {},
): Promise<CommitRecord[]> {
  const format = `--format=%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%s${RECORD}`;
  const grep = options.grep === undefined ? [] : [`--grep=${options.grep}`];
  const paths = options.paths === undefined ? [] : ['--', ...options.paths];
  const git = gitAt(folder);

  let text: string;
  try {
    if (!(await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => ''))) return [];
    text = await git.raw(['log', '--reverse', format, ...grep, ...paths]);
  } catch (error) {
    throw explainGitFailure('git log', error);
  }

  return text
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record !== '')
    .map((record) => {
      const [hash = '', authorName = '', authorEmail = '', authorDate = '', subject = ''] =
        record.split(FIELD);
      return { hash, authorName, authorEmail, authorDate, subject };
    });
}

/** The text of `relPath` as committed at HEAD; undefined when HEAD does not hold it. */
export async function readCommittedText(
  folder: string,
  relPath: string,
): Promise<string | undefined> {
  const git = gitAt(folder);
  try {
    const exists = await git.raw(['ls-tree', '--name-only', 'HEAD', '--', relPath]).catch(() => '');
    if (exists.trim() === '') return undefined;
    return await git.raw(['show', `HEAD:${relPath}`]);
  } catch (error) {
    throw explainGitFailure('git show', error);
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
      '-c',
      'core.quotePath=false',
      'log',
      '--no-merges',
      '--no-renames',
      '--name-only',
      '--format=%x1e%H%x1f%an%x1f%ae',
      ...(range ? [range] : []),
      '--',
      ...paths,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/unknown revision|bad revision|ambiguous argument|invalid revision/i.test(message)) {
      throw new UsageError(
        `git does not know the range '${range}': give commits git knows, ` +
          'e.g. origin/main..HEAD',
      );
    }
    if (/does not have any commits/.test(message)) return [];
    throw explainGitFailure('git log', error);
  }

  return output
    .split('\x1e')
    .slice(1)
    .map((record) => {
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

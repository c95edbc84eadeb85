import { GitCommandError, runGit } from './git.js';

/** Brings the remote's branches into this clone (`git fetch REMOTE`). */
export async function fetchRemote(root: string, remote: string): Promise<void> {
  await runGit(root, ['fetch', '--quiet', '--no-tags', remote]);
}

export type PushResult = { kind: 'pushed' } | { kind: 'behind' };

export interface PushOptions {
  remote: string;
  /** The local branch pushed, and the remote branch it goes to. */
  branch: string;
  remoteBranch: string;
  /** Make the remote branch the local branch's upstream (its first push). */
  setUpstream: boolean;
}

const REMOTE_MOVED_ON = /\[rejected\]|fetch first|non-fast-forward/;

/**
 * Pushes the branch. `behind` when the remote moved on meanwhile (someone else pushed first):
 * the caller pulls again and retries.
 */
export async function pushBranch(root: string, options: PushOptions): Promise<PushResult> {
  const upstream = options.setUpstream ? ['--set-upstream'] : [];
  const refspec = `refs/heads/${options.branch}:refs/heads/${options.remoteBranch}`;
  try {
    await runGit(root, ['push', '--quiet', '--porcelain', ...upstream, options.remote, refspec]);
    return { kind: 'pushed' };
  } catch (error) {
    if (error instanceof GitCommandError && REMOTE_MOVED_ON.test(error.output)) {
      return { kind: 'behind' };
    }
    throw error;
  }
}

/** Makes `remote/remoteBranch` the upstream of the local `branch`. */
export async function setUpstream(
  root: string,
  branch: string,
  remote: string,
  remoteBranch: string,
): Promise<void> {
  await runGit(root, ['branch', '--quiet', `--set-upstream-to=${remote}/${remoteBranch}`, branch]);
}

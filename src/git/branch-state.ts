import type { ClonePlace } from './git-dir.js';
import { GitCommandError, runGit } from './git.js';

/** Where this clone stands: its branch, commit, remotes and the branch it syncs with. */
export interface BranchState {
  /** undefined when HEAD is detached. */
  branch?: string;
  head: string;
  remotes: string[];
  /** The remote branch this branch tracks (`origin/main`), when set. */
  upstream?: { remote: string; branch: string };
}

async function readOptional(root: string, args: string[]): Promise<string | undefined> {
  try {
    return (await runGit(root, args)).trim() || undefined;
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

export async function readBranchState(root: string): Promise<BranchState> {
  const [branch, head, remotes] = await Promise.all([
    readOptional(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    runGit(root, ['rev-parse', 'HEAD']),
    runGit(root, ['remote']),
  ]);
  const state: BranchState = {
    branch,
    head: head.trim(),
    remotes: remotes.split('\n').filter((name) => name !== ''),
  };
  if (!branch) return state;

  const [remote, merge] = await Promise.all([
    readOptional(root, ['config', '--get', `branch.${branch}.remote`]),
    readOptional(root, ['config', '--get', `branch.${branch}.merge`]),
  ]);
  if (remote && remote !== '.' && merge?.startsWith('refs/heads/')) {
    state.upstream = { remote, branch: merge.slice('refs/heads/'.length) };
  }
  return state;
}

/** A path with uncommitted changes: `modified`, `new` (untracked), `added`, `deleted`… */
export interface UncommittedPath {
  path: string;
  change: string;
}

function describeStatus(code: string): string {
  if (code === '??') return 'new';
  if (code.includes('A')) return 'added';
  if (code.includes('D')) return 'deleted';
  if (code.includes('R')) return 'renamed';
  if (code.includes('U') || code === 'AA' || code === 'DD') return 'unmerged';
  return 'modified';
}

/** Every path git sees as changed, staged or untracked (ignored files left out). */
export async function listUncommitted(root: string): Promise<UncommittedPath[]> {
  const output = await runGit(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const entries = output.split('\0');
  const paths: UncommittedPath[] = [];

  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    paths.push({ path: entry.slice(3), change: describeStatus(code) });
    if (code.includes('R') || code.includes('C')) index += 1;
  }
  return paths;
}

/** The top folder of the clone holding `folder`, and `folder`'s path inside it. */
export async function readClonePlace(folder: string): Promise<ClonePlace> {
  const [top = folder, prefix = ''] = (
    await runGit(folder, ['rev-parse', '--show-toplevel', '--show-prefix'])
  ).split('\n');
  return { top, prefix };
}

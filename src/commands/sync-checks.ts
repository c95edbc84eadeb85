import { TimcError } from '../errors.js';
import { type BranchState, listUncommitted } from '../git/branch-state.js';
import { operationInProgress } from '../git/git-dir.js';
import { schemaKindOf } from '../store/layout.js';
import { pathInRepository, type SyncPlace } from './sync-place.js';

/** The remote branch a sync pulls from and pushes to. */
export interface SyncTarget {
  remote: string;
  branch: string;
  remoteBranch: string;
  /** Whether the local branch already tracks it (else the first push sets that up). */
  tracked: boolean;
}

/** The remote branch to sync with, or why a sync cannot start here. */
export function chooseTarget(gitDir: string, state: BranchState): SyncTarget {
  const operation = operationInProgress(gitDir);
  if (operation) {
    throw new TimcError(
      `${operation} is in progress in this clone: finish it or abort it (e.g. git rebase ` +
        '--abort), then run timc sync again',
    );
  }
  const branch = state.branch;
  if (!branch) {
    throw new TimcError('HEAD is not on a branch: switch to yours (e.g. git switch main) first');
  }
  if (state.upstream) {
    return { ...state.upstream, branch, remoteBranch: state.upstream.branch, tracked: true };
  }

  if (state.remotes.length === 0) {
    throw new TimcError(
      'this repository has no remote to sync with: add the shared repository with ' +
        '`git remote add origin URL` (its address), then run timc sync again',
    );
  }
  if (state.remotes.length > 1 && !state.remotes.includes('origin')) {
    throw new TimcError(
      `branch ${branch} tracks no remote branch and there are several remotes ` +
        `(${state.remotes.join(', ')}): choose one with ` +
        `git branch --set-upstream-to=REMOTE/${branch}`,
    );
  }
  const remote = state.remotes.includes('origin') ? 'origin' : state.remotes[0]!;
  return { remote, branch, remoteBranch: branch, tracked: false };
}

/** Temporary files of atomic writes: git-ignored, and never part of a sync. */
const TEMPORARY_FILE = /(^|\/)\.[^/]+\.\d+-[0-9a-f]{8}\.tmp$/;
const SHOWN_PATHS = 20;

/** Files of the cycle repository: new ones among them are work not yet committed. */
function isTimcPath(relPath: string | undefined): boolean {
  if (relPath === undefined) return false;
  return schemaKindOf(relPath) !== undefined || /^(cycles|\.timc)\//.test(relPath);
}

/**
 * Stops when anything is uncommitted: a changed or staged file, or a new file of timc's. A
 * sync never sweeps such changes in, nor leaves them behind. Other new files are left alone.
 */
export async function refuseUncommitted(place: SyncPlace): Promise<void> {
  const paths = (await listUncommitted(place.top)).filter(
    (entry) =>
      !TEMPORARY_FILE.test(entry.path) &&
      (entry.change !== 'new' || isTimcPath(pathInRepository(place, entry.path))),
  );
  if (paths.length === 0) return;

  const shown = paths
    .slice(0, SHOWN_PATHS)
    .map((entry) => `  ${entry.change.padEnd(9)} ${entry.path}`);
  if (paths.length > SHOWN_PATHS) shown.push(`  … and ${paths.length - SHOWN_PATHS} more`);
  throw new TimcError(
    [
      'uncommitted changes, so nothing was synced: commit them (git add FILE && git commit) or ' +
        'undo them (git restore FILE, or delete a new file), then run timc sync again',
      ...shown,
    ].join('\n'),
  );
}

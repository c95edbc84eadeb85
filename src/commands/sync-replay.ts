import { TimcError } from '../errors.js';
import { chosenSide, type KeepChoice } from '../merge/keep-choices.js';
import {
  abortRebase,
  continueRebase,
  listUnmergedPaths,
  type MergeDriver,
  moveBranchTo,
  rebaseOnto,
  takeSideOfPath,
} from '../git/rebase.js';
import { findMergeBase, hasMergeCommits, resolveRevision } from '../git/revisions.js';
import { type SyncConflict, takeDriverConflicts } from '../store/sync-state.js';
import { applyRenumbering, planRenumbering, type RenumberPlan } from './sync-renumber.js';

/** Everything replaying the local commits on the shared ones needs to know. */
export interface ReplayOptions {
  root: string;
  gitDir: string;
  stateFolder: string;
  upstream: string;
  /** Where the branch goes back to on a conflict: where it was when the sync began. */
  restoreTo: string;
  driver: MergeDriver;
  choices: readonly KeepChoice[];
}

export type ReplayResult =
  | { kind: 'done'; renumbered: RenumberPlan }
  | { kind: 'conflict'; conflicts: SyncConflict[] };

const WHOLE_FILE =
  'git could not merge this file entry by entry (removed on one side and changed on the ' +
  'other, or not valid YAML)';

/**
 * Replays the local commits on top of the shared tip: first renumbering ids both sides minted,
 * then rebasing with timc's merge driver, settling stops with the person's choices. On a
 * conflict nothing is left behind: the rebase is aborted and the branch put back as it was.
 */
export async function replayLocalCommits(options: ReplayOptions): Promise<ReplayResult> {
  const { root, gitDir } = options;
  const head = (await resolveRevision(root, 'HEAD'))!;

  try {
    const base = await findMergeBase(root, head, options.upstream);
    const range = { base, upstream: options.upstream, head };
    const linear = !(await hasMergeCommits(root, range.base, head));
    const plan = linear ? await planRenumbering(root, range) : new Map();
    if (plan.size > 0) await moveBranchTo(root, await applyRenumbering(root, gitDir, range, plan));

    await takeDriverConflicts(options.stateFolder);
    let result = await rebaseOnto(root, gitDir, options.upstream, options.driver);
    while (result.kind === 'stopped') {
      const conflicts = await settleStop(options);
      if (conflicts.length > 0) {
        await putBack(root, gitDir, options.restoreTo);
        return { kind: 'conflict', conflicts };
      }
      result = await continueRebase(root, gitDir, options.driver);
    }
    return { kind: 'done', renumbered: plan };
  } catch (error) {
    await putBack(root, gitDir, options.restoreTo);
    throw error;
  }
}

async function putBack(root: string, gitDir: string, head: string): Promise<void> {
  await abortRebase(root, gitDir);
  if ((await resolveRevision(root, 'HEAD')) !== head) await moveBranchTo(root, head);
}

/** Settles what the person chose; returns the conflicts that remain. */
async function settleStop(options: ReplayOptions): Promise<SyncConflict[]> {
  const [unmerged, reported] = await Promise.all([
    listUnmergedPaths(options.root),
    takeDriverConflicts(options.stateFolder),
  ]);
  const conflicts: SyncConflict[] = reported.map((conflict) => ({
    file: conflict.path,
    field: conflict.field,
    mine: conflict.theirs,
    theirs: conflict.ours,
  }));
  const reportedPaths = new Set(reported.map((conflict) => conflict.path));

  for (const path of unmerged.filter((candidate) => !reportedPaths.has(candidate))) {
    const side = chosenSide(options.choices, path, undefined);
    if (side) await takeSideOfPath(options.root, path, side === 'mine' ? 'theirs' : 'ours');
    else conflicts.push({ file: path, reason: WHOLE_FILE });
  }
  if (unmerged.length === 0 && conflicts.length === 0) {
    throw new TimcError(
      'git stopped while replaying your commits, with nothing to merge; nothing was changed',
    );
  }
  return conflicts;
}

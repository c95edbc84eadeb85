import { TimcError } from '../errors.js';
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
import { chosenSide, type KeepChoice } from '../merge/keep-choices.js';
import { type SyncConflict, takeDriverConflicts } from '../store/sync-state.js';
import { pathInRepository, type SyncPlace } from './sync-place.js';
import { applyRenumbering, planRenumbering, type RenumberPlan } from './sync-renumber.js';

export interface ReplayOptions {
  upstream: string;
  /** Where the branch goes back to on a conflict: where it was when the sync began. */
  restoreTo: string;
  driver: MergeDriver;
  choices: readonly KeepChoice[];
}

export type ReplayResult =
  { kind: 'done'; renumbered: RenumberPlan } | { kind: 'conflict'; conflicts: SyncConflict[] };

const WHOLE_FILE =
  'git could not merge this file entry by entry (removed on one side and changed on the ' +
  'other, or not valid YAML)';

/**
 * Replays the local commits on top of the shared tip: first renumbering ids both sides minted,
 * then rebasing with timc's merge driver, settling stops with the person's choices. On a
 * conflict nothing is left behind: the rebase is aborted and the branch put back as it was.
 */
export async function replayLocalCommits(
  place: SyncPlace,
  options: ReplayOptions,
): Promise<ReplayResult> {
  const { top, gitDir } = place;

  try {
    const head = (await resolveRevision(top, 'HEAD'))!;
    const base = await findMergeBase(top, head, options.upstream);
    const range = { base, upstream: options.upstream, head };
    const linear = !(await hasMergeCommits(top, base, head));
    const plan: RenumberPlan = linear ? await planRenumbering(place, range) : new Map();
    if (plan.size > 0) await moveBranchTo(top, await applyRenumbering(place, range, plan));

    await takeDriverConflicts(place.stateFolder);
    let result = await rebaseOnto(top, gitDir, options.upstream, options.driver);
    while (result.kind === 'stopped') {
      const conflicts = await settleStop(place, options.choices);
      if (conflicts.length > 0) {
        await putBack(place, options.restoreTo);
        return { kind: 'conflict', conflicts };
      }
      result = await continueRebase(top, gitDir, options.driver);
    }
    return { kind: 'done', renumbered: plan };
  } catch (error) {
    await putBack(place, options.restoreTo);
    throw error;
  }
}

async function putBack(place: SyncPlace, commit: string): Promise<void> {
  await abortRebase(place.top, place.gitDir);
  if ((await resolveRevision(place.top, 'HEAD')) !== commit) await moveBranchTo(place.top, commit);
}

/** Settles what the person chose; returns the conflicts that remain. */
async function settleStop(
  place: SyncPlace,
  choices: readonly KeepChoice[],
): Promise<SyncConflict[]> {
  const [unmerged, reported] = await Promise.all([
    listUnmergedPaths(place.top),
    takeDriverConflicts(place.stateFolder),
  ]);
  // The driver reports in git's terms: "ours" is the shared side during a rebase.
  const conflicts: SyncConflict[] = reported.map((conflict) => ({
    file: conflict.path,
    field: conflict.field,
    mine: conflict.theirs,
    theirs: conflict.ours,
  }));
  const reportedPaths = new Set(reported.map((conflict) => `${place.prefix}${conflict.path}`));

  for (const path of unmerged.filter((candidate) => !reportedPaths.has(candidate))) {
    const file = pathInRepository(place, path) ?? path;
    const side = chosenSide(choices, file, undefined);
    if (side) await takeSideOfPath(place.top, path, side === 'mine' ? 'theirs' : 'ours');
    else conflicts.push({ file, reason: WHOLE_FILE });
  }
  if (unmerged.length === 0 && conflicts.length === 0) {
    throw new TimcError(
      'git stopped while replaying your commits, with nothing to merge; nothing was changed',
    );
  }
  return conflicts;
}

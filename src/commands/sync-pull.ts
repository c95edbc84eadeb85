import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { TimcError } from '../errors.js';
import { hasAttributesFileSetting, type MergeDriver, moveBranchTo } from '../git/rebase.js';
import { countCommits } from '../git/revisions.js';
import type { KeepChoice } from '../merge/keep-choices.js';
import { writeFilesAtomically } from '../store/atomic-write.js';
import { packagePath } from '../store/package-files.js';
import { type SyncState, writeSyncState } from '../store/sync-state.js';
import { describeConflicts } from './sync-conflicts.js';
import type { SyncPlace } from './sync-place.js';
import { describeRenumbering } from './sync-renumber.js';
import { replayLocalCommits } from './sync-replay.js';

export interface PullOptions {
  upstream: string;
  /** `origin/main`, for messages. */
  upstreamName: string;
  /** Where the branch was when the sync began: where a conflict puts it back. */
  restoreTo: string;
  choices: KeepChoice[];
  saved: SyncState;
}

export interface PullResult {
  pulled: number;
  renumbered: string[];
}

function quoteForShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * timc's .gitattributes lines for the cycle repository's folder, for git to fall back on where
 * the repository lacks them (one made before timc declared its driver).
 */
async function writeFallbackAttributes(place: SyncPlace): Promise<string> {
  const template = await readFile(packagePath('templates', 'gitattributes'), 'utf8');
  const path = join(place.stateFolder, 'gitattributes');
  const text = template.replace(/^\//gm, `/${place.prefix}`);
  await writeFilesAtomically([{ path, text }]);
  return path;
}

/** timc itself as git's merge driver, run by git's shell with %O %A %B %P. */
async function mergeDriver(place: SyncPlace): Promise<MergeDriver> {
  const command = [process.execPath, packagePath('bin', 'timc'), 'merge-file'];
  const options = ['--state', place.stateFolder, '--prefix', place.prefix];
  const ownAttributes = await hasAttributesFileSetting(place.top);
  return {
    name: 'timc',
    command: `${[...command, ...options].map(quoteForShell).join(' ')} %O %A %B %P`,
    attributesFile: ownAttributes ? undefined : await writeFallbackAttributes(place),
  };
}

/**
 * Brings in the shared commits: a fast-forward when there is nothing local, else the local
 * commits replayed on top. A conflict is saved for `--keep` and thrown as the message.
 */
export async function pullShared(place: SyncPlace, options: PullOptions): Promise<PullResult> {
  const behind = await countCommits(place.top, 'HEAD', options.upstream);
  if (behind === 0) return { pulled: 0, renumbered: [] };
  const ahead = await countCommits(place.top, options.upstream, 'HEAD');
  if (ahead === 0) {
    await moveBranchTo(place.top, options.upstream);
    return { pulled: behind, renumbered: [] };
  }

  const { upstream, choices, saved } = options;
  await writeSyncState(place.stateFolder, { upstream, conflicts: saved.conflicts, choices });
  const result = await replayLocalCommits(place, {
    upstream,
    restoreTo: options.restoreTo,
    driver: await mergeDriver(place),
    choices,
  });
  if (result.kind === 'conflict') {
    await writeSyncState(place.stateFolder, { upstream, conflicts: result.conflicts, choices });
    throw new TimcError(describeConflicts(result.conflicts, options.upstreamName));
  }
  return { pulled: behind, renumbered: describeRenumbering(result.renumbered) };
}

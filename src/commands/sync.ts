import { relative, resolve, sep } from 'node:path';

import type { CommandContext } from '../cli/context.js';
import { TimcError, UsageError } from '../errors.js';
import { type BranchState, listUncommitted, readBranchState } from '../git/branch-state.js';
import { withCloneLock } from '../git/clone-lock.js';
import { findGitDir, operationInProgress } from '../git/git-dir.js';
import { hasAttributesFileSetting, type MergeDriver, moveBranchTo } from '../git/rebase.js';
import { fetchRemote, pushBranch, setUpstream } from '../git/remote.js';
import { countCommits, resolveRevision } from '../git/revisions.js';
import { isFieldWithin } from '../merge/field-path.js';
import type { KeepChoice } from '../merge/keep-choices.js';
import { schemaKindOf } from '../store/layout.js';
import { packagePath } from '../store/package-files.js';
import {
  clearSyncState,
  readSyncState,
  type SyncState,
  syncStateFolder,
  writeSyncState,
} from '../store/sync-state.js';
import { describeConflicts } from './sync-conflicts.js';
import { replayLocalCommits } from './sync-replay.js';
import { describeRenumbering } from './sync-renumber.js';

const USAGE = 'usage: timc sync [--keep mine|theirs [FILE [FIELD]]]';
/** Pushes tried when others keep pushing first, before giving up for now. */
const MAX_ROUNDS = 3;

export interface SyncOptions {
  keep?: string;
}

interface Target {
  remote: string;
  branch: string;
  remoteBranch: string;
  tracked: boolean;
}

interface SyncReport {
  pulled: number;
  pushed: number;
  renumbered: string[];
  target: Target;
}

/** `timc sync`: pull with rebase (merging entry by entry), then push. */
export async function syncRepository(
  context: CommandContext,
  file: string | undefined,
  field: string | undefined,
  options: SyncOptions,
): Promise<void> {
  const root = context.root;
  const choice = readKeepChoice(root, context.cwd, options.keep, file, field);
  const gitDir = findGitDir(root);
  if (!gitDir) {
    throw new TimcError(`${root} is not in a git repository, so there is nothing to sync`);
  }

  const report = await withCloneLock(root, () => syncLocked(root, gitDir, choice));
  printReport(context, report);
}

function readKeepChoice(
  root: string,
  cwd: string,
  keep: string | undefined,
  file: string | undefined,
  field: string | undefined,
): KeepChoice | undefined {
  if (keep === undefined) {
    if (file !== undefined) throw new UsageError(`FILE and FIELD go with --keep; ${USAGE}`);
    return undefined;
  }
  if (keep !== 'mine' && keep !== 'theirs') {
    throw new UsageError(`--keep takes mine or theirs, not '${keep}'; ${USAGE}`);
  }
  const relPath = file && relative(root, resolve(cwd, file)).split(sep).join('/');
  return { side: keep, file: relPath, field };
}

async function syncLocked(
  root: string,
  gitDir: string,
  choice: KeepChoice | undefined,
): Promise<SyncReport> {
  const branchState = await readBranchState(root);
  const target = chooseTarget(gitDir, branchState);
  await refuseUncommitted(root);

  const stateFolder = syncStateFolder(gitDir);
  const saved = await readSyncState(stateFolder);
  if (choice) checkChoiceAgainst(saved, choice);

  const report: SyncReport = { pulled: 0, pushed: 0, renumbered: [], target };
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    await fetchRemote(root, target.remote).catch((error: unknown) => {
      throw new TimcError(`could not reach ${target.remote}: ${(error as Error).message}`);
    });
    const remoteRef = `refs/remotes/${target.remote}/${target.remoteBranch}`;
    const upstream = await resolveRevision(root, remoteRef);
    const choices = choicesFor(saved, upstream, choice);

    if (upstream) {
      const restoreTo = branchState.head;
      await pull(root, gitDir, { stateFolder, upstream, restoreTo, choices, saved, report });
    }
    if (await pushIfAhead(root, target, upstream, report)) {
      await clearSyncState(stateFolder);
      return report;
    }
  }
  throw new TimcError(
    `others kept pushing to ${target.remote} while syncing; your commits are rebased on theirs ` +
      'but not shared yet: run timc sync again',
  );
}

function chooseTarget(gitDir: string, state: BranchState): Target {
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
  const remote = state.remotes.includes('origin') ? 'origin' : state.remotes[0]!;
  if (state.remotes.length > 1 && remote !== 'origin') {
    throw new TimcError(
      `branch ${branch} tracks no remote branch and there are several remotes ` +
        `(${state.remotes.join(', ')}): choose one with git branch --set-upstream-to=REMOTE/${branch}`,
    );
  }
  return { remote, branch, remoteBranch: branch, tracked: false };
}

/** Temporary files of atomic writes: git-ignored, and never part of a sync. */
const TEMPORARY_FILE = /(^|\/)\.[^/]+\.\d+-[0-9a-f]{8}\.tmp$/;
const SHOWN_PATHS = 20;

function isTimcPath(path: string): boolean {
  return schemaKindOf(path) !== undefined || path.startsWith('cycles/') || path.startsWith('.timc/');
}

/** Stops when anything is uncommitted: a sync never sweeps changes in, nor leaves them behind. */
async function refuseUncommitted(root: string): Promise<void> {
  const paths = (await listUncommitted(root)).filter(
    (entry) => !TEMPORARY_FILE.test(entry.path) && (entry.change !== 'new' || isTimcPath(entry.path)),
  );
  if (paths.length === 0) return;

  const shown = paths.slice(0, SHOWN_PATHS).map((entry) => `  ${entry.change.padEnd(9)} ${entry.path}`);
  if (paths.length > SHOWN_PATHS) shown.push(`  … and ${paths.length - SHOWN_PATHS} more`);
  throw new TimcError(
    [
      'uncommitted changes, so nothing was synced: commit them (git add FILE && git commit) or ' +
        'undo them (git restore FILE, or delete a new file), then run timc sync again',
      ...shown,
    ].join('\n'),
  );
}

function checkChoiceAgainst(saved: SyncState, choice: KeepChoice): void {
  if (saved.conflicts.length === 0) {
    throw new UsageError('no conflict is waiting to be settled: run timc sync without --keep');
  }
  const matches = saved.conflicts.some(
    (conflict) =>
      (choice.file === undefined || conflict.file === choice.file) &&
      (choice.field === undefined ||
        (conflict.field !== undefined && isFieldWithin(conflict.field, choice.field))),
  );
  if (!matches) {
    const waiting = saved.conflicts.map((c) => (c.field ? `${c.file} ${c.field}` : c.file));
    throw new UsageError(
      `no conflict is waiting on ${[choice.file, choice.field].filter(Boolean).join(' ')}; ` +
        `the last sync stopped on: ${waiting.join(', ')}`,
    );
  }
}

/** Earlier choices hold while the shared side is where it was when they were made. */
function choicesFor(saved: SyncState, upstream: string | undefined, choice?: KeepChoice) {
  const earlier = saved.upstream === upstream ? saved.choices : [];
  return choice ? [...earlier, choice] : earlier;
}

function quoteForShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** timc itself as git's merge driver, run by git's shell with %O %A %B %P. */
async function mergeDriver(root: string, stateFolder: string): Promise<MergeDriver> {
  const command = [process.execPath, packagePath('bin', 'timc'), 'merge-file', '--state', stateFolder];
  const ownAttributes = await hasAttributesFileSetting(root);
  return {
    name: 'timc',
    command: `${command.map(quoteForShell).join(' ')} %O %A %B %P`,
    attributesFile: ownAttributes ? undefined : packagePath('templates', 'gitattributes'),
  };
}

interface PullOptions {
  stateFolder: string;
  upstream: string;
  restoreTo: string;
  choices: KeepChoice[];
  saved: SyncState;
  report: SyncReport;
}

async function pull(root: string, gitDir: string, options: PullOptions): Promise<void> {
  const behind = await countCommits(root, 'HEAD', options.upstream);
  if (behind === 0) return;
  const ahead = await countCommits(root, options.upstream, 'HEAD');
  if (ahead === 0) {
    await moveBranchTo(root, options.upstream);
    options.report.pulled += behind;
    return;
  }

  const { stateFolder, upstream, choices } = options;
  await writeSyncState(stateFolder, { upstream, conflicts: options.saved.conflicts, choices });
  const result = await replayLocalCommits({
    root,
    gitDir,
    stateFolder,
    upstream,
    restoreTo: options.restoreTo,
    driver: await mergeDriver(root, stateFolder),
    choices,
  });
  if (result.kind === 'conflict') {
    await writeSyncState(stateFolder, { upstream, conflicts: result.conflicts, choices });
    const target = options.report.target;
    throw new TimcError(describeConflicts(result.conflicts, `${target.remote}/${target.remoteBranch}`));
  }
  options.report.pulled += behind;
  options.report.renumbered.push(...describeRenumbering(result.renumbered));
}

/** Pushes what the remote lacks; false when someone pushed first (pull again). */
async function pushIfAhead(
  root: string,
  target: Target,
  upstream: string | undefined,
  report: SyncReport,
): Promise<boolean> {
  const ahead = await countCommits(root, upstream, 'HEAD');
  if (ahead === 0) {
    if (!target.tracked && upstream) {
      await setUpstream(root, target.branch, target.remote, target.remoteBranch);
    }
    return true;
  }

  const result = await pushBranch(root, { ...target, setUpstream: !target.tracked }).catch(
    (error: unknown) => {
      const pulled = report.pulled > 0 ? ` (the ${plural(report.pulled, 'commit')} pulled are in place)` : '';
      throw new TimcError(`could not push to ${target.remote}${pulled}: ${(error as Error).message}`);
    },
  );
  if (result.kind === 'behind') return false;
  report.pushed = ahead;
  return true;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function printReport(context: CommandContext, report: SyncReport): void {
  const name = `${report.target.remote}/${report.target.remoteBranch}`;
  if (context.output.json) {
    const { pulled, pushed, renumbered } = report;
    context.output.printJson({ remote: name, pulled, pushed, renumbered });
    return;
  }

  for (const line of report.renumbered) {
    context.output.done(`Renumbered your ${line}: ${name} already had that id for another entry`);
  }
  const { pulled, pushed } = report;
  if (pulled === 0 && pushed === 0) {
    context.output.done(`Already in sync with ${name}: nothing to pull or push`);
  } else if (pushed === 0) {
    context.output.done(`Pulled ${plural(pulled, 'commit')} from ${name}; nothing to push`);
  } else if (pulled === 0) {
    context.output.done(`Pushed ${plural(pushed, 'commit')} to ${name}; nothing to pull`);
  } else {
    context.output.done(`Pulled ${plural(pulled, 'commit')} from ${name} and pushed ${pushed}`);
  }
}

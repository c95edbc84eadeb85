import type { CommandContext } from '../cli/context.js';
import { TimcError } from '../errors.js';
import { readBranchState, readClonePlace } from '../git/branch-state.js';
import { withCloneLock } from '../git/clone-lock.js';
import { findGitDir } from '../git/git-dir.js';
import { GitCommandError } from '../git/git.js';
import { fetchRemote, pushBranch, setUpstream } from '../git/remote.js';
import { countCommits, resolveRevision } from '../git/revisions.js';
import type { KeepChoice } from '../merge/keep-choices.js';
import { clearSyncState, readSyncState, syncStateFolder } from '../store/sync-state.js';
import { chooseTarget, refuseUncommitted, type SyncTarget } from './sync-checks.js';
import { checkChoiceAgainst, choicesFor, readKeepChoice } from './sync-choices.js';
import type { SyncPlace } from './sync-place.js';
import { pullShared } from './sync-pull.js';

/** Pushes tried when others keep pushing first, before giving up for now. */
const MAX_ROUNDS = 3;

export interface SyncOptions {
  /** `--keep mine|theirs`: settle the conflicts named by FILE and FIELD (all without FILE). */
  keep?: string;
}

interface SyncReport {
  target: SyncTarget;
  pulled: number;
  pushed: number;
  renumbered: string[];
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
  if (!gitDir) throw new TimcError(`${root} is not in a git repository: there is nothing to sync`);

  const report = await withCloneLock(root, async () => {
    const { top, prefix } = await readClonePlace(root);
    const place = { top, prefix, gitDir, stateFolder: syncStateFolder(gitDir) };
    return syncLocked(place, choice).catch(explainGitFailure);
  });
  printReport(context, report);
}

/** A git failure as a message a person can act on: what git said, in a few lines. */
function explainGitFailure(error: unknown): never {
  if (!(error instanceof GitCommandError)) throw error;
  const lines = error.output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  throw new TimcError(`git ${error.command} failed: ${lines.slice(0, 4).join(' ')}`);
}

async function syncLocked(place: SyncPlace, choice: KeepChoice | undefined): Promise<SyncReport> {
  const branchState = await readBranchState(place.top);
  const target = chooseTarget(place.gitDir, branchState);
  await refuseUncommitted(place);

  const saved = await readSyncState(place.stateFolder);
  if (choice) checkChoiceAgainst(saved, choice);

  const report: SyncReport = { target, pulled: 0, pushed: 0, renumbered: [] };
  const upstreamName = `${target.remote}/${target.remoteBranch}`;
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    await fetchRemote(place.top, target.remote).catch((error: unknown) => {
      throw new TimcError(`could not reach ${target.remote}: ${(error as Error).message}`);
    });
    const upstream = await resolveRevision(place.top, `refs/remotes/${upstreamName}`);

    if (upstream) {
      const choices = choicesFor(saved, upstream, choice);
      const restoreTo = branchState.head;
      const pulled = await pullShared(place, { upstream, upstreamName, restoreTo, choices, saved });
      report.pulled += pulled.pulled;
      report.renumbered.push(...pulled.renumbered);
    }
    if (await pushIfAhead(place.top, target, upstream, report)) {
      await clearSyncState(place.stateFolder);
      return report;
    }
  }
  throw new TimcError(
    `others kept pushing to ${target.remote} meanwhile; your commits sit on top of theirs ` +
      'but are not shared yet: run timc sync again',
  );
}

/** Pushes what the remote lacks; false when someone pushed first (pull again). */
async function pushIfAhead(
  top: string,
  target: SyncTarget,
  upstream: string | undefined,
  report: SyncReport,
): Promise<boolean> {
  const ahead = await countCommits(top, upstream, 'HEAD');
  if (ahead === 0) {
    if (!target.tracked && upstream) {
      await setUpstream(top, target.branch, target.remote, target.remoteBranch);
    }
    return true;
  }

  const result = await pushBranch(top, { ...target, setUpstream: !target.tracked }).catch(
    (error: unknown) => {
      const kept = report.pulled > 0 ? ` (the ${plural(report.pulled, 'commit')} pulled stay)` : '';
      const reason = (error as Error).message;
      throw new TimcError(`could not push to ${target.remote}${kept}: ${reason}`);
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
  const { pulled, pushed, renumbered } = report;
  if (context.output.json) {
    context.output.printJson({ remote: name, pulled, pushed, renumbered });
    return;
  }

  for (const line of renumbered) {
    context.output.done(`Renumbered your ${line}: ${name} already had that id for another entry`);
  }
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

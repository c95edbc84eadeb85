import { relative, resolve, sep } from 'node:path';

import { UsageError } from '../errors.js';
import { isFieldWithin } from '../merge/field-path.js';
import type { KeepChoice } from '../merge/keep-choices.js';
import type { SyncState } from '../store/sync-state.js';

export const SYNC_USAGE = 'usage: timc sync [--keep mine|theirs [FILE [FIELD]]]';

/** The choice given with `--keep SIDE [FILE [FIELD]]`, FILE made relative to the repository. */
export function readKeepChoice(
  root: string,
  cwd: string,
  keep: string | undefined,
  file: string | undefined,
  field: string | undefined,
): KeepChoice | undefined {
  if (keep === undefined) {
    if (file !== undefined) throw new UsageError(`FILE and FIELD go with --keep; ${SYNC_USAGE}`);
    return undefined;
  }
  if (keep !== 'mine' && keep !== 'theirs') {
    throw new UsageError(`--keep takes mine or theirs, not '${keep}'; ${SYNC_USAGE}`);
  }
  const relPath = file && relative(root, resolve(cwd, file)).split(sep).join('/');
  return { side: keep, file: relPath, field };
}

/** Refuses a choice that settles none of the conflicts the last sync stopped on. */
export function checkChoiceAgainst(saved: SyncState, choice: KeepChoice): void {
  if (saved.conflicts.length === 0) {
    throw new UsageError('no conflict is waiting to be settled: run timc sync without --keep');
  }
  const matches = saved.conflicts.some(
    (conflict) =>
      (choice.file === undefined || conflict.file === choice.file) &&
      (choice.field === undefined ||
        (conflict.field !== undefined && isFieldWithin(conflict.field, choice.field))),
  );
  if (matches) return;

  const waiting = saved.conflicts.map((c) => (c.field ? `${c.file} ${c.field}` : c.file));
  throw new UsageError(
    `no conflict is waiting on ${[choice.file, choice.field].filter(Boolean).join(' ')}; ` +
      `the last sync stopped on: ${waiting.join(', ')}`,
  );
}

/** Earlier choices hold while the shared side is where it was when they were made. */
export function choicesFor(
  saved: SyncState,
  upstream: string | undefined,
  choice: KeepChoice | undefined,
): KeepChoice[] {
  const earlier = saved.upstream === upstream ? saved.choices : [];
  return choice ? [...earlier, choice] : earlier;
}

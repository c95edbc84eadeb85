import { describeValue } from '../merge/plain-values.js';
import type { SyncConflict } from '../store/sync-state.js';

function quoteForShell(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `cycle 20261203-asmith-k3f9, file 1-goals.yaml` or `file members.yaml`. */
function describePlace(file: string): string {
  const inCycle = /^cycles\/\d{4}\/([^/]+)\/(.+)$/.exec(file);
  return inCycle ? `cycle ${inCycle[1]}, file ${inCycle[2]}` : `file ${file}`;
}

function describeConflict(conflict: SyncConflict, upstreamName: string): string[] {
  const target = [conflict.file, ...(conflict.field ? [conflict.field] : [])]
    .map(quoteForShell)
    .join(' ');
  const where = describePlace(conflict.file);
  const lines = conflict.field
    ? [
        `  ${where}, field ${conflict.field}`,
        `    yours:  ${describeValue(conflict.mine)}`,
        `    ${upstreamName}:  ${describeValue(conflict.theirs)}`,
      ]
    : [`  ${where}: ${conflict.reason ?? 'git could not merge it'}`];
  lines.push(
    `    keep yours:   timc sync --keep mine ${target}`,
    `    keep theirs:  timc sync --keep theirs ${target}`,
  );
  return lines;
}

/** The message of a sync stopped by conflicts: each field, both values, and how to settle. */
export function describeConflicts(
  conflicts: readonly SyncConflict[],
  upstreamName: string,
): string {
  const lines = [
    `sync stopped: your commits and ${upstreamName} changed the same thing in two ways, so ` +
      'nothing was changed here (your commits are as they were, not shared yet)',
    ...conflicts.flatMap((conflict) => describeConflict(conflict, upstreamName)),
  ];
  if (conflicts.length > 1) {
    lines.push('  or keep one side for all of them: timc sync --keep mine|theirs');
  }
  return lines.join('\n');
}

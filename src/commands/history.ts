import type { CommandContext } from '../cli/context.js';
import { chooseCycle } from '../cli/cycle-choice.js';
import { formatTable } from '../cli/table.js';
import { describeHistory } from '../model/history.js';
import { cycleFolder } from '../store/layout.js';

export interface HistoryOptions {
  /** Find commits by their message (`<id>: …`) instead of by path: faster on long histories. */
  byMessage?: boolean;
}

/** A cycle id as a literal in git's basic regular expressions (ids may hold dots). */
function literalPattern(text: string): string {
  return text.replace(/[.[\]\\*^$]/g, (char) => `\\${char}`);
}

/**
 * `timc history [CYCLE]`: the cycle's audit trail from git, oldest first: when, who, what. By
 * default every commit that touched the cycle folder, hand-made ones included.
 */
export async function showHistory(
  context: CommandContext,
  ref: string | undefined,
  options: HistoryOptions,
): Promise<void> {
  const id = await chooseCycle(context, ref);
  const { readCommits } = await import('../git/git.js');
  const [records, members] = await Promise.all([
    options.byMessage
      ? readCommits(context.root, { grep: `^${literalPattern(id)}: ` })
      : readCommits(context.root, { paths: [cycleFolder(id)] }),
    context.members(),
  ]);
  const entries = describeHistory(id, records, members);
  const { output } = context;

  if (output.json) {
    output.printJson(entries);
    return;
  }
  if (entries.length === 0) {
    output.done(`${id} has no commits yet`);
    return;
  }
  const rows = entries.map((entry) => [
    entry.at,
    entry.member ?? `${entry.name} <${entry.email}>`,
    entry.what,
  ]);
  for (const line of formatTable(['when', 'who', 'what'], rows, output.style)) output.line(line);
}

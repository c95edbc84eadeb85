import { basename, resolve } from 'node:path';

import { isMap, isSeq, type YAMLMap } from 'yaml';

import type { CommandContext } from '../cli/context.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { mergeById } from '../model/import-rows.js';
import { memberFromFields, problemsWithMember } from '../model/members.js';
import { mayManageMembers } from '../model/permissions.js';
import type { Member } from '../model/types.js';
import { readCsvRows } from '../store/csv-file.js';
import type { YamlFile } from '../store/yaml-file.js';

const COLUMNS = { required: ['id', 'name'], optional: ['email', 'school', 'role'] };

/**
 * `timc member import FILE.csv`: adds new members and updates existing ones by id. When any row
 * is bad, every bad row is named by line and nothing is written.
 */
export async function importMembers(context: CommandContext, csvPath: string): Promise<void> {
  const path = resolve(context.cwd, csvPath);
  const rows = await readCsvRows(path, COLUMNS);
  const [settings, { file, members }] = await Promise.all([
    context.settings(),
    context.membersFile(),
  ]);

  const incoming: Member[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const member = memberFromFields(row.fields);
    const earlier = seen.get(member.id);
    if (earlier !== undefined) {
      problems.push(`${csvPath}:${row.line}: ${member.id} is also on line ${earlier}`);
      continue;
    }
    seen.set(member.id, row.line);

    const existing = members.find((candidate) => candidate.id === member.id);
    const merged = { ...existing, ...member };
    const others = [...members, ...incoming];
    for (const problem of problemsWithMember(merged, others, settings)) {
      problems.push(`${csvPath}:${row.line}: ${problem}`);
    }
    incoming.push(member);
  }
  if (problems.length > 0) {
    throw new TimcError(
      `${problems.length} problem(s) in ${csvPath}; nothing was written:\n  ` +
        problems.join('\n  '),
    );
  }

  const actor = await context.currentMemberIfKnown();
  const decision = mayManageMembers(actor, members, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const merge = mergeById(members, incoming);
  if (merge.added.length === 0 && merge.updated.length === 0) {
    context.output.done(`Nothing to change: members.yaml already holds every row of ${csvPath}`);
    return;
  }

  applyMembers(file, merge.records);
  const counts = `${merge.added.length} added, ${merge.updated.length} updated`;
  await recordChange(context, {
    files: [file],
    message: `members: import ${basename(csvPath)} (${counts})`,
    author: actor,
  });
  context.output.done(`Imported ${csvPath}: ${counts}`);
}

/** Updates entries in place (keeping their comments) and appends the new ones. */
function applyMembers(file: YamlFile, members: readonly Member[]): void {
  const list = file.doc.get('members', true);
  if (!isSeq(list)) {
    file.doc.set('members', file.doc.createNode(members));
    return;
  }

  for (const member of members) {
    const entry = list.items.find(
      (item): item is YAMLMap => isMap(item) && item.get('id') === member.id,
    );
    if (!entry) {
      list.add(file.doc.createNode(member));
      continue;
    }
    for (const [key, value] of Object.entries(member)) entry.set(key, value);
  }
}

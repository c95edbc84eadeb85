import { basename, resolve } from 'node:path';

import type { CommandContext } from '../cli/context.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { checkImportRows, type ImportRules, mergeById } from '../model/import-rows.js';
import type { Member } from '../model/types.js';
import { type CsvColumns, readCsvRows } from '../store/csv-file.js';
import type { ReferenceFile } from '../store/reference-files.js';
import { upsertListById } from '../store/yaml-list.js';

export interface ReferenceImportOptions<T extends { id: string }> {
  /** The CSV file as the person named it. */
  csvPath: string;
  columns: CsvColumns;
  target: ReferenceFile<T>;
  /** The key of the list in the target file (`alignments`, `activities`). */
  listKey: string;
  rules: ImportRules<T>;
  /** The commit subject, given the file's name and the counts (`3 added, 1 updated`). */
  message: (fileName: string, counts: string) => string;
  author?: Member;
}

/**
 * Adds or updates entries of a reference file from a CSV file, by id. Every bad row is named by
 * line and then nothing is written; otherwise one commit holds the one file.
 */
export async function importReferenceRows<T extends { id: string }>(
  context: CommandContext,
  options: ReferenceImportOptions<T>,
): Promise<void> {
  const { csvPath, target } = options;
  const rows = await readCsvRows(resolve(context.cwd, csvPath), options.columns);

  const check = checkImportRows(csvPath, rows, target.entries, options.rules);
  if (check.problems.length > 0) {
    throw new TimcError(
      `${check.problems.length} problem(s) in ${csvPath}; nothing was written:\n  ` +
        check.problems.join('\n  '),
    );
  }

  const merge = mergeById(target.entries, check.records);
  const relPath = target.file.relPath;
  if (merge.added.length === 0 && merge.updated.length === 0) {
    context.output.done(`Nothing to change: ${relPath} already holds every row of ${csvPath}`);
    return;
  }

  upsertListById(target.file, options.listKey, check.records);
  const counts = `${merge.added.length} added, ${merge.updated.length} updated`;
  await recordChange(context, {
    files: [target.file],
    message: options.message(basename(csvPath), counts),
    author: options.author,
  });
  context.output.done(`Imported ${csvPath} into ${relPath}: ${counts}`);
}

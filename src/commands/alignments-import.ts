import type { CommandContext } from '../cli/context.js';
import { askText, valueOrAsk } from '../cli/prompts.js';
import { TimcError } from '../errors.js';
import { mayImportAlignments } from '../model/import-permissions.js';
import { alignmentFromFields, problemsWithAlignment } from '../model/reference-data.js';
import { readAlignments } from '../store/reference-files.js';
import { importReferenceRows } from './reference-import.js';

const USAGE = 'usage: timc alignments import FILE.csv   (columns id,title,subject,source)';

/**
 * `timc alignments import FILE.csv`: adds or updates the standards goals may align to. Who may:
 * as for members.yaml, members with admin, or anyone while no member has admin.
 */
export async function importAlignments(context: CommandContext, file: string | undefined) {
  const csvPath = await valueOrAsk(file, USAGE, () => askText('CSV file', { required: true }));
  const [settings, members, actor] = await Promise.all([
    context.settings(),
    context.members(),
    context.currentMemberIfKnown(),
  ]);
  const decision = mayImportAlignments(actor, members, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  await importReferenceRows(context, {
    csvPath,
    columns: { required: ['id', 'title'], optional: ['subject', 'source'] },
    target: await readAlignments(context.root),
    listKey: 'alignments',
    rules: { fromFields: alignmentFromFields, problemsWith: problemsWithAlignment },
    message: (name, counts) => `alignments: import ${name} (${counts})`,
    author: actor,
  });
}

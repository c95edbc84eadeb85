import { unlink } from 'node:fs/promises';

import type { CommandContext } from '../cli/context.js';
import { openInEditor } from '../cli/editor.js';
import { askChoice, canPrompt } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { writeFilesAtomically } from '../store/atomic-write.js';
import { fileFromTemplate } from '../store/templates.js';
import { renderYamlFile } from '../store/yaml-file.js';
import { checkEditedText } from './edit-checks.js';
import { type EditSession, openEditSession, readTextOrNothing } from './edit-session.js';

async function askNext(): Promise<'again' | 'discard' | 'keep'> {
  return askChoice('The file is not valid. What now?', [
    { value: 'again' as const, name: 'Edit it again to fix it' },
    { value: 'discard' as const, name: 'Discard my edit (put the file back as it was)' },
    { value: 'keep' as const, name: 'Keep it as it is, uncommitted, to fix later' },
  ]);
}

/** The file's text before the edit; a missing phase file is first written from its template. */
async function prepareFile(session: EditSession): Promise<{ original: string; existed: boolean }> {
  const { path, relPath, target } = session;
  const before = await readTextOrNothing(path);
  if (before !== undefined) return { original: before, existed: true };

  if (!target.template) {
    throw new TimcError(`${relPath} is missing: restore it with \`git checkout -- ${relPath}\``);
  }
  const original = renderYamlFile(await fileFromTemplate(target.template, relPath, target.kind));
  await writeFilesAtomically([{ path, text: original }]);
  return { original, existed: false };
}

/** Puts the file back as it was before the edit (removing one that was not there). */
async function restoreFile(session: EditSession, original: string, existed: boolean) {
  if (existed) await writeFilesAtomically([{ path: session.path, text: original }]);
  else await unlink(session.path).catch(() => undefined);
}

/**
 * `timc edit [CYCLE] [PHASE]`: opens a phase file (or cycle.yaml) in the person's editor, then
 * commits it only if it is valid. An invalid edit is offered back at a terminal; elsewhere it is
 * left on disk, uncommitted, so that the person's work is not lost.
 */
export async function editCycleFile(context: CommandContext, args: string[]): Promise<void> {
  const session = await openEditSession(context, args);
  const { id, target, relPath, path } = session;
  const { original, existed } = await prepareFile(session);

  for (;;) {
    await openInEditor(path, context.env);
    const text = (await readTextOrNothing(path)) ?? '';
    const { baseline, editor } = session;
    const checked = await checkEditedText(text, relPath, target.kind, baseline, editor);

    if (checked.file && (text === original || renderYamlFile(checked.file) === original)) {
      await restoreFile(session, original, existed);
      context.output.done(`No change to ${relPath}; nothing committed`);
      return;
    }
    if (checked.file) {
      const message = `${id}: edit ${target.name}`;
      await recordChange(context, { files: [checked.file], message, author: session.actor });
      context.output.done(`Saved ${relPath}`);
      return;
    }

    for (const problem of checked.problems) context.output.problem(problem);
    const next = canPrompt() ? await askNext() : 'keep';
    if (next === 'again') continue;
    if (next === 'discard') {
      await restoreFile(session, original, existed);
      throw new TimcError(`edit discarded: ${relPath} is as it was; nothing committed`);
    }
    throw new TimcError(
      `${relPath} has the problems above, so it was not committed; it is left as you edited ` +
        `it: run \`timc edit ${id} ${target.arg}\` to fix it, or ` +
        `\`git checkout -- ${relPath}\` to go back`,
    );
  }
}

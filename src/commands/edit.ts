import { readFile, unlink } from 'node:fs/promises';

import type { CommandContext } from '../cli/context.js';
import { chooseCycle } from '../cli/cycle-choice.js';
import { openInEditor } from '../cli/editor.js';
import { askChoice, canPrompt, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { throwIfRefused } from '../cli/refusal.js';
import { TimcError, UsageError } from '../errors.js';
import type { Editor } from '../model/edit-rules.js';
import { sideOf } from '../model/own-side.js';
import { mayChangeCycle, permissionsOf } from '../model/permissions.js';
import type { CycleInfo, Member } from '../model/types.js';
import { writeFilesAtomically } from '../store/atomic-write.js';
import { cycleInfoFile } from '../store/layout.js';
import { fileFromTemplate } from '../store/templates.js';
import { dataOf, renderYamlFile } from '../store/yaml-file.js';
import { checkEditedText, parseOrNothing } from './edit-checks.js';
import { EDIT_CHOICES, type EditTarget, findEditTarget } from './edit-target.js';

const USAGE =
  'usage: timc edit [CYCLE] [PHASE] (PHASE: 1–5, a phase key such as goals, or cycle for ' +
  'cycle.yaml)';

/**
 * `[CYCLE] [PHASE]`: a single argument is the phase when it names one or is a number (a phase
 * out of range), else the cycle.
 */
function splitEditArgs(args: readonly string[]): { ref?: string; target?: string } {
  if (args.length > 2) throw new UsageError(`too many arguments; ${USAGE}`);
  if (args.length === 2) return { ref: args[0], target: args[1] };

  const only = args[0];
  if (only !== undefined && !/^\d+$/.test(only) && !findEditTarget(only)) return { ref: only };
  return { target: only };
}

async function readTextOrNothing(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Each version of a file that parses, most trusted first: as committed, then as on disk. */
async function readVersions(context: CommandContext, relPath: string, target: EditTarget) {
  const { readCommittedText } = await import('../git/git.js');
  const [committed, onDisk] = await Promise.all([
    readCommittedText(context.root, relPath),
    readTextOrNothing(`${context.root}/${relPath}`),
  ]);
  const parse = (text: string | undefined) => parseOrNothing(text, relPath, target.kind);
  return { committed: parse(committed), onDisk: parse(onDisk) };
}

/** cycle.yaml as on disk, or as last committed when a hand edit broke it. */
async function readCycleInfo(context: CommandContext, id: string): Promise<CycleInfo> {
  const target = findEditTarget('cycle')!;
  const { committed, onDisk } = await readVersions(context, cycleInfoFile(id), target);
  const file = onDisk ?? committed;
  const info = file ? dataOf<CycleInfo | null>(file) : undefined;
  if (!info?.coach) {
    throw new TimcError(`${cycleInfoFile(id)} cannot be read, nor found in git: restore it first`);
  }
  return info;
}

interface EditSession {
  id: string;
  target: EditTarget;
  relPath: string;
  path: string;
  actor: Member;
  editor: Editor;
  /** The file as last recorded: what protected fields are compared with. */
  baseline: Record<string, unknown> | null | undefined;
}

async function openSession(context: CommandContext, args: string[]): Promise<EditSession> {
  const split = splitEditArgs(args);
  const named = split.target === undefined ? undefined : findEditTarget(split.target);
  if (split.target !== undefined && !named) {
    throw new UsageError(`no phase '${split.target}'; ${USAGE}`);
  }

  const [actor, settings] = await Promise.all([context.currentMember(), context.settings()]);
  const id = await chooseCycle(context, split.ref);
  const info = await readCycleInfo(context, id);
  const decision = mayChangeCycle(actor, info, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const target = await valueOrAsk(named, USAGE, () => askChoice('Edit which file?', EDIT_CHOICES));
  throwIfRefused(target.refuse(settings.policy));
  const relPath = target.relPath(id);
  const { committed, onDisk } = await readVersions(context, relPath, target);
  const recorded = committed ?? onDisk;

  return {
    id,
    target,
    relPath,
    path: `${context.root}/${relPath}`,
    actor,
    editor: { side: sideOf(actor.id, info), admin: permissionsOf(actor, settings).has('admin') },
    baseline: recorded ? dataOf(recorded) : undefined,
  };
}

async function askNext(): Promise<'again' | 'discard' | 'keep'> {
  return askChoice('The file is not valid. What now?', [
    { value: 'again' as const, name: 'Edit it again to fix it' },
    { value: 'discard' as const, name: 'Discard my edit (put the file back as it was)' },
    { value: 'keep' as const, name: 'Keep it as it is, uncommitted, to fix later' },
  ]);
}

/**
 * `timc edit [CYCLE] [PHASE]`: opens a phase file (or cycle.yaml) in the person's editor, then
 * commits it only if it is valid. An invalid edit is offered back at a terminal; elsewhere it is
 * left on disk, uncommitted, so that the person's work is not lost.
 */
export async function editCycleFile(context: CommandContext, args: string[]): Promise<void> {
  const session = await openSession(context, args);
  const { id, target, relPath, path } = session;

  const before = await readTextOrNothing(path);
  const existed = before !== undefined;
  const original =
    before ?? renderYamlFile(await fileFromTemplate(target.template!, relPath, target.kind));
  if (!existed) await writeFilesAtomically([{ path, text: original }]);

  for (;;) {
    await openInEditor(path, context.env);
    const text = (await readTextOrNothing(path)) ?? '';
    const { baseline, editor } = session;
    const checked = await checkEditedText(text, relPath, target.kind, baseline, editor);

    if (checked.file && (text === original || renderYamlFile(checked.file) === original)) {
      if (text !== original) await writeFilesAtomically([{ path, text: original }]);
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
      if (existed) await writeFilesAtomically([{ path, text: original }]);
      else await unlink(path).catch(() => undefined);
      throw new TimcError(`edit discarded: ${relPath} is as it was; nothing committed`);
    }
    throw new TimcError(
      `${relPath} has the problems above, so it was not committed; it is left as you edited ` +
        `it: run \`timc edit ${id} ${target.arg}\` to fix it, or ` +
        `\`git checkout -- ${relPath}\` to go back`,
    );
  }
}

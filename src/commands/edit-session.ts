import { readFile } from 'node:fs/promises';

import type { CommandContext } from '../cli/context.js';
import { chooseCycle } from '../cli/cycle-choice.js';
import { askChoice, valueOrAsk } from '../cli/prompts.js';
import { throwIfRefused } from '../cli/refusal.js';
import { TimcError, UsageError } from '../errors.js';
import type { Editor } from '../model/edit-rules.js';
import { sideOf } from '../model/own-side.js';
import { mayChangeCycle, permissionsOf } from '../model/permissions.js';
import type { CycleInfo, Member } from '../model/types.js';
import { cycleInfoFile } from '../store/layout.js';
import { dataOf } from '../store/yaml-file.js';
import { parseOrNothing } from './edit-checks.js';
import { EDIT_CHOICES, type EditTarget, findEditTarget } from './edit-target.js';

const EDIT_USAGE =
  'usage: timc edit [CYCLE] [PHASE] (PHASE: 1–5, a phase key such as goals, or cycle for ' +
  'cycle.yaml)';

/**
 * `[CYCLE] [PHASE]`: a single argument is the phase when it names one or is a number (a phase
 * out of range), else the cycle.
 */
function splitEditArgs(args: readonly string[]): { ref?: string; target?: string } {
  if (args.length > 2) throw new UsageError(`too many arguments; ${EDIT_USAGE}`);
  if (args.length === 2) return { ref: args[0], target: args[1] };

  const only = args[0];
  if (only !== undefined && !/^\d+$/.test(only) && !findEditTarget(only)) return { ref: only };
  return { target: only };
}

export async function readTextOrNothing(path: string): Promise<string | undefined> {
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

export interface EditSession {
  id: string;
  target: EditTarget;
  relPath: string;
  path: string;
  actor: Member;
  editor: Editor;
  /** The file as last recorded: what protected fields are compared with. */
  baseline: Record<string, unknown> | null | undefined;
}

/**
 * Resolves what `timc edit` opens and checks that the member may change the cycle, before any
 * editor starts. Reads cycle.yaml itself, so that a phase file broken by hand can be fixed.
 */
export async function openEditSession(
  context: CommandContext,
  args: string[],
): Promise<EditSession> {
  const split = splitEditArgs(args);
  const named = split.target === undefined ? undefined : findEditTarget(split.target);
  if (split.target !== undefined && !named) {
    throw new UsageError(`no phase '${split.target}'; ${EDIT_USAGE}`);
  }

  const [actor, settings] = await Promise.all([context.currentMember(), context.settings()]);
  const id = await chooseCycle(context, split.ref);
  const info = await readCycleInfo(context, id);
  const decision = mayChangeCycle(actor, info, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const target = await valueOrAsk(named, EDIT_USAGE, () =>
    askChoice('Edit which file?', EDIT_CHOICES),
  );
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

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';

import type { CommandContext } from '../cli/context.js';
import { askChoice, askSearch, askText, canPrompt } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError, UsageError } from '../errors.js';
import { mintCycleId } from '../model/ids.js';
import { mayStartCycle } from '../model/permissions.js';
import { PHASES } from '../model/phases.js';
import { formatCompactDate, formatTimestamp } from '../model/time.js';
import type { Member } from '../model/types.js';
import { cycleFolder, cycleInfoFile, phaseFile } from '../store/layout.js';
import { fileFromTemplate } from '../store/templates.js';
import { removeValue, setValue } from '../store/yaml-edit.js';
import type { YamlFile } from '../store/yaml-file.js';

const USAGE =
  'usage: timc new --client ID (you coach) | --coach ID (you are coached) [--focus TEXT] ' +
  '[--title TEXT]; both --coach and --client to start a cycle for others (needs assign)';

export interface NewCycleOptions {
  coach?: string;
  client?: string;
  focus?: string;
  title?: string;
}

interface Pairing {
  coach: string;
  client: string;
  focus?: string;
}

/** Asks for the colleague, the side and the focus (terminal only). */
async function askPairing(actor: Member, members: readonly Member[]): Promise<Pairing> {
  const colleagues = members.filter((member) => member.id !== actor.id);
  if (colleagues.length === 0) {
    throw new TimcError('there is nobody to pair with yet: add a colleague with `timc member add`');
  }

  const colleague = await askSearch(
    'Colleague (type to search)',
    colleagues.map((member) => ({
      value: member.id,
      name: `${member.name} (${member.id})`,
      description: [member.school, member.role].filter(Boolean).join(', ') || undefined,
    })),
  );
  const side = await askChoice('Your side in this cycle', [
    { value: 'coach', name: `I coach ${colleague}` },
    { value: 'client', name: `${colleague} coaches me` },
  ]);
  const focus = await askText('Focus of the cycle (optional)');

  return side === 'coach'
    ? { coach: actor.id, client: colleague, focus: focus || undefined }
    : { coach: colleague, client: actor.id, focus: focus || undefined };
}

async function decidePairing(
  actor: Member,
  members: readonly Member[],
  options: NewCycleOptions,
): Promise<Pairing> {
  if (options.coach && options.client) return { coach: options.coach, client: options.client };
  if (options.client) return { coach: actor.id, client: options.client };
  if (options.coach) return { coach: options.coach, client: actor.id };
  if (!canPrompt()) throw new UsageError(USAGE);
  return askPairing(actor, members);
}

/** `timc new`: a cycle folder with its six files, committed as the member who started it. */
export async function startCycle(context: CommandContext, options: NewCycleOptions): Promise<void> {
  const [settings, members, actor] = await Promise.all([
    context.settings(),
    context.members(),
    context.currentMember(),
  ]);

  const pairing = await decidePairing(actor, members, options);
  const [coach, client] = await Promise.all([
    context.findMember(pairing.coach),
    context.findMember(pairing.client),
  ]);
  if (coach.id === client.id) {
    throw new UsageError(`the coach and the client must be two people (both are ${coach.id})`);
  }
  const decision = mayStartCycle(actor, coach.id, client.id, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const now = new Date();
  const id = mintFreeCycleId(context.root, formatCompactDate(now), client.id);

  const info = await fileFromTemplate('cycle/cycle.yaml', cycleInfoFile(id), 'cycle');
  setValue(info, ['id'], id);
  setValue(info, ['coach'], coach.id);
  setValue(info, ['client'], client.id);
  setValue(info, ['created_by'], actor.id);
  setValue(info, ['created_at'], formatTimestamp(now));
  setOrRemove(info, ['school'], client.school ?? coach.school);
  setOrRemove(info, ['title'], options.title);

  const phases = await Promise.all(
    PHASES.map((phase) => fileFromTemplate(`cycle/${phase.file}`, phaseFile(id, phase), phase.key)),
  );
  const focus = options.focus ?? pairing.focus;
  if (focus) setValue(phases[0]!, ['focus'], focus);

  const result = await recordChange(context, {
    files: [info, ...phases],
    message: `${id}: start cycle (coach ${coach.id}, client ${client.id})`,
    author: actor,
  });

  if (context.output.json) {
    context.output.printJson({
      id,
      coach: coach.id,
      client: client.id,
      committed: result.committed,
    });
    return;
  }
  context.output.done(`Started cycle ${id}: ${coach.name} coaching ${client.name}`);
}

/** A fresh random id, drawn again in the unlikely case its folder already exists here. */
function mintFreeCycleId(root: string, compactDate: string, client: string): string {
  for (;;) {
    const bytes = randomBytes(4);
    let index = 0;
    const id = mintCycleId(compactDate, client, () => bytes[index++]!);
    if (!existsSync(`${root}/${cycleFolder(id)}`)) return id;
  }
}

/** Sets a template's optional field, or drops its placeholder when there is no value. */
function setOrRemove(file: YamlFile, path: string[], value: string | undefined): void {
  if (value) setValue(file, path, value);
  else removeValue(file, path);
}

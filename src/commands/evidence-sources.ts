import type { CycleChange } from '../cli/cycle-change.js';
import { evidenceKindChoices, timActivityChoices } from '../cli/goal-prompts.js';
import { askChoice, askLongText, askSearch, askText } from '../cli/prompts.js';
import { readStandardInput } from '../cli/stdin.js';
import { TimcError, UsageError } from '../errors.js';
import { mayAttachTimActivity, maySeeTimActivities } from '../model/consent.js';
import { isWebUrl, normalizePastedText } from '../model/evidence.js';
import type { Evidence } from '../model/types.js';
import { timFile } from '../store/layout.js';
import { readTimActivities } from '../store/reference-files.js';

/** Where a piece of evidence comes from: a TIM activity, a web link, or pasted text. */

export function assertWebUrl(url: string): void {
  if (isWebUrl(url)) return;
  throw new UsageError(
    `'${url}' is not a web link: give an address starting with https:// or http://`,
  );
}

/** Text for `--text`: `-` reads standard input, so a long table can be pasted or piped. */
export async function readEvidenceText(text: string): Promise<string> {
  if (text !== '-') return checkedText(text, '--text is empty');
  return checkedText(await readStandardInput(), 'standard input held no text');
}

function checkedText(text: string, emptyMessage: string): string {
  const pasted = normalizePastedText(text);
  if (pasted.trim() === '') throw new UsageError(`${emptyMessage}: evidence needs some text`);
  return pasted;
}

/**
 * `{tim: {member: client, id}}` for the client's TIM activity `id`: refused while the client
 * keeps TIM access off (unless the client attaches it), or when the client has no such activity.
 */
export async function timEvidence(
  root: string,
  change: CycleChange,
  id: string,
): Promise<Evidence> {
  const { info } = change.cycle;
  const decision = mayAttachTimActivity(change.actor.id, info);
  if (!decision.allowed) throw new TimcError(decision.reason);

  const { entries, exists } = await readTimActivities(root, info.client);
  if (!entries.some((activity) => activity.id === id)) {
    const path = timFile(info.client);
    const hint = exists
      ? `see ${path}`
      : `${path} does not exist yet; load it with \`timc tim import ${info.client} FILE.csv\``;
    throw new TimcError(`${info.client} has no TIM activity '${id}' (${hint})`);
  }
  return { tim: { member: info.client, id } };
}

/**
 * At a terminal: the kind of evidence, then the evidence itself. The client's TIM activities are
 * offered (and read) only when the person may see them.
 */
export async function askEvidence(root: string, change: CycleChange): Promise<Evidence> {
  const { info } = change.cycle;
  const activities = maySeeTimActivities(change.actor.id, info)
    ? (await readTimActivities(root, info.client)).entries
    : [];

  const kind = await askChoice('Kind of evidence', evidenceKindChoices(activities.length > 0));
  if (kind === 'tim') {
    const id = await askSearch(
      `TIM activity of ${info.client} (type to search)`,
      timActivityChoices(activities),
    );
    return { tim: { member: info.client, id } };
  }
  if (kind === 'url') {
    const url = (await askText('Web link (https://…)', { required: true })).trim();
    assertWebUrl(url);
    return { url };
  }
  const text = await askLongText('Evidence (pasted text or a table)');
  return { text: checkedText(text, 'the editor held no text') };
}

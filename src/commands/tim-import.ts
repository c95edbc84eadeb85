import type { CommandContext } from '../cli/context.js';
import { askSearch, askText, valueOrAsk } from '../cli/prompts.js';
import { TimcError } from '../errors.js';
import { mayImportTimActivities } from '../model/import-permissions.js';
import { problemsWithTimActivity, timActivityFromFields } from '../model/reference-data.js';
import { readTimActivities } from '../store/reference-files.js';
import { importReferenceRows } from './reference-import.js';

const USAGE =
  'usage: timc tim import MEMBER FILE.csv   (columns id,tool,title,completed,url; ' +
  'tool TUPS, TIM-O, TIM-LP or TIM-R; completed YYYY-MM-DD)';

/**
 * `timc tim import MEMBER FILE.csv`: adds or updates the TIM activities a member completed. Who
 * may: the member themself, members with admin, or anyone while no member has admin.
 */
export async function importTimActivities(
  context: CommandContext,
  member: string | undefined,
  file: string | undefined,
): Promise<void> {
  const members = await context.members();
  const choices = members.map((candidate) => ({
    value: candidate.id,
    name: `${candidate.name} (${candidate.id})`,
  }));
  const memberId = await valueOrAsk(member, USAGE, () =>
    askSearch('Whose TIM activities? (type to search)', choices),
  );
  const csvPath = await valueOrAsk(file, USAGE, () => askText('CSV file', { required: true }));
  const owner = await context.findMember(memberId);

  const [settings, actor] = await Promise.all([context.settings(), context.currentMemberIfKnown()]);
  const decision = mayImportTimActivities(actor, owner.id, members, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  await importReferenceRows(context, {
    csvPath,
    columns: { required: ['id', 'tool'], optional: ['title', 'completed', 'url'] },
    target: await readTimActivities(context.root, owner.id),
    listKey: 'activities',
    rules: { fromFields: timActivityFromFields, problemsWith: problemsWithTimActivity },
    message: (name, counts) => `tim: import ${name} for ${owner.id} (${counts})`,
    author: actor,
  });
}

import type { CommandContext } from '../cli/context.js';
import { askText, valueOrAsk } from '../cli/prompts.js';
import { recordChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { memberFromFields, problemsWithMember } from '../model/members.js';
import { mayManageMembers } from '../model/permissions.js';

const USAGE = 'usage: timc member add ID --name NAME [--email E] [--school S] [--role R]';

export interface MemberAddOptions {
  name?: string;
  email?: string;
  school?: string;
  role?: string;
}

/** `timc member add ID --name NAME`: one new member, committed. */
export async function addMember(
  context: CommandContext,
  id: string | undefined,
  options: MemberAddOptions,
): Promise<void> {
  const memberId = await valueOrAsk(id, USAGE, () => askText('Member id (e.g. asmith)'));
  const name = await valueOrAsk(options.name, USAGE, () => askText('Full name'));
  const member = memberFromFields({ ...options, id: memberId, name });

  const [settings, { file, members }] = await Promise.all([
    context.settings(),
    context.membersFile(),
  ]);
  if (members.some((existing) => existing.id === member.id)) {
    throw new TimcError(
      `member ${member.id} already exists; ` +
        'change it with `timc member import` or edit members.yaml',
    );
  }
  const problems = problemsWithMember(member, members, settings);
  if (problems.length > 0) throw new TimcError(problems.join('; '));

  const actor = await context.currentMemberIfKnown();
  const decision = mayManageMembers(actor, members, settings);
  if (!decision.allowed) throw new TimcError(decision.reason);

  file.doc.addIn(['members'], file.doc.createNode(member));
  await recordChange(context, {
    files: [file],
    message: `members: add ${member.id} (${member.name})`,
    author: actor,
  });
  context.output.done(`Added ${member.id} (${member.name})`);
}

import type { CommandContext } from '../cli/context.js';
import { formatTable } from '../cli/table.js';

/** `timc member list`: every member, as a table or JSON. */
export async function listMembers(context: CommandContext): Promise<void> {
  const [members, settings] = await Promise.all([context.members(), context.settings()]);
  const { output } = context;

  if (output.json) {
    output.printJson(members);
    return;
  }
  if (members.length === 0) {
    output.done('No members yet: add one with `timc member add ID --name NAME --email EMAIL`');
    return;
  }

  const rows = members.map((member) => [
    member.id,
    member.name,
    member.email ?? '',
    member.school ?? '',
    member.role ? `${member.role} (${(settings.roles?.[member.role] ?? []).join(', ')})` : '',
  ]);
  for (const line of formatTable(['ID', 'NAME', 'EMAIL', 'SCHOOL', 'ROLE'], rows, output.style)) {
    output.line(line);
  }
}

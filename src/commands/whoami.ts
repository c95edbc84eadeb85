import type { CommandContext } from '../cli/context.js';
import { permissionsOf } from '../model/permissions.js';

/** `timc whoami`: the member timc takes you for, and what your role lets you do. */
export async function showCurrentMember(context: CommandContext): Promise<void> {
  const [member, settings] = await Promise.all([context.currentMember(), context.settings()]);
  const permissions = [...permissionsOf(member, settings)].sort();
  const { output } = context;

  if (output.json) {
    output.printJson({ ...member, permissions });
    return;
  }
  output.line(
    `${output.style.bold(member.id)} (${member.name})${member.email ? ` <${member.email}>` : ''}`,
  );
  if (member.school) output.line(`school: ${member.school}`);
  const granted = permissions.length > 0 ? permissions.join(', ') : 'none beyond your own cycles';
  output.line(`role: ${member.role ?? 'none'}; may: ${granted}`);
}

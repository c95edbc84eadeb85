import type { Command } from 'commander';

import { withContext } from '../action.js';

type InitFlags = { name?: string; hooks?: boolean };

/** Setting up a program: the repository, its members, and the demo. */
export function registerProgramCommands(program: Command): void {
  program
    .command('init [dir]')
    .description('create a cycle repository (git, timc.yaml, members.yaml, schemas, CI workflow)')
    .option('--name <name>', "the program's name")
    .option('--hooks', 'install a pre-commit hook running timc validate (also in an existing one)')
    .action(
      withContext(async (context, dir: string | undefined, options: InitFlags) => {
        const { initRepositoryCommand } = await import('../../commands/init.js');
        await initRepositoryCommand(context, dir, options);
      }),
    );

  const member = program.command('member').description('the members who may take part');
  member
    .command('add [id]')
    .description('add a member')
    .option('--name <name>', 'full name (required)')
    .option('--email <email>', 'email, used to recognise the member from git user.email')
    .option('--school <school>', 'school id')
    .option('--role <role>', 'role name from timc.yaml')
    .action(
      withContext(async (context, id: string | undefined, options) => {
        const { addMember } = await import('../../commands/member-add.js');
        await addMember(context, id, options as Record<string, string | undefined>);
      }),
    );
  member
    .command('import <file>')
    .description('add or update members from a CSV file (id,name,email,school,role)')
    .action(
      withContext(async (context, file: string) => {
        const { importMembers } = await import('../../commands/member-import.js');
        await importMembers(context, file);
      }),
    );
  member
    .command('list')
    .description('list the members')
    .action(
      withContext(async (context) => {
        const { listMembers } = await import('../../commands/member-list.js');
        await listMembers(context);
      }),
    );

  program
    .command('whoami')
    .description('who timc takes you for, and what you may do')
    .action(
      withContext(async (context) => {
        const { showCurrentMember } = await import('../../commands/whoami.js');
        await showCurrentMember(context);
      }),
    );

  program
    .command('demo [dir]')
    .description('a throwaway repository walked through a coaching cycle, then the dashboard')
    .action(
      withContext(async (context, dir: string | undefined) => {
        const { runDemo } = await import('../../commands/demo.js');
        await runDemo(context, dir);
      }),
    );
}

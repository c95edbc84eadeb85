import { type Command, Option } from 'commander';

import { withContext } from '../action.js';

/** What administrators and CI run over the whole repository: report and validate. */
export function registerOversightCommands(program: Command): void {
  // timc validate: the check CI runs (README, section Validation).
  program
    .command('validate [paths...]')
    .description('check the repository, or some of its files, against every rule')
    .addOption(
      new Option('--format <format>', 'text (default), github (Actions annotations) or json')
        .choices(['text', 'github', 'json']),
    )
    .option('--strict', 'fail on warnings too')
    .option(
      '--verify-history [range]',
      'also check that each commit that changed a cycle was authored by someone who may ' +
        '(RANGE such as origin/main..HEAD; all of history without it)',
    )
    .action(
      withContext(async (context, paths: string[], options) => {
        const { validateCommand } = await import('../../commands/validate.js');
        await validateCommand(context, paths, options as Record<string, never>);
      }),
    );
}

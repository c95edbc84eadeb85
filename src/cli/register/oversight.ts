import { type Command, Option } from 'commander';

import type { ReportCommandOptions } from '../../commands/report-options.js';
import { withContext } from '../action.js';

/** What administrators and CI run over the whole repository: report and validate. */
export function registerOversightCommands(program: Command): void {
  program
    .command('report')
    .description("the administrators' CSV: cycles both sides have published (needs report)")
    .option('-o, --output <file>', 'write to FILE, replaced in one step (default: stdout)')
    .addOption(
      new Option('--level <level>', 'one row per cycle, goal, activity or check-in')
        .choices(['cycles', 'goals', 'activities', 'checkins'])
        .default('cycles'),
    )
    .option('--from <date>', 'cycles started on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'cycles started on or before this date (YYYY-MM-DD)')
    .option('--school <id>', "only this school's cycles")
    .option('--coach <id>', 'only cycles with this coach')
    .option('--client <id>', 'only cycles with this client')
    .addOption(new Option('--format <format>', 'csv (default) or json').choices(['csv', 'json']))
    .option('--bom', 'start the CSV with a byte order mark, for spreadsheets that need one')
    .action(
      withContext(async (context, options) => {
        const { runReport } = await import('../../commands/report.js');
        await runReport(context, options as ReportCommandOptions);
      }),
    );

  // timc validate: the check CI runs (README, section Validation).
  program
    .command('validate [paths...]')
    .description('check the repository, or some of its files, against every rule')
    .addOption(
      new Option(
        '--format <format>',
        'text (default), github (Actions annotations) or json',
      ).choices(['text', 'github', 'json']),
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

import type { Command } from 'commander';

import { withContext } from '../action.js';

/** Starting cycles and seeing them. */
export function registerCycleCommands(program: Command): void {
  program
    .command('new')
    .description('start a cycle; the other side is you unless you give both (needs assign)')
    .option('--coach <id>', 'the coach (you are the client)')
    .option('--client <id>', 'the client (you are the coach)')
    .option('--focus <text>', 'what the cycle is about')
    .option('--title <text>', 'a short title')
    .action(
      withContext(async (context, options) => {
        const { startCycle } = await import('../../commands/new-cycle.js');
        await startCycle(context, options as Record<string, string | undefined>);
      }),
    );

  program
    .command('list')
    .description('the dashboard: cycles with their five-phase progress')
    .option('--mine', 'only cycles where you are the coach or the client')
    .option('--open', 'only cycles whose fifth phase is not complete')
    .option('--done', 'only cycles whose fifth phase is complete')
    .action(
      withContext(async (context, options) => {
        const { listCycles } = await import('../../commands/list-cycles.js');
        await listCycles(context, options as Record<string, boolean | undefined>);
      }),
    );

  program
    .command('show [cycle]')
    .description('everything in one cycle')
    .action(
      withContext(async (context, cycle: string | undefined) => {
        const { showCycle } = await import('../../commands/show-cycle.js');
        await showCycle(context, cycle);
      }),
    );
}

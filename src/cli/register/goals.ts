import type { Command } from 'commander';

import { withContext } from '../action.js';

/** Phase 1 (Set Goals) and phase 4 (Record Outcomes), evidence and what feeds them. */
export function registerGoalCommands(program: Command): void {
  program
    .command('focus [args...]')
    .usage('[CYCLE] TEXT')
    .description('what the cycle is about (phase 1)')
    .action(
      withContext(async (context, args: string[]) => {
        const { setFocus } = await import('../../commands/focus.js');
        await setFocus(context, args);
      }),
    );
}

import type { Command } from 'commander';

import { withContext } from '../action.js';

function registerPlanning(program: Command): void {
  const activity = program.command('activity').description('the activities of phase 2');
  activity
    .command('add [args...]')
    .usage('[CYCLE] TEXT --goal G [--owner coach|client|both] [--due YYYY-MM-DD]')
    .description('plan an activity for a goal (phase 2)')
    .option('--goal <id>', 'the goal it serves (g1, g2, ...)')
    .option('--owner <who>', 'who does it: coach, client or both')
    .option('--due <date>', 'due date, YYYY-MM-DD')
    .action(
      withContext(async (context, args: string[], options) => {
        const { addActivity } = await import('../../commands/activity-add.js');
        await addActivity(context, args, options as Record<string, string | undefined>);
      }),
    );

  program
    .command('progress [args...]')
    .usage('[CYCLE] ACTIVITY --status not-started|in-progress|done [--note TEXT]')
    .description('record how an activity is going (phase 3)')
    .option('--status <status>', 'not-started, in-progress or done')
    .option('--note <text>', "a short note ('' removes the note)")
    .action(
      withContext(async (context, args: string[], options) => {
        const { recordProgress } = await import('../../commands/progress.js');
        await recordProgress(context, args, options as Record<string, string | undefined>);
      }),
    );

  program
    .command('checkin [args...]')
    .usage('[CYCLE] --kind event|question|insight|obstacle|success TEXT [--activity A]')
    .description('log a check-in: an event, question, insight, obstacle or success')
    .option('--kind <kind>', 'event, question, insight, obstacle or success')
    .option('--activity <id>', 'the activity it is about (a1, a2, ...)')
    .action(
      withContext(async (context, args: string[], options) => {
        const { addCheckin } = await import('../../commands/checkin.js');
        await addCheckin(context, args, options as Record<string, string | undefined>);
      }),
    );

  program
    .command('reflect [args...]')
    .usage('[CYCLE] TEXT')
    .description("write your own reflection, the coach's or the client's (phase 5)")
    .action(
      withContext(async (context, args: string[]) => {
        const { writeReflection } = await import('../../commands/reflect.js');
        await writeReflection(context, args);
      }),
    );
}

function registerClosing(program: Command): void {
  for (const action of ['complete', 'reopen'] as const) {
    program
      .command(`${action} [args...]`)
      .usage('[CYCLE] PHASE')
      .description(
        action === 'complete'
          ? 'mark a phase complete (1-5, or goals, activities, progress, outcomes, reflection)'
          : 'reopen a phase marked complete',
      )
      .action(
        withContext(async (context, args: string[]) => {
          const phases = await import('../../commands/complete-phase.js');
          await (action === 'complete' ? phases.completePhase : phases.reopenPhase)(context, args);
        }),
      );
  }

  for (const action of ['publish', 'unpublish'] as const) {
    program
      .command(`${action} [cycle]`)
      .description(
        action === 'publish'
          ? 'publish the cycle on your side; the report shows it once both sides have'
          : 'take back your publish flag; the cycle leaves the report',
      )
      .action(
        withContext(async (context, cycle: string | undefined) => {
          const { setPublished } = await import('../../commands/publish.js');
          await setPublished(context, cycle === undefined ? [] : [cycle], action);
        }),
      );
  }
}

function registerRecords(program: Command): void {
  program
    .command('edit [args...]')
    .usage('[CYCLE] [PHASE]')
    .description('open a phase file (1-5) or cycle.yaml (cycle) in $EDITOR; commit it if valid')
    .action(
      withContext(async (context, args: string[]) => {
        const { editCycleFile } = await import('../../commands/edit.js');
        await editCycleFile(context, args);
      }),
    );

  program
    .command('history [cycle]')
    .description('who changed what in a cycle, and when, from git')
    .option('--by-message', 'find commits by their message only (faster on long histories)')
    .action(
      withContext(async (context, cycle: string | undefined, options) => {
        const { showHistory } = await import('../../commands/history.js');
        await showHistory(context, cycle, options as { byMessage?: boolean });
      }),
    );
}

/** Phases 2, 3 and 5, check-ins, completion, publishing, editing and history. */
export function registerCycleWorkCommands(program: Command): void {
  registerPlanning(program);
  registerClosing(program);
  registerRecords(program);
}

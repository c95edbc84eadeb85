import type { Command } from 'commander';

import { withContext } from '../action.js';

type Options = Record<string, string | undefined>;

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

  const goal = program.command('goal').description('the goals of a cycle (phase 1)');
  goal
    .command('add [args...]')
    .usage('[CYCLE] TEXT [--alignment ID]')
    .description('add a goal (g1, g2, …)')
    .option('--alignment <id>', 'a standard from alignments.yaml the goal aligns to')
    .action(
      withContext(async (context, args: string[], options: Options) => {
        const { addGoal } = await import('../../commands/goal-add.js');
        await addGoal(context, args, options);
      }),
    );

  const evidence = program.command('evidence').description('evidence for the goals and outcomes');
  evidence
    .command('add [args...]')
    .usage('[CYCLE] (--tim ID | --url URL | --text TEXT) [--goal G | --outcome G]')
    .description("attach supporting data, or evidence to a goal or a goal's outcome")
    .option('--tim <id>', "one of the client's TIM activities (tim/<client>.yaml)")
    .option('--url <url>', 'a web link (https://…)')
    .option('--text <text>', 'pasted text; `-` reads it from standard input')
    .option('--goal <goal>', 'attach to this goal instead of the supporting data')
    .option('--outcome <goal>', "attach to this goal's outcome")
    .action(
      withContext(async (context, args: string[], options: Options) => {
        const { addEvidence } = await import('../../commands/evidence-add.js');
        await addEvidence(context, args, options);
      }),
    );

  program
    .command('outcome [args...]')
    .usage('[CYCLE] GOAL --result met|partially-met|not-met [--text TEXT]')
    .description('record the outcome of a goal (phase 4)')
    .option('--result <result>', 'met, partially-met or not-met')
    .option('--text <text>', 'what happened')
    .action(
      withContext(async (context, args: string[], options: Options) => {
        const { recordOutcome } = await import('../../commands/outcome.js');
        await recordOutcome(context, args, options);
      }),
    );

  program
    .command('access [args...]')
    .usage('[CYCLE] on|off')
    .description('client only: let the coach see and attach my TIM activities, or not')
    .action(
      withContext(async (context, args: string[]) => {
        const { setTimAccess } = await import('../../commands/access.js');
        await setTimAccess(context, args);
      }),
    );

  program
    .command('alignments')
    .description('the standards goals may align to')
    .command('import [file]')
    .description('add or update alignments from a CSV file (id,title,subject,source)')
    .action(
      withContext(async (context, file: string | undefined) => {
        const { importAlignments } = await import('../../commands/alignments-import.js');
        await importAlignments(context, file);
      }),
    );

  program
    .command('tim')
    .description("members' completed TIM activities")
    .command('import [member] [file]')
    .description("add or update a member's TIM activities from a CSV file")
    .action(
      withContext(async (context, member: string | undefined, file: string | undefined) => {
        const { importTimActivities } = await import('../../commands/tim-import.js');
        await importTimActivities(context, member, file);
      }),
    );
}

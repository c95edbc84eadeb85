import { Command, Option } from 'commander';

import { packageVersion } from './main.js';
import { registerCycleWorkCommands } from './register/cycle-work.js';
import { registerCycleCommands } from './register/cycles.js';
import { registerGoalCommands } from './register/goals.js';
import { registerOversightCommands } from './register/oversight.js';
import { registerProgramCommands } from './register/program-setup.js';
import { registerSharingCommands } from './register/sharing.js';

/** The whole command line: global options, then each group of commands. */
export function buildProgram(): Command {
  const program = new Command('timc')
    .description('Coaching cycles (TIM-C) recorded as YAML files in a shared git repository.')
    .version(packageVersion(), '-V, --version')
    .option('--repo <dir>', 'the cycle repository (default: the nearest folder with timc.yaml)')
    .option('--as <id>', 'act as this member (default: TIMC_MEMBER, then git user.email)')
    .option('--no-commit', 'write the change but do not commit it')
    .option('--json', 'print machine-readable JSON on stdout')
    .option('--no-color', 'no colour (also when NO_COLOR is set or output is not a terminal)')
    .addOption(new Option('-q, --quiet', 'print only data and errors'))
    .exitOverride()
    .configureOutput({
      outputError: (message, write) => {
        const text = message.replace(/^error: /, 'timc: ').trimEnd();
        write(text.includes('\n') ? `${text}\n` : `${text} (see \`timc --help\`)\n`);
      },
    })
    .showSuggestionAfterError(true)
    // A fixed width, so that the help written at build time (help.txt) is what commander prints.
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true, helpWidth: 80 });

  registerProgramCommands(program);
  registerCycleCommands(program);
  registerGoalCommands(program);
  registerCycleWorkCommands(program);
  registerOversightCommands(program);
  registerSharingCommands(program);
  return program;
}

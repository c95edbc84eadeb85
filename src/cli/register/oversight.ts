import type { Command } from 'commander';

/** What administrators and CI run over the whole repository: report and validate. */
export function registerOversightCommands(program: Command): void {
  void program;
}

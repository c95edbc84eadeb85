import type { Command } from 'commander';

/** Phases 2, 3 and 5, check-ins, completion, publishing, editing and history. */
export function registerCycleWorkCommands(program: Command): void {
  void program;
}

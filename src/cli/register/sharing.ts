import type { Command } from 'commander';

/** Working together across clones: sync. */
export function registerSharingCommands(program: Command): void {
  void program;
}

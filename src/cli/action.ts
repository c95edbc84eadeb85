import type { Command } from 'commander';

import type { CommandContext, GlobalOptions } from './context.js';

/**
 * Wraps a command's handler for commander: builds the context from the global and local options
 * and passes the positional arguments and the command's own options through. The context module
 * (and everything it reads with) loads only when a command actually runs.
 */
export function withContext<A extends unknown[]>(
  handler: (context: CommandContext, ...args: A) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const { CommandContext } = await import('./context.js');
    const context = new CommandContext(command.optsWithGlobals() as GlobalOptions);
    await handler(context, ...(args.slice(0, -1) as A));
  };
}

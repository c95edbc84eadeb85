import type { Command } from 'commander';

import { ConcurrentChangeError } from '../errors.js';
import type { CommandContext, GlobalOptions } from './context.js';

/** How often a command starts over when another command changed its files meanwhile. */
const MAX_ATTEMPTS = 5;

/**
 * Wraps a command's handler for commander: builds the context from the global and local options
 * and passes the positional arguments and the command's own options through. The context module
 * (and everything it reads with) loads only when a command actually runs. When another timc
 * command changed the files this one read before it could write, it starts over with a fresh
 * context, so that both changes are kept.
 */
export function withContext<A extends unknown[]>(
  handler: (context: CommandContext, ...args: A) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const { CommandContext } = await import('./context.js');

    for (let attempt = 1; ; attempt += 1) {
      const context = new CommandContext(command.optsWithGlobals() as GlobalOptions);
      try {
        await handler(context, ...(args.slice(0, -1) as A));
        return;
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  };
}

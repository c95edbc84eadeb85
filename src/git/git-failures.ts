import { setTimeout as sleep } from 'node:timers/promises';

import { TimcError } from '../errors.js';

/** A git failure in words: git missing, or the first line git said, with a hint for a lock. */
export function explainGitFailure(action: string, error: unknown): TimcError {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOENT|spawn git/.test(message)) {
    return new TimcError('git is not installed or not on the PATH: install git and try again');
  }
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? message;
  const hint = /index\.lock/.test(firstLine)
    ? ' (if no other git is running here, one crashed: remove .git/index.lock)'
    : '';
  return new TimcError(`${action} failed: ${firstLine.trim()}${hint}`);
}

/** How long to keep retrying a git command that found another git's lock (index.lock). */
const LOCK_RETRY_DELAYS_MS = [25, 50, 100, 200, 300, 400, 500, 500, 750, 1000, 1000, 1000];
const LOCKED = /index\.lock|Unable to create '[^']*\.lock'|cannot lock ref|Another git process/i;

/**
 * Runs `action`, and again after a short wait while it fails because another git process holds
 * a lock in this clone (a second timc command, an editor's git integration): about 6 s in all.
 */
export async function retryWhileLocked<T>(action: () => Promise<T>): Promise<T> {
  for (const delay of LOCK_RETRY_DELAYS_MS) {
    try {
      return await action();
    } catch (error) {
      if (!LOCKED.test(error instanceof Error ? error.message : String(error))) throw error;
      await sleep(delay);
    }
  }
  return action();
}

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { TimcError } from '../errors.js';
import { findGitDir } from './git-dir.js';
import { isProcessRunning } from '../store/process-alive.js';

/** How long a command waits for another timc command in the same clone before giving up. */
const WAIT_MS = 30_000;

/** A lock file nobody could read (its writer was killed mid-write) is stale after this. */
const UNREADABLE_STALE_MS = 2_000;

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

/** Where the lock lives: inside `.git`, so that it is never committed. */
function cloneLockPath(root: string): string {
  const gitDir = findGitDir(root);
  return gitDir ? join(gitDir, 'timc.lock') : join(root, '.timc.lock');
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

async function isOlderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock away from a process on this machine that died holding it. The lock is renamed
 * aside first, so of two processes that find it stale at once only one removes it.
 */
async function removeIfStale(path: string): Promise<void> {
  const owner = await readOwner(path);
  if (owner && (owner.host !== hostname() || isProcessRunning(owner.pid))) return;
  if (!owner && !(await isOlderThan(path, UNREADABLE_STALE_MS))) return;

  const aside = `${path}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (moved?.token !== owner?.token) await rename(aside, path).catch(() => undefined);
  else await unlink(aside).catch(() => undefined);
}

/**
 * Runs `action` while holding this clone's timc lock, so that timc commands in one clone change
 * files and commit one after another: a second command waits for the first. A lock left by a
 * killed process is taken over.
 */
export async function withCloneLock<T>(root: string, action: () => Promise<T>): Promise<T> {
  const path = cloneLockPath(root);
  const token = randomBytes(8).toString('hex');
  const owner: LockOwner = { pid: process.pid, host: hostname(), token };
  const deadline = Date.now() + WAIT_MS;

  for (let delay = 10; !(await tryCreate(path, owner)); delay = Math.min(delay * 2, 250)) {
    await removeIfStale(path);
    if (Date.now() > deadline) {
      const holder = await readOwner(path);
      throw new TimcError(
        `another timc command (process ${holder?.pid ?? '?'}) is still working in this ` +
          `repository; try again when it has finished (if none is running, remove ${path})`,
      );
    }
    await sleep(delay);
  }

  try {
    return await action();
  } finally {
    const current = await readOwner(path);
    if (current?.token === owner.token) await unlink(path).catch(() => undefined);
  }
}

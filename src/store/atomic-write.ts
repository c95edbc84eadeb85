import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessRunning } from './process-alive.js';

export interface FileWrite {
  /** Absolute path of the file to replace or create. */
  path: string;
  text: string;
}

async function writeDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `.<name>.<pid>-<8 hex>.tmp`: the temporary files written here (and by exclusive writes). */
const TEMPORARY_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files in `folder` left by a timc process that was killed before it could
 * rename them into place (its process is gone). They are also git-ignored (`.*.tmp`).
 */
export async function removeLeftoverTemporaryFiles(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const leftovers = names.filter((name) => {
    const match = TEMPORARY_NAME.exec(name);
    return match !== null && !isProcessRunning(Number(match[1]));
  });
  await Promise.all(leftovers.map((name) => unlink(join(folder, name)).catch(() => undefined)));
}

/**
 * Writes every file to a hidden temporary file beside it, then renames each into place, so a
 * crash or a kill never leaves a half-written file: each path holds either its old or its new
 * text. When a write fails, the temporary files are removed and nothing is renamed.
 */
export async function writeFilesAtomically(files: readonly FileWrite[]): Promise<void> {
  const staged: { temporary: string; path: string }[] = [];
  const folders = new Set(files.map((file) => dirname(file.path)));
  await Promise.all([...folders].map(removeLeftoverTemporaryFiles));

  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
      );
      staged.push({ temporary, path: file.path });
      await writeDurably(temporary, file.text);
    }
  } catch (error) {
    await Promise.all(staged.map((file) => unlink(file.temporary).catch(() => undefined)));
    throw error;
  }

  for (const file of staged) await rename(file.temporary, file.path);
}

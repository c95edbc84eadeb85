import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/**
 * Writes every file to a hidden temporary file beside it, then renames each into place, so a
 * crash or a kill never leaves a half-written file: each path holds either its old or its new
 * text. When a write fails, the temporary files are removed and nothing is renamed.
 */
export async function writeFilesAtomically(files: readonly FileWrite[]): Promise<void> {
  const staged: { temporary: string; path: string }[] = [];

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

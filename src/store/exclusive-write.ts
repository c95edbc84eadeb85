import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

async function writeTemporary(path: string, text: string): Promise<string> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temporary;
}

/**
 * Creates `path` holding `text` only if no file is there yet, and never half-written: the text
 * goes to a temporary file that is then hard-linked into place, which fails when `path` exists
 * (even when another process creates it at the same moment). False when `path` exists.
 */
export async function createFileExclusively(path: string, text: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = await writeTemporary(path, text);

  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
      return createWithoutLink(path, text);
    }
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** For file systems without hard links: still exclusive, though not crash-proof. */
async function createWithoutLink(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

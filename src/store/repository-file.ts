import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** Larger files are not read: no file timc writes comes near, and parsing one would stall. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Why a path of the repository could not be read as text. */
export type ReadFailure =
  'missing' | 'symlink' | 'not-a-file' | 'too-large' | 'binary' | 'encoding' | 'unreadable';

export type RepositoryText =
  | { text: string; bytes?: Uint8Array }
  | { failure: ReadFailure; message: string; bytes?: Uint8Array };

/** Symbolic links are never followed; FIFOs must not block the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function failureOf(error: unknown): RepositoryText {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message;
  if (code === 'ENOENT') return { failure: 'missing', message: 'no such file' };
  if (code === 'ELOOP' || code === 'EMLINK') return { failure: 'symlink', message };
  if (code === 'EISDIR') return { failure: 'not-a-file', message: 'a folder' };
  return { failure: 'unreadable', message };
}

function readOpenFile(descriptor: number): RepositoryText {
  const stats = fstatSync(descriptor);
  if (stats.isDirectory()) return { failure: 'not-a-file', message: 'a folder' };
  if (!stats.isFile()) {
    return { failure: 'not-a-file', message: 'a special file (FIFO, socket or device)' };
  }
  if (stats.size > MAX_FILE_BYTES) {
    return { failure: 'too-large', message: `${stats.size} bytes (limit ${MAX_FILE_BYTES})` };
  }

  const bytes = readFileSync(descriptor);
  if (bytes.includes(0)) return { failure: 'binary', message: 'holds NUL bytes', bytes };
  try {
    return { text: utf8.decode(bytes), bytes };
  } catch {
    return { failure: 'encoding', message: 'not UTF-8', bytes };
  }
}

/**
 * The text of a file of the repository, or why it is not a readable UTF-8 text file: a
 * symbolic link (never followed), a folder, a file over MAX_FILE_BYTES, binary data (a NUL
 * byte) or bytes that are not UTF-8. `bytes` holds what was read (the blob a cache keys by, or
 * what locates a fault).
 * NOTE: synchronous calls inside: one file after another, they are several times faster than
 * awaiting each call on libuv's thread pool.
 */
export async function readRepositoryText(root: string, relPath: string): Promise<RepositoryText> {
  return readRepositoryTextNow(root, relPath);
}

/** readRepositoryText in one synchronous call, for the parsing threads. */
export function readRepositoryTextNow(root: string, relPath: string): RepositoryText {
  let descriptor: number;
  try {
    descriptor = openSync(`${root}/${relPath}`, OPEN_FLAGS);
  } catch (error) {
    return failureOf(error);
  }
  try {
    return readOpenFile(descriptor);
  } catch (error) {
    return failureOf(error);
  } finally {
    closeSync(descriptor);
  }
}

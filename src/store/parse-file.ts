import { readFileSync } from 'node:fs';

import { blobIdOf, type ParsedPayload } from './parsed-data.js';
import { parseToPayload } from './parse-yaml.js';

/** One file read from disk: its blob id and parsed payload, or why it could not be read. */
export interface FileParse {
  relPath: string;
  /** The git blob id of the bytes read. */
  key?: string;
  payload?: ParsedPayload;
  /** A read error (the payload holds YAML errors); `missing` when there is no such file. */
  readError?: string;
  missing?: boolean;
}

/**
 * Reads, hashes and parses `relPath` under `root`, taking the payload from `cached` when it
 * knows the blob id; never throws for a bad or missing file.
 */
export function parseFileAt(
  root: string,
  relPath: string,
  algorithm: 'sha1' | 'sha256',
  cached?: (key: string) => ParsedPayload | undefined,
): FileParse {
  let bytes: Buffer;
  try {
    bytes = readFileSync(`${root}/${relPath}`);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { relPath, readError: message.split('\n')[0], missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  const key = blobIdOf(bytes, algorithm);
  return { relPath, key, payload: cached?.(key) ?? parseToPayload(bytes.toString('utf8')) };
}

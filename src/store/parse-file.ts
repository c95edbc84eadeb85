import { blobIdOf, type ParsedPayload } from './parsed-data.js';
import { parseToPayload } from './parse-yaml.js';
import { type ReadFailure, readRepositoryTextNow } from './repository-file.js';

/** One file read from disk: its blob id and parsed payload, or why it could not be read. */
export interface FileParse {
  relPath: string;
  /** The git blob id of the bytes read. */
  key?: string;
  payload?: ParsedPayload;
  /** Why the file could not be read as text (see readRepositoryText); the payload is absent. */
  failure?: ReadFailure;
  message?: string;
}

/**
 * Reads (as readRepositoryText does), hashes and parses `relPath` under `root`, taking the
 * payload from `cached` when it knows the blob id; never throws for a bad or missing file.
 */
export function parseFileAt(
  root: string,
  relPath: string,
  algorithm: 'sha1' | 'sha256',
  cached?: (key: string) => ParsedPayload | undefined,
): FileParse {
  const read = readRepositoryTextNow(root, relPath);
  if ('failure' in read) return { relPath, failure: read.failure, message: read.message };

  const key = blobIdOf(read.bytes!, algorithm);
  return { relPath, key, payload: cached?.(key) ?? parseToPayload(read.text) };
}

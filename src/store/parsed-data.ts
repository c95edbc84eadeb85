import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';

import { parseDocument } from 'yaml';

import { MAX_ALIAS_COUNT } from './yaml-file.js';

/**
 * The outcome of parsing one file's text, as one line of text for the cache: `J` and the data
 * as JSON, `V` and the data in V8's format (base64) when JSON would change it (Infinity, NaN,
 * -0), or `E` and the first line of the YAML error.
 */
export type ParsedPayload = string;

/** The plain data of a file, or why it is not valid YAML. */
export interface ParsedData {
  data?: unknown;
  error?: string;
}

/** The id git gives a blob with these bytes (`git hash-object`). */
export function blobIdOf(bytes: Uint8Array, algorithm: 'sha1' | 'sha256'): string {
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * True when JSON keeps `value` as it is (plain objects, arrays, finite numbers, text...); with
 * `undefinedFields`, fields set to undefined are accepted (JSON leaves them out).
 */
export function isJsonSafe(value: unknown, undefinedFields = false): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;

  if (Array.isArray(value)) return value.every((item) => isJsonSafe(item, undefinedFields));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(
    (field) => (undefinedFields && field === undefined) || isJsonSafe(field, undefinedFields),
  );
}

/** Parses YAML text as `yaml`'s `parse` does (unique keys, limited aliases), without warnings. */
export function parseToPayload(text: string): ParsedPayload {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: false });
    const error = doc.errors[0];
    if (error) return `E${error.message.split('\n')[0]}`;

    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (isJsonSafe(data)) return `J${JSON.stringify(data)}`;
    return `V${serialize(data).toString('base64')}`;
  } catch (error) {
    return `E${(error as Error).message.split('\n')[0]}`;
  }
}

/** The data or error of each payload, in order; JSON is decoded in one pass for speed. */
export function decodePayloads(payloads: readonly ParsedPayload[]): ParsedData[] {
  const json: string[] = [];
  for (const payload of payloads) if (payload[0] === 'J') json.push(payload.slice(1));
  const values = JSON.parse(`[${json.join(',')}]`) as unknown[];

  let next = 0;
  return payloads.map((payload) => {
    if (payload[0] === 'J') return { data: values[next++] };
    if (payload[0] === 'V') return { data: deserialize(Buffer.from(payload.slice(1), 'base64')) };
    return { error: payload.slice(1) };
  });
}

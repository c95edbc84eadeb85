import { createHash } from 'node:crypto';
import { deserialize } from 'node:v8';

/**
 * The outcome of parsing one file's text, as one line of text for the cache: `J` and the data
 * as JSON, `V` and the data in V8's format (base64) when JSON would change it (Infinity, NaN,
 * -0), or `E`, the failure (`yaml` or `nesting`), a tab and the first line of the error.
 */
export type ParsedPayload = string;

/** The plain data of a file, or why it is not valid YAML. */
export interface ParsedData {
  data?: unknown;
  error?: string;
  failure?: 'yaml' | 'nesting';
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

/** The data or error of each payload, in order; JSON is decoded in one pass for speed. */
export function decodePayloads(payloads: readonly ParsedPayload[]): ParsedData[] {
  const json: string[] = [];
  for (const payload of payloads) if (payload[0] === 'J') json.push(payload.slice(1));
  const values = JSON.parse(`[${json.join(',')}]`) as unknown[];

  let next = 0;
  return payloads.map((payload) => {
    if (payload[0] === 'J') return { data: values[next++] };
    if (payload[0] === 'V') return { data: deserialize(Buffer.from(payload.slice(1), 'base64')) };
    const tab = payload.indexOf('\t');
    return { error: payload.slice(tab + 1), failure: payload.slice(1, tab) as 'yaml' | 'nesting' };
  });
}

/**
 * Reading data that may break its schema: rules run on every file, valid or not, and take
 * from it only what has the expected shape.
 */

export type DataRecord = Record<string, unknown>;

export function asRecord(value: unknown): DataRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as DataRecord)
    : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Non-empty text, or undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The own property `key` (never one inherited from Object.prototype). */
export function ownValue(record: DataRecord | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `ownValue` as non-empty text. */
export function ownText(record: DataRecord | undefined, key: string): string | undefined {
  return asText(ownValue(record, key));
}

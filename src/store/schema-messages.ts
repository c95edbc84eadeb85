import type { ErrorObject } from 'ajv';

import { didYouMean } from '../model/suggest.js';

/** One way a file's data breaks its schema, at `path` inside the file. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** The problem is the key at the end of `path` (an unknown field), not its value. */
  key?: boolean;
}

/** What each pattern of the schemas asks for, in words. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z][a-z0-9._-]{0,39}$':
    "a member id (lower-case letters, digits, '.', '_' or '-', starting with a letter)",
  '^[0-9]{8}-[a-z][a-z0-9._-]{0,39}-[a-z0-9]{4}$': 'a cycle id like 20261203-asmith-k3f9',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$':
    'a UTC time in quotes, like "2026-12-03T14:05:09Z"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a date in quotes, like "2026-12-03"',
  '^g[1-9][0-9]*$': 'a goal id: g1, g2, …',
  '^a[1-9][0-9]*$': 'an activity id: a1, a2, …',
  '^https?://\\S+$': 'a web link starting with https:// (or http://)',
  '^[^\\s@]+@[^\\s@]+$': 'an email address',
  '^[a-z0-9][a-z0-9._-]*$': "a short id (lower-case letters, digits, '.', '_' or '-')",
  '^[a-z][a-z0-9_-]*$': "a name of lower-case letters, digits, '_' or '-', starting with a letter",
  '^(goals|activities|progress|outcomes|reflection)(\\.[a-z_]+)?$':
    'a phase (goals, activities, progress, outcomes or reflection), optionally with .field',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping (key: value)',
  array: 'a list',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'null',
};

export const EVIDENCE_WORDS =
  'exactly one of {tim: {member, id}}, {url: "https://…"} or {text: "…"}';

type Path = (string | number)[];
type Schema = Record<string, unknown> | undefined;

export function pathOf(instancePath: string): Path {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `\`result\`` for a field, `entry 2 of \`goals\`` for a list entry. */
export function nameOf(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  const list = path[path.length - 2];
  if (typeof last === 'number') {
    return typeof list === 'string' ? `entry ${last + 1} of \`${list}\`` : `entry ${last + 1}`;
  }
  return last === undefined ? 'the file' : `\`${last}\``;
}

export function shorten(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** What a failed `type` or `pattern` check expected, in words. */
export function expectation(error: ErrorObject): string {
  const schema = error.parentSchema as Schema;
  const pattern = typeof schema?.pattern === 'string' ? schema.pattern : undefined;
  if (pattern && PATTERN_WORDS[pattern]) return PATTERN_WORDS[pattern];
  if (error.keyword === 'type') {
    return String(error.params.type)
      .split(',')
      .map((one) => TYPE_WORDS[one] ?? one)
      .join(' or ');
  }
  if (error.keyword === 'enum') {
    return `one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  return 'in the expected form';
}

function describeUnknownKey(error: ErrorObject, path: Path): SchemaProblem {
  const key = String(error.params.additionalProperty);
  const known = Object.keys((error.parentSchema as Schema)?.properties ?? {});
  const hint = didYouMean(key, known);
  const expected = !hint && known.length > 0 ? ` (known fields: ${known.join(', ')})` : '';
  return { path: [...path, key], key: true, message: `unknown field \`${key}\`${hint}${expected}` };
}

/** One ajv error in words; `data` supplies the value that was found. */
export function describeError(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pathOf(error.instancePath);
  const value = valueAt(data, path);
  const found = `(found ${shorten(value)})`;
  const name = nameOf(path);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required field \`${params.missingProperty}\`` };
    case 'additionalProperties':
      return describeUnknownKey(error, path);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return { path, message: `${name} must be one of ${allowed.join(', ')} ${found}${hint}` };
    }
    case 'const':
      return { path, message: `${name} must be ${shorten(params.allowedValue)} ${found}` };
    case 'type':
    case 'pattern':
      return { path, message: `${name} must be ${expectation(error)} ${found}` };
    case 'minLength':
      return { path, message: `${name} must not be empty` };
    default:
      return { path, message: `${name} ${error.message ?? 'is not valid'} ${found}` };
  }
}

import { readFileSync } from 'node:fs';

import type { ErrorObject, ValidateFunction } from 'ajv';

import type { SchemaKind } from './layout.js';
import { packagePath } from './package-files.js';

/** One way a file's data breaks its schema, at `path` inside the file. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

export const SCHEMA_KINDS: readonly SchemaKind[] = [
  'settings',
  'members',
  'alignments',
  'tim',
  'cycle',
  'goals',
  'activities',
  'progress',
  'outcomes',
  'reflection',
  'checkin',
];

type AjvInstance = import('ajv').default;

let ajv: AjvInstance | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8'));
}

let prebuilt: Promise<Partial<Record<SchemaKind, ValidateFunction>>> | undefined;

/** The validators `npm run build` generated (see src/build/compile-schemas.ts), if present. */
async function loadPrebuiltValidators(): Promise<Partial<Record<SchemaKind, ValidateFunction>>> {
  try {
    return await import(new URL('./compiled-schemas.js', import.meta.url).href);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return {};
  }
}

async function validatorFor(kind: SchemaKind): Promise<ValidateFunction> {
  const ready = compiled.get(kind);
  if (ready) return ready;

  prebuilt ??= loadPrebuiltValidators();
  const fromBuild = (await prebuilt)[kind];
  if (fromBuild) {
    compiled.set(kind, fromBuild);
    return fromBuild;
  }

  if (!ajv) {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    ajv = new Ajv2020({ allErrors: true, strict: false }) as unknown as AjvInstance;
    ajv.addSchema(readSchema('common'));
  }
  const validate = ajv.compile(readSchema(kind));
  compiled.set(kind, validate);
  return validate;
}

/** Every way `data` breaks the schema of `kind`, in words a coach can act on. */
export async function checkAgainstSchema(kind: SchemaKind, data: unknown): Promise<SchemaProblem[]> {
  const validate = await validatorFor(kind);
  if (validate(data)) return [];
  return describeSchemaErrors(validate.errors ?? [], data);
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function nameOf(path: readonly (string | number)[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return last === undefined ? 'the file' : `\`${last}\``;
}

function shorten(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describeError(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pathOf(error.instancePath);
  const found = shorten(valueAt(data, path));
  const params = error.params as Record<string, unknown>;
  const name = nameOf(path);

  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required field \`${params.missingProperty}\`` };
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        message: `unknown field \`${params.additionalProperty}\``,
      };
    case 'enum':
      return {
        path,
        message: `${name} must be one of ${(params.allowedValues as unknown[]).join(', ')} ` +
          `(found ${found})`,
      };
    case 'const':
      return { path, message: `${name} must be ${shorten(params.allowedValue)} (found ${found})` };
    case 'type':
      return { path, message: `${name} must be ${article(String(params.type))} (found ${found})` };
    case 'pattern':
      return { path, message: `${name} is not in the expected form (found ${found})` };
    case 'oneOf':
      return {
        path,
        message: 'evidence must be exactly one of {tim: {member, id}}, {url: ...} or {text: ...}',
      };
    case 'minLength':
      return { path, message: `${name} must not be empty` };
    default:
      return { path, message: `${name} ${error.message ?? 'is not valid'}` };
  }
}

function article(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    object: 'a mapping (key: value)',
    array: 'a list',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
    null: 'null',
  };
  return type
    .split(',')
    .map((one) => words[one] ?? one)
    .join(' or ');
}

/**
 * Turns raw ajv errors into one problem per place. Errors from inside a failed `oneOf` branch
 * are dropped: the `oneOf` line says what was expected.
 */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const oneOfPaths = errors
    .filter((error) => error.keyword === 'oneOf')
    .map((error) => error.instancePath);
  const kept = errors.filter(
    (error) =>
      error.keyword === 'oneOf' ||
      !oneOfPaths.some((path) => error.instancePath.startsWith(path) && error.schemaPath.includes('/oneOf/')),
  );

  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of kept) {
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const problem = describeError(error, data);
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

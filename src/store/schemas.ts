import { readFileSync } from 'node:fs';

import type { ValidateFunction } from 'ajv';

import type { SchemaKind } from './layout.js';
import { packagePath } from './package-files.js';
import type { SchemaProblem } from './schema-messages.js';
import { describeSchemaErrors } from './schema-problems.js';

export type { SchemaProblem } from './schema-messages.js';
export { describeSchemaErrors } from './schema-problems.js';

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

async function validatorFor(kind: SchemaKind): Promise<ValidateFunction> {
  const ready = compiled.get(kind);
  if (ready) return ready;

  if (!ajv) {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true }) as unknown as AjvInstance;
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

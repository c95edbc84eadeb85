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

/** How every validator is made (at build time too): `verbose` lets messages name fields. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

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
    ajv = new Ajv2020(AJV_OPTIONS) as unknown as AjvInstance;
    ajv.addSchema(readSchema('common'));
  }
  const validate = ajv.compile(readSchema(kind));
  compiled.set(kind, validate);
  return validate;
}

/** Every way `data` breaks the schema of `kind`, in words a coach can act on. */
export async function checkAgainstSchema(
  kind: SchemaKind,
  data: unknown,
): Promise<SchemaProblem[]> {
  const validate = await validatorFor(kind);
  if (validate(data)) return [];
  return describeSchemaErrors(validate.errors ?? [], data);
}

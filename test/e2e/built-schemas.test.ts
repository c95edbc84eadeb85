import { readFileSync } from 'node:fs';

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';

import { AJV_OPTIONS, SCHEMA_KINDS } from '../../src/store/schemas.js';

/** The validators `npm run build` generates, as the built CLI loads them. */
const built = (await import(
  new URL('../../dist/store/compiled-schemas.js', import.meta.url).href
)) as Record<string, ValidateFunction>;

function compiledNow(kind: string): ValidateFunction {
  const read = (name: string) =>
    JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  const ajv = new Ajv2020(AJV_OPTIONS);
  ajv.addSchema(read('common'));
  return ajv.compile(read(kind));
}

const SAMPLES: unknown[] = [
  {},
  null,
  [],
  { id: 7, coach: 'Not An Id', extra: true, published: { coach: 'yesterday' } },
  { goals: [{ id: 'g1', evidence: [{ url: 'ftp://x', text: 'both' }, 'text'] }], complete: {} },
  { activities: [{ id: 'a1', owner: 'everyone', due: '12/10/2026' }] },
  { members: [{ id: 'x', name: '' }, { name: 'No id' }] },
];

describe('the schemas compiled at build time', () => {
  it.each(SCHEMA_KINDS)('report what a freshly compiled %s schema reports', (kind) => {
    const now = compiledNow(kind);
    for (const sample of SAMPLES) {
      expect(built[kind]!(sample)).toBe(now(sample));
      expect(built[kind]!.errors ?? null).toEqual(now.errors ?? null);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { checkAgainstSchema } from '../../src/store/schemas.js';
import { fileFromTemplate } from '../../src/store/templates.js';
import { dataOf } from '../../src/store/yaml-file.js';
import type { SchemaKind } from '../../src/store/layout.js';

const ID = '20261203-asmith-k3f9';
const FOLDER = `cycles/2026/${ID}`;

describe('templates', () => {
  it.each([
    ['timc.yaml', 'timc.yaml', 'settings'],
    ['members.yaml', 'members.yaml', 'members'],
    ['cycle/1-goals.yaml', `${FOLDER}/1-goals.yaml`, 'goals'],
    ['cycle/2-activities.yaml', `${FOLDER}/2-activities.yaml`, 'activities'],
    ['cycle/3-progress.yaml', `${FOLDER}/3-progress.yaml`, 'progress'],
    ['cycle/4-outcomes.yaml', `${FOLDER}/4-outcomes.yaml`, 'outcomes'],
    ['cycle/5-reflection.yaml', `${FOLDER}/5-reflection.yaml`, 'reflection'],
  ] as const)('%s validates against its schema as it is', async (template, relPath, kind) => {
    const file = await fileFromTemplate(template, relPath, kind as SchemaKind);
    expect(await checkAgainstSchema(kind, dataOf(file))).toEqual([]);
  });

  it('cycle.yaml validates once its who and when are filled in', async () => {
    const file = await fileFromTemplate('cycle/cycle.yaml', `${FOLDER}/cycle.yaml`, 'cycle');
    const data = {
      ...dataOf<object>(file),
      id: ID,
      coach: 'jdoe',
      client: 'asmith',
      created_by: 'jdoe',
      created_at: '2026-12-03T14:05:09Z',
      school: 'maple',
      title: 'Science',
    };
    expect(await checkAgainstSchema('cycle', data)).toEqual([]);
  });

  it('every schema compiles under ajv strict mode (no unknown keywords or typos)', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const folder = new URL('../../schemas/', import.meta.url);
    const read = (name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
    ajv.addSchema(read('common.schema.json'));
    for (const name of readdirSync(folder).filter((file) => file !== 'common.schema.json')) {
      expect(() => ajv.compile(read(name)), name).not.toThrow();
    }
  });

  it('every schema has a title and describes its fields for editor tooltips', () => {
    const folder = new URL('../../schemas/', import.meta.url);
    for (const name of readdirSync(folder)) {
      const schema = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title, name).toBeTruthy();
    }
  });
});

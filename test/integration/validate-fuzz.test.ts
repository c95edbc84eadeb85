import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { RULE_IDS } from '../../src/model/rules/rule-catalog.js';
import { validateRepository } from '../../src/validate/validate-repository.js';
import { copyValidateCase } from '../helpers/fixtures.js';
import { removeTemporaryFolders } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

/** A small seeded generator, so that a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

/** Characters that mean something to YAML, and a few that mean trouble to a reader. */
const PIECES = [
  ':',
  '-',
  ' ',
  '\n',
  '  ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '#',
  '?',
  ',',
  '---',
  '__proto__: ',
  '\t',
  '\u0000',
  '\ufeff',
  'é',
  '\udc00',
  '%',
];

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Cuts, repeats and inserts pieces of text at random places of one file. */
function mutate(text: string, random: (below: number) => number): string {
  let result = text;
  for (let edits = 1 + random(4); edits > 0; edits -= 1) {
    const at = random(result.length + 1);
    const choice = random(3);
    const [before, after] = [result.slice(0, at), result.slice(at)];
    if (choice === 0) result = before + after.slice(1 + random(8));
    if (choice === 1) result = before + PIECES[random(PIECES.length)] + after;
    if (choice === 2) result = before + after.slice(0, 20).repeat(3) + after;
  }
  return result;
}

describe('timc validate on randomly damaged files', () => {
  it('never throws, and every diagnostic has a place and a known rule', async () => {
    const rules = new Set<string>(RULE_IDS);
    for (let seed = 1; seed <= Number(process.env.FUZZ_SEEDS ?? 60); seed += 1) {
      const random = randomFrom(seed);
      const root = copyValidateCase();
      const files = listFiles(root);
      for (let damaged = 1 + random(3); damaged > 0; damaged -= 1) {
        const file = files[random(files.length)]!;
        writeFileSync(file, mutate(readFileSync(file, 'utf8'), random));
      }

      const { diagnostics } = await validateRepository(root);
      for (const diagnostic of diagnostics) {
        expect(rules.has(diagnostic.rule), `seed ${seed}: ${diagnostic.rule}`).toBe(true);
        expect(diagnostic.line, `seed ${seed}`).toBeGreaterThanOrEqual(1);
        expect(diagnostic.col, `seed ${seed}`).toBeGreaterThanOrEqual(1);
        expect(diagnostic.message, `seed ${seed}`).not.toBe('');
      }
    }
  });
});

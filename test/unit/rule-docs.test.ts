import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { RULE_IDS, RULES } from '../../src/model/rules/rule-catalog.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const validation = readme.slice(
  readme.indexOf('## Validation'),
  readme.indexOf('## For contributors'),
);

/** Rules the fixture corpus cannot show: one needs git history, one a file root can't read. */
const SHOWN_ELSEWHERE = new Map([
  ['commit-author', 'test/e2e/validate-history.test.ts'],
  ['unreadable', 'cannot be made as root, who reads every file: untested'],
]);

describe('the rules of timc validate', () => {
  it.each(RULE_IDS)('[%s] is documented in the README section Validation', (rule) => {
    expect(validation).toContain(`\`[${rule}]\``);
    if (RULES[rule].severity === 'warning') expect(validation).toContain(`\`[${rule}]\` (warning)`);
  });

  it.each(RULE_IDS)('[%s] is shown by the fixture corpus', (rule) => {
    const cases = join(ROOT, 'test/fixtures/validate/cases');
    const expected = readdirSync(cases)
      .map((name) => readFileSync(join(cases, name, 'expected.txt'), 'utf8'))
      .join('\n');
    expect(expected.includes(`[${rule}]`) || SHOWN_ELSEWHERE.has(rule)).toBe(true);
  });
});

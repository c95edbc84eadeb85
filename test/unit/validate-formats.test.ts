import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';

import type { Diagnostic } from '../../src/model/rules/problem.js';
import { formatGithub, formatJson, formatSummary, formatText } from '../../src/validate/formats.js';

const diagnostic: Diagnostic = {
  file: 'cycles/2026/a,b:c/1-goals.yaml',
  line: 3,
  col: 7,
  severity: 'error',
  rule: 'schema',
  message: '100% wrong:\nsee here',
};

describe('validate output formats', () => {
  it('writes text as path:line:col: severity: message [rule]', () => {
    expect(formatText(diagnostic, new Chalk({ level: 0 }))).toBe(
      'cycles/2026/a,b:c/1-goals.yaml:3:7: error: 100% wrong:\nsee here [schema]',
    );
  });

  it('escapes GitHub workflow commands, properties more than data', () => {
    expect(formatGithub({ ...diagnostic, severity: 'warning' })).toBe(
      '::warning file=cycles/2026/a%2Cb%3Ac/1-goals.yaml,line=3,col=7,' +
        'title=timc validate [schema]::100%25 wrong:%0Asee here [schema]',
    );
  });

  it.each([
    [[], undefined, 'Checked 1 file: no problems'],
    [[diagnostic], 1, 'Checked 1 file and 1 commit: 1 error, 0 warnings'],
    [
      [diagnostic, { ...diagnostic, severity: 'warning' as const }],
      3,
      'Checked 1 file and 3 commits: 1 error, 1 warning',
    ],
  ])('sums up %j', (diagnostics, commits, summary) => {
    expect(formatSummary({ files: 1, commits, diagnostics })).toBe(summary);
  });

  it('writes JSON with counts, commits only when history was checked', () => {
    expect(JSON.parse(formatJson({ files: 2, diagnostics: [diagnostic] }))).toEqual({
      files: 2,
      errors: 1,
      warnings: 0,
      diagnostics: [diagnostic],
    });
  });
});

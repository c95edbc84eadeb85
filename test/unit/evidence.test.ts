import { describe, expect, it } from 'vitest';

import {
  describeTarget,
  evidenceKindsGiven,
  isSameEvidence,
  isWebUrl,
  normalizePastedText,
  targetField,
} from '../../src/model/evidence.js';

describe('isWebUrl', () => {
  it.each([
    ['https://example.org/data.csv', true],
    ['http://intranet.district.k12/report?id=3', true],
    ['https://', false],
    ['ftp://example.org/file', false],
    ['javascript:alert(1)', false],
    ['example.org', false],
    ['https://example.org/two words', false],
    ['HTTPS://EXAMPLE.ORG', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isWebUrl(text)).toBe(expected);
  });
});

describe('evidenceKindsGiven', () => {
  it.each([
    [{}, []],
    [{ url: 'https://x.org' }, ['url']],
    [{ text: '' }, ['text']],
    [{ tim: 't1', text: 'x' }, ['tim', 'text']],
    [{ tim: 't1', url: 'https://x.org', text: '-' }, ['tim', 'url', 'text']],
  ])('%o → %o', (options, expected) => {
    expect(evidenceKindsGiven(options)).toEqual(expected);
  });
});

describe('targets', () => {
  it.each([
    [{ kind: 'supporting' } as const, 'goals.supporting_data', 'supporting data'],
    [{ kind: 'goal', goal: 'g2' } as const, 'goals.evidence', 'g2'],
    [{ kind: 'outcome', goal: 'g1' } as const, 'outcomes.evidence', 'the outcome of g1'],
  ])('%o writes %s, described as %s', (target, field, description) => {
    expect(targetField(target)).toBe(field);
    expect(describeTarget(target)).toBe(description);
  });
});

describe('isSameEvidence', () => {
  it.each([
    [{ url: 'https://a.org' }, { url: 'https://a.org' }, true],
    [{ url: 'https://a.org' }, { url: 'https://b.org' }, false],
    [{ text: 'a' }, { url: 'a' }, false],
    [{ tim: { member: 'asmith', id: 't1' } }, { tim: { member: 'asmith', id: 't1' } }, true],
    [{ tim: { member: 'asmith', id: 't1' } }, { tim: { member: 'asmith', id: 't2' } }, false],
    ['junk', { text: 'junk' }, false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(isSameEvidence(a as never, b as never)).toBe(expected);
  });
});

describe('normalizePastedText', () => {
  it('makes Windows line ends plain and drops trailing blank space, keeping tabs', () => {
    expect(normalizePastedText('a\tb\r\nc\td\r\n\r\n')).toBe('a\tb\nc\td');
    expect(normalizePastedText('  indented\n')).toBe('  indented');
  });
});

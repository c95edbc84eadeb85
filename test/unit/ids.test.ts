import { describe, expect, it } from 'vitest';

import {
  isMemberId,
  matchCycleRef,
  mintCycleId,
  nextListId,
  parseCycleId,
} from '../../src/model/ids.js';

describe('member ids', () => {
  it.each([
    ['asmith', true],
    ['a', true],
    ['j.doe_2-x', true],
    ['Asmith', false],
    ['1abc', false],
    ['', false],
    ['a'.repeat(40), true],
    ['a'.repeat(41), false],
    ['a b', false],
  ])('%s → %s', (id, valid) => {
    expect(isMemberId(id)).toBe(valid);
  });
});

describe('cycle ids', () => {
  it('parses the date, client and suffix, even when the client id holds dashes', () => {
    expect(parseCycleId('20261203-a-smith-k3f9')).toEqual({
      year: '2026',
      date: '2026-12-03',
      client: 'a-smith',
      suffix: 'k3f9',
    });
    expect(parseCycleId('2026120-asmith-k3f9')).toBeUndefined();
    expect(parseCycleId('20261203-asmith-K3F9')).toBeUndefined();
  });

  it('mints from the date, the client and four characters of entropy', () => {
    const bytes = [0, 25, 26, 35];
    expect(mintCycleId('20261203', 'asmith', () => bytes.shift()!)).toBe('20261203-asmith-az09');
  });

  it.each([
    ['20261203-asmith-k3f9', { kind: 'found', id: '20261203-asmith-k3f9' }],
    ['k3f9', { kind: 'found', id: '20261203-asmith-k3f9' }],
    ['20261203-b', { kind: 'found', id: '20261203-bkim-aaaa' }],
    ['20261203', { kind: 'ambiguous', candidates: ['20261203-asmith-k3f9', '20261203-bkim-aaaa'] }],
    ['zzzz', { kind: 'none' }],
  ])('finds %s', (ref, expected) => {
    expect(matchCycleRef(ref, ['20261203-asmith-k3f9', '20261203-bkim-aaaa'])).toEqual(expected);
  });
});

describe('list ids', () => {
  it.each([
    [[], 'g1'],
    [['g1', 'g2'], 'g3'],
    [['g1', 'g7', 'g3'], 'g8'],
    [['a1', 'x'], 'g1'],
  ])('after %j comes %s', (existing, next) => {
    expect(nextListId('g', existing)).toBe(next);
  });
});

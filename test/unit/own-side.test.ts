import { describe, expect, it } from 'vitest';

import { requireOwnSide, sideOf } from '../../src/model/own-side.js';

const info = { id: '20261203-asmith-k3f9', coach: 'jdoe', client: 'asmith' };

describe('sideOf and requireOwnSide', () => {
  it.each([
    ['jdoe', 'coach'],
    ['asmith', 'client'],
    ['mrivera', undefined],
  ])('%s is %s', (member, side) => {
    expect(sideOf(member, info)).toBe(side);
  });

  it('gives the side of the coach and of the client', () => {
    expect(requireOwnSide('jdoe', info, 'reflect')).toBe('coach');
    expect(requireOwnSide('asmith', info, 'reflect')).toBe('client');
  });

  it('refuses anyone else, naming who may', () => {
    expect(requireOwnSide('mrivera', info, 'publish')).toEqual({
      refused:
        'mrivera may not publish in cycle 20261203-asmith-k3f9: only its coach (jdoe) ' +
        'or its client (asmith) may, each for themselves',
    });
  });
});

import { describe, expect, it } from 'vitest';

import { closestWord, didYouMean, editDistance } from '../../src/model/suggest.js';

describe('editDistance', () => {
  it.each([
    ['result', 'result', 0],
    ['resutl', 'result', 1],
    ['reslt', 'result', 1],
    ['results', 'result', 1],
    ['status', 'stauts', 1],
    ['goal', 'text', 4],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestWord', () => {
  const fields = ['goal', 'result', 'text', 'evidence'];
  it.each([
    ['resutl', 'result'],
    ['Result', 'result'],
    ['evidance', 'evidence'],
    ['txt', 'text'],
    ['owner', undefined],
    ['g', undefined],
  ])('%s → %s', (word, expected) => {
    expect(closestWord(word, fields)).toBe(expected);
  });

  it('says nothing when the word is itself a candidate or nothing is near', () => {
    expect(didYouMean('text', ['text'])).toBe('');
    expect(didYouMean('zzz', ['text'])).toBe('');
    expect(didYouMean('txet', ['text'])).toBe(' (did you mean `text`?)');
  });
});

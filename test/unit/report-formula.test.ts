import { describe, expect, it } from 'vitest';

import { protectFromFormula } from '../../src/model/report/formula.js';

describe('protectFromFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['=', "'="],
  ])('prefixes %j', (text, expected) => {
    expect(protectFromFormula(text)).toBe(expected);
  });

  it.each([
    [''],
    ['plain text'],
    ['a = b + c - d @ e'],
    [' =1+1'],
    ["'quoted already"],
    ['\nleading line break'],
    ['Crème brûlée 🎉, "quoted", a,b'],
    ['2026-12-03T14:05:09Z'],
    ['20261203-asmith-k3f9'],
    ['１２'],
  ])('leaves %j unchanged', (text) => {
    expect(protectFromFormula(text)).toBe(text);
  });
});

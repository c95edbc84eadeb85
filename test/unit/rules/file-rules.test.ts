import { describe, expect, it } from 'vitest';

import {
  findInvalidUtf8,
  positionOfByte,
  positionOfOffset,
} from '../../../src/model/rules/file-content.js';
import { checkUnsafeKeys } from '../../../src/model/rules/unsafe-keys.js';
import { describeYamlIssues } from '../../../src/model/rules/yaml-issues.js';
import { summarize } from './facts-from.js';

describe('findInvalidUtf8', () => {
  it.each([
    ['plain ASCII', [0x61, 0x62], -1],
    [
      'two-, three- and four-byte characters',
      [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80],
      -1,
    ],
    ['a Latin-1 byte', [0x61, 0xe9, 0x62], 1],
    ['a lone continuation byte', [0x80], 0],
    ['a character cut short at the end', [0x61, 0xe2, 0x82], 1],
    ['an overlong form', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('positions of bytes and characters', () => {
  it('counts lines and characters, not bytes, in columns', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: 1\nb: é'), 0xff]);
    expect(positionOfByte(bytes, 0)).toEqual({ line: 1, col: 1 });
    expect(positionOfByte(bytes, bytes.length - 1)).toEqual({ line: 2, col: 5 });
    expect(positionOfOffset('a: 1\nb: [[', 9)).toEqual({ line: 2, col: 5 });
  });
});

describe('checkUnsafeKeys', () => {
  it('finds __proto__, constructor and prototype at any depth, in lists too', () => {
    const data = JSON.parse(
      '{"__proto__": {"x": 1}, "a": [{"constructor": 1}], "b": {"c": {"prototype": 2}}, "ok": 1}',
    );
    expect(summarize(checkUnsafeKeys('f', data)).sort()).toEqual([
      'unsafe-key f __proto__',
      'unsafe-key f a.0.constructor',
      'unsafe-key f b.c.prototype',
    ]);
  });

  it('has nothing to say about scalars or ordinary keys', () => {
    expect(checkUnsafeKeys('f', 'text')).toEqual([]);
    expect(checkUnsafeKeys('f', { proto: 1, constructors: [] })).toEqual([]);
  });
});

describe('describeYamlIssues', () => {
  const issue = (code: string, line: number, source?: string) => {
    const message = `${code} happened at line ${line}, column 1:\n\nsnippet`;
    return { code, message, line, col: 1, source };
  };

  it('reports every repeated key and the second document, but only the first syntax error', () => {
    const problems = describeYamlIssues('f', [
      issue('BAD_INDENT', 2),
      issue('DUPLICATE_KEY', 3, 'coach'),
      issue('UNEXPECTED_TOKEN', 4),
      issue('DUPLICATE_KEY', 5, 'client'),
      issue('MULTIPLE_DOCS', 6),
      issue('MULTIPLE_DOCS', 9),
    ]);
    expect(summarize(problems)).toEqual([
      'yaml-syntax f 2:1',
      'duplicate-key f 3:1',
      'duplicate-key f 5:1',
      'multiple-documents f 6:1',
    ]);
    expect(problems[0]!.message).toBe(
      'not valid YAML: BAD_INDENT happened (check the indentation of this line and the next ones)',
    );
    expect(problems[1]!.message).toMatch(/^the key `coach` appears twice/);
  });
});

import { describe, expect, it } from 'vitest';

import { checkImportRows, mergeById } from '../../src/model/import-rows.js';
import {
  type Alignment,
  alignmentFromFields,
  problemsWithAlignment,
} from '../../src/model/reference-data.js';

const RULES = { fromFields: alignmentFromFields, problemsWith: problemsWithAlignment };
const row = (line: number, fields: Record<string, string>) => ({ line, fields });

describe('checkImportRows', () => {
  const existing: Alignment[] = [{ id: 'A', title: 'Old title' }];

  it('names every bad row by file and line, including an id given twice', () => {
    const check = checkImportRows(
      'std.csv',
      [
        row(2, { id: 'B', title: '' }),
        row(3, { id: 'C', title: 'Fine' }),
        row(4, { id: '', title: 'No id' }),
        row(6, { id: 'C', title: 'Again' }),
      ],
      existing,
      RULES,
    );
    expect(check.problems).toEqual([
      'std.csv:2: B: a title is required',
      'std.csv:4: an id is required',
      'std.csv:6: C is also on line 3',
    ]);
  });

  it('lets a blank cell keep what an existing entry has', () => {
    const check = checkImportRows(
      'std.csv',
      [row(2, { id: 'A', title: '', subject: 'Math' })],
      existing,
      RULES,
    );
    expect(check.problems).toEqual([]);
    expect(check.records).toEqual([{ id: 'A', subject: 'Math' }]);
  });
});

describe('mergeById', () => {
  it('adds new ids, updates changed ones, and counts an unchanged row as neither', () => {
    const merge = mergeById(
      [
        { id: 'A', title: 'One' },
        { id: 'B', title: 'Two' },
      ],
      [
        { id: 'A', title: 'One' },
        { id: 'B', title: 'Two!' },
        { id: 'C', title: 'Three' },
      ],
    );
    expect(merge).toEqual({
      records: [
        { id: 'A', title: 'One' },
        { id: 'B', title: 'Two!' },
        { id: 'C', title: 'Three' },
      ],
      added: ['C'],
      updated: ['B'],
    });
  });

  it('keeps fields the incoming record leaves out', () => {
    const merge = mergeById(
      [{ id: 'A', title: 'One', source: 'ISTE' }],
      [{ id: 'A', title: 'Uno' }],
    );
    expect(merge.records).toEqual([{ id: 'A', title: 'Uno', source: 'ISTE' }]);
  });
});

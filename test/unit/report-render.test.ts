import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { renderCsv, renderJson } from '../../src/model/report/render.js';

const COLUMNS = ['cycle_id', 'text', 'count'];

describe('renderCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    const csv = renderCsv(COLUMNS, [{ cycle_id: 'c1', text: 'plain', count: 3 }]);
    expect(csv).toBe('cycle_id,text,count\r\nc1,plain,3\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(renderCsv(COLUMNS, [])).toBe('cycle_id,text,count\r\n');
  });

  it('writes nothing for an empty cell and zero as 0', () => {
    expect(renderCsv(COLUMNS, [{ cycle_id: 'c1', text: null, count: 0 }])).toBe(
      'cycle_id,text,count\r\nc1,,0\r\n',
    );
  });

  it.each([
    ['comma', 'a, b', '"a, b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['line break', 'one\ntwo', '"one\ntwo"'],
    ['CRLF inside', 'one\r\ntwo', '"one\r\ntwo"'],
    ['formula', '=1+1', "'=1+1"],
    ['formula with a comma', '=SUM(A1,B1)', `"'=SUM(A1,B1)"`],
    ['tab first', '\tx', "'\tx"],
    ['unicode', 'Crème 🎉 ü', 'Crème 🎉 ü'],
  ])('quotes and protects: %s', (_, text, field) => {
    expect(renderCsv(COLUMNS, [{ cycle_id: 'c1', text, count: 1 }])).toBe(
      `cycle_id,text,count\r\nc1,${field},1\r\n`,
    );
  });

  it('round-trips through a CSV parser, with only the formula prefix added', () => {
    const texts = ['a, "b"\nc', '=HYPERLINK("http://x","y")', 'naïve 😀', ' spaced ', ''];
    const rows = texts.map((text, index) => ({ cycle_id: `c${index}`, text, count: index }));
    const csv = renderCsv(COLUMNS, rows);
    const records = parse(csv) as string[][];
    expect(records.slice(1).map((record) => record[1])).toEqual([
      'a, "b"\nc',
      `'=HYPERLINK("http://x","y")`,
      'naïve 😀',
      ' spaced ',
      '',
    ]);
  });

  it('starts with a UTF-8 byte order mark only with bom', () => {
    expect(renderCsv(COLUMNS, [], { bom: true })).toBe('\uFEFFcycle_id,text,count\r\n');
    expect(renderCsv(COLUMNS, []).startsWith('\uFEFF')).toBe(false);
  });
});

describe('renderJson', () => {
  it('keeps text as recorded, columns in order, empty cells as null', () => {
    const json = renderJson({
      level: 'cycles',
      columns: COLUMNS,
      rows: [
        { count: 2, text: '=1+1', cycle_id: 'c1' },
        { cycle_id: 'c2', count: 0, text: null },
      ],
      left_out: [{ cycle_id: 'c3', file: 'cycles/x/cycle.yaml', problem: 'broken' }],
    });
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json) as { rows: Record<string, unknown>[] };
    expect(Object.keys(parsed.rows[0]!)).toEqual(COLUMNS);
    expect(parsed).toEqual({
      level: 'cycles',
      columns: COLUMNS,
      rows: [
        { cycle_id: 'c1', text: '=1+1', count: 2 },
        { cycle_id: 'c2', text: null, count: 0 },
      ],
      left_out: [{ cycle_id: 'c3', file: 'cycles/x/cycle.yaml', problem: 'broken' }],
    });
  });
});

import { describe, expect, it } from 'vitest';

import { parseYamlText, placeOf, renderYamlFile } from '../../src/store/yaml-file.js';
import { appendToList, setValue } from '../../src/store/yaml-edit.js';

const PATH = 'cycles/2026/20261203-asmith-k3f9/1-goals.yaml';

describe('YAML files', () => {
  it('round-trips: what timc writes, timc reads back unchanged', () => {
    const text =
      '# yaml-language-server: $schema=../../../.timc/schemas/goals.schema.json\n' +
      '# a hand-written note\nfocus: Inquiry # why\ngoals:\n  - id: g1\n    text: Read\n';
    expect(renderYamlFile(parseYamlText(text, PATH, 'goals'))).toBe(text);
  });

  it('quotes what YAML 1.1 readers would misread, and keeps comments through edits', () => {
    const file = parseYamlText('# keep me\nfocus: ""\ngoals: []\n', PATH, 'goals');
    setValue(file, ['focus'], 'yes');
    appendToList(file, ['goals'], {
      id: 'g1',
      text: 'on',
      due: '2026-12-03',
      at: '2026-12-03T14:05:09Z',
    });

    expect(renderYamlFile(file)).toBe(
      '# yaml-language-server: $schema=../../../.timc/schemas/goals.schema.json\n' +
        '# keep me\nfocus: "yes"\ngoals:\n  - id: g1\n    text: "on"\n' +
        '    due: "2026-12-03"\n    at: "2026-12-03T14:05:09Z"\n',
    );
  });

  it('names the place of a syntax error', () => {
    expect(() => parseYamlText('focus: [a\n', PATH, 'goals')).toThrow(
      new RegExp(`^${PATH}:\\d+:\\d+: not valid YAML`),
    );
    expect(() => parseYamlText('a: 1\na: 2\n', PATH, 'goals')).toThrow(
      /not valid YAML: Map keys must be unique/,
    );
  });

  it('points at the key of a field and at the item of a list', () => {
    const file = parseYamlText('# c\nfocus: x\ngoals:\n  - id: g1\n    bad: 1\n', PATH, 'goals');
    expect(placeOf(file, { path: ['goals', 0, 'bad'], key: true })).toBe(`${PATH}:5:5`);
    expect(placeOf(file, { path: ['goals', 0, 'bad'] })).toBe(`${PATH}:5:10`);
    expect(placeOf(file, { path: ['goals', 0] })).toBe(`${PATH}:4:5`);
    expect(placeOf(file, { path: ['nothing', 'here'] })).toBe(`${PATH}:2:1`);
  });
});

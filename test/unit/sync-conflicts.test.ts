import { describe, expect, it } from 'vitest';

import { describeConflicts } from '../../src/commands/sync-conflicts.js';

const REFLECTION = 'cycles/2026/20261203-asmith-k3f9/5-reflection.yaml';

describe('describeConflicts', () => {
  it('names the cycle, file, field, both values and the commands that keep a side', () => {
    const text = describeConflicts(
      [
        {
          file: REFLECTION,
          field: 'coach.text',
          mine: 'It went well',
          theirs: 'It went "fine"',
        },
        { file: 'members.yaml', reason: 'git could not merge it' },
      ],
      'origin/main',
    );

    expect(text.split('\n')).toEqual([
      'sync stopped: your commits and origin/main changed the same thing in two ways, so ' +
        'nothing was changed here (your commits are as they were, not shared yet)',
      '  cycle 20261203-asmith-k3f9, file 5-reflection.yaml, field coach.text',
      '    yours:  "It went well"',
      '    origin/main:  "It went \\"fine\\""',
      `    keep yours:   timc sync --keep mine ${REFLECTION} coach.text`,
      `    keep theirs:  timc sync --keep theirs ${REFLECTION} coach.text`,
      '  file members.yaml: git could not merge it',
      '    keep yours:   timc sync --keep mine members.yaml',
      '    keep theirs:  timc sync --keep theirs members.yaml',
      '  or keep one side for all of them: timc sync --keep mine|theirs',
    ]);
  });

  it.each([
    [undefined, '(removed)'],
    [null, 'null'],
    [{ id: 'g2', text: 'x' }, '{"id":"g2","text":"x"}'],
    ['x'.repeat(200), `"${'x'.repeat(78)}…`],
  ])('shows %j as %s', (value, shown) => {
    const conflict = { file: 'timc.yaml', field: 'name', mine: value, theirs: 1 };
    const text = describeConflicts([conflict], 'o/m');
    expect(text).toContain(`yours:  ${shown}\n`);
  });
});

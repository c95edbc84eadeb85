import { describe, expect, it } from 'vitest';

import {
  alignmentFromFields,
  problemsWithAlignment,
  problemsWithTimActivity,
  timActivityFromFields,
} from '../../src/model/reference-data.js';

describe('alignments from CSV rows', () => {
  it('trims cells and leaves blank ones out', () => {
    expect(
      alignmentFromFields({ id: ' ISTE-1 ', title: 'Learner ', subject: '', source: 'ISTE' }),
    ).toEqual({ id: 'ISTE-1', title: 'Learner', source: 'ISTE' });
  });

  it.each([
    [{ id: 'A', title: 'T' }, []],
    [{ id: '', title: 'T' }, ['an id is required']],
    [{ id: 'A', title: '' }, ['A: a title is required']],
  ])('%o → %o', (fields, problems) => {
    expect(problemsWithAlignment(alignmentFromFields(fields))).toEqual(problems);
  });
});

describe('TIM activities from CSV rows', () => {
  it('writes the tool as the schema spells it, whatever its case', () => {
    expect(timActivityFromFields({ id: 't1', tool: 'tim-lp', completed: '2026-03-01' })).toEqual({
      id: 't1',
      tool: 'TIM-LP',
      completed: '2026-03-01',
    });
  });

  it.each([
    [{ id: 't1', tool: 'TUPS' }, []],
    [{ id: 't1', tool: 'TIM-R', completed: '2024-02-29', url: 'https://x.org/t1' }, []],
    [{ id: '', tool: 'TUPS' }, ['an id is required']],
    [{ id: 't1', tool: '' }, ['t1: a tool is required (TUPS, TIM-O, TIM-LP, TIM-R)']],
    [{ id: 't1', tool: 'TIM-X' }, ["t1: tool 'TIM-X' is not one of TUPS, TIM-O, TIM-LP, TIM-R"]],
    [
      { id: 't1', tool: 'TUPS', completed: '2026-02-30' },
      ["t1: completed '2026-02-30' is not a date written YYYY-MM-DD"],
    ],
    [
      { id: 't1', tool: 'TUPS', completed: '3/4/2026' },
      ["t1: completed '3/4/2026' is not a date written YYYY-MM-DD"],
    ],
    [
      { id: 't1', tool: 'TUPS', url: 'www.x.org' },
      ["t1: url 'www.x.org' does not start with https:// or http://"],
    ],
  ])('%o → %o', (fields, problems) => {
    expect(problemsWithTimActivity(timActivityFromFields(fields))).toEqual(problems);
  });
});

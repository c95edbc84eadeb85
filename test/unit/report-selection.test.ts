import { describe, expect, it } from 'vitest';

import {
  compareForReport,
  isInReport,
  type ReportFilter,
  startDateOf,
} from '../../src/model/report/selection.js';
import type { CycleInfo } from '../../src/model/types.js';

const PUBLISHED = { coach: '2026-10-01T08:00:00Z', client: '2026-10-02T08:00:00Z' };

function info(overrides: Partial<CycleInfo> = {}): CycleInfo {
  return {
    id: '20260915-asmith-k3f9',
    coach: 'jdoe',
    client: 'asmith',
    school: 'maple',
    created_at: '2026-09-15T23:59:59Z',
    published: PUBLISHED,
    ...overrides,
  };
}

describe('isInReport', () => {
  it.each<[string, Partial<CycleInfo>, ReportFilter, boolean]>([
    ['published by both, no filter', {}, {}, true],
    [
      'published by the coach only',
      { published: { coach: PUBLISHED.coach, client: null } },
      {},
      false,
    ],
    ['published by the client only', { published: { client: PUBLISHED.client } }, {}, false],
    ['published by neither', { published: undefined }, {}, false],
    [
      'unpublished again (empty text)',
      { published: { coach: '', client: PUBLISHED.client } },
      {},
      false,
    ],
    ['--from on the start day', {}, { from: '2026-09-15' }, true],
    ['--from the day after', {}, { from: '2026-09-16' }, false],
    ['--to on the start day (inclusive, late in the day)', {}, { to: '2026-09-15' }, true],
    ['--to the day before', {}, { to: '2026-09-14' }, false],
    ['--from and --to around it', {}, { from: '2026-09-01', to: '2026-09-30' }, true],
    [
      'no created_at: the date in the id',
      { created_at: undefined },
      { from: '2026-09-15', to: '2026-09-15' },
      true,
    ],
    [
      'no created_at: the date in the id, outside',
      { created_at: undefined },
      { to: '2026-09-14' },
      false,
    ],
    ['--school matches', {}, { school: 'maple' }, true],
    ['--school differs', {}, { school: 'oak' }, false],
    ['--school and no school', { school: undefined }, { school: 'maple' }, false],
    ['--coach matches', {}, { coach: 'jdoe' }, true],
    ['--coach differs (the client is not the coach)', {}, { coach: 'asmith' }, false],
    ['--client matches', {}, { client: 'asmith' }, true],
    ['--client differs', {}, { client: 'jdoe' }, false],
    [
      'every filter at once',
      {},
      { from: '2026-09-15', to: '2026-09-15', school: 'maple', coach: 'jdoe', client: 'asmith' },
      true,
    ],
  ])('%s', (_, overrides, filter, expected) => {
    expect(isInReport(info(overrides), filter)).toBe(expected);
  });
});

describe('startDateOf', () => {
  it.each<[Partial<CycleInfo>, string | undefined]>([
    [{}, '2026-09-15'],
    [{ created_at: undefined }, '2026-09-15'],
    [{ created_at: '' }, '2026-09-15'],
    [{ created_at: undefined, id: 'not-an-id' }, undefined],
  ])('%j gives %s', (overrides, expected) => {
    expect(startDateOf(info(overrides))).toBe(expected);
  });
});

describe('compareForReport', () => {
  it('orders by created_at, then id, by code point', () => {
    const cycles = [
      info({ id: '20260915-b-aaaa', created_at: '2026-09-15T10:00:00Z' }),
      info({ id: '20260915-a_b-aaaa', created_at: '2026-09-15T10:00:00Z' }),
      info({ id: '20260915-a-b-aaaa', created_at: '2026-09-15T10:00:00Z' }),
      info({ id: '20260101-z-aaaa', created_at: '2026-09-16T00:00:00Z' }),
      info({ id: '20260914-y-aaaa', created_at: undefined }),
      info({ id: '20260915-c-aaaa', created_at: '2026-09-14T10:00:00Z' }),
    ];
    expect(cycles.sort(compareForReport).map((cycle) => cycle.id)).toEqual([
      '20260914-y-aaaa',
      '20260915-c-aaaa',
      '20260915-a-b-aaaa',
      '20260915-a_b-aaaa',
      '20260915-b-aaaa',
      '20260101-z-aaaa',
    ]);
  });
});

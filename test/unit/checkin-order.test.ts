import { describe, expect, it } from 'vitest';

import { compareCheckinFiles } from '../../src/store/layout.js';

describe('compareCheckinFiles', () => {
  it('orders check-ins as they were logged', () => {
    const names = [
      '20261204T152007Z-jdoe.yaml',
      '20261204T152007Z-asmith-10.yaml',
      '20261204T152007Z-asmith-2.yaml',
      '20261204T152007Z-asmith.yaml',
      '20261204T101500Z-jdoe.yaml',
    ];
    expect([...names].sort(compareCheckinFiles)).toEqual([
      '20261204T101500Z-jdoe.yaml',
      '20261204T152007Z-asmith.yaml',
      '20261204T152007Z-asmith-2.yaml',
      '20261204T152007Z-asmith-10.yaml',
      '20261204T152007Z-jdoe.yaml',
    ]);
  });
});

import { describe, expect, it } from 'vitest';

import { groupCycleFiles } from '../../src/store/cycle-file-groups.js';

describe('groupCycleFiles', () => {
  it('sorts the files timc reads into cycle folders, by id', () => {
    const groups = groupCycleFiles([
      'timc.yaml',
      'members.yaml',
      'tim/asmith.yaml',
      'cycles/2026/20260915-bkim-zz99/cycle.yaml',
      'cycles/2026/20260915-asmith-k3f9/checkins/20261003T090000Z-jdoe.yaml',
      'cycles/2026/20260915-asmith-k3f9/checkins/20261001T090000Z-asmith.yaml',
      'cycles/2026/20260915-asmith-k3f9/checkins/.20261002T090000Z-jdoe.yaml.123-ab.tmp',
      'cycles/2026/20260915-asmith-k3f9/checkins/.hidden.yaml',
      'cycles/2026/20260915-asmith-k3f9/checkins/notes.txt',
      'cycles/2026/20260915-asmith-k3f9/cycle.yaml',
      'cycles/2026/20260915-asmith-k3f9/1-goals.yaml',
      'cycles/2026/20260915-asmith-k3f9/5-reflection.yaml',
      'cycles/2026/20260915-asmith-k3f9/notes.md',
      'cycles/2026/20260915-asmith-k3f9/.1-goals.yaml.99-ff.tmp',
      'cycles/2026/20250101-lchen-aaaa/cycle.yaml',
      'cycles/2026/not-a-cycle/cycle.yaml',
      'cycles/2026/20260916-lchen-bbbb/2-activities.yaml',
    ]);

    expect(groups).toEqual([
      {
        id: '20260915-asmith-k3f9',
        folder: 'cycles/2026/20260915-asmith-k3f9',
        info: 'cycles/2026/20260915-asmith-k3f9/cycle.yaml',
        phases: [
          'cycles/2026/20260915-asmith-k3f9/1-goals.yaml',
          'cycles/2026/20260915-asmith-k3f9/5-reflection.yaml',
        ],
        checkins: [
          'cycles/2026/20260915-asmith-k3f9/checkins/20261001T090000Z-asmith.yaml',
          'cycles/2026/20260915-asmith-k3f9/checkins/20261003T090000Z-jdoe.yaml',
        ],
      },
      {
        id: '20260915-bkim-zz99',
        folder: 'cycles/2026/20260915-bkim-zz99',
        info: 'cycles/2026/20260915-bkim-zz99/cycle.yaml',
        phases: [],
        checkins: [],
      },
      {
        id: '20260916-lchen-bbbb',
        folder: 'cycles/2026/20260916-lchen-bbbb',
        phases: ['cycles/2026/20260916-lchen-bbbb/2-activities.yaml'],
        checkins: [],
      },
    ]);
  });
});

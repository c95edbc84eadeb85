import { describe, expect, it } from 'vitest';

import { checkMissingFiles, classifyPath } from '../../../src/model/rules/repository-layout.js';
import { CYCLE, factsFrom, INFO, summarize } from './facts-from.js';

describe('classifyPath', () => {
  it.each([
    ['timc.yaml', 'settings'],
    ['members.yaml', 'members'],
    ['alignments.yaml', 'alignments'],
    ['tim/asmith.yaml', 'tim'],
    [`${CYCLE}/cycle.yaml`, 'cycle'],
    [`${CYCLE}/1-goals.yaml`, 'goals'],
    [`${CYCLE}/5-reflection.yaml`, 'reflection'],
    [`${CYCLE}/checkins/20261204T100000Z-jdoe.yaml`, 'checkin'],
    ['cycles/drafts/20261203-asmith-k3f9/cycle.yaml', 'cycle'],
    ['docker-compose.yaml', 'ignored'],
    ['README.md', 'ignored'],
    [`${CYCLE}/.DS_Store`, 'ignored'],
    ['tim/.gitkeep', 'ignored'],
    ['cycles', 'unknown-file'],
    ['tim', 'unknown-file'],
    ['tim/notes.txt', 'unknown-file'],
    ['tim/old/asmith.yaml', 'unknown-file'],
    ['cycles/README.md', 'unknown-file'],
    ['cycles/2026/list.yaml', 'unknown-file'],
    [`${CYCLE}/notes.yaml`, 'unknown-file'],
    [`${CYCLE}/checkins`, 'unknown-file'],
    [`${CYCLE}/checkins/note.txt`, 'unknown-file'],
    [`${CYCLE}/1-goals/x.yaml`, 'unknown-file'],
  ])('%s: %s', (path, expected) => {
    const found = classifyPath(path);
    const problem = 'problem' in found ? found.problem.rule : 'ignored';
    const actual = 'kind' in found ? found.kind : problem;
    expect(actual).toBe(expected);
  });

  it('suggests the file name a typo was meant to be', () => {
    const found = classifyPath(`${CYCLE}/3-progres.yaml`);
    expect('problem' in found && found.problem.message).toMatch(/did you mean `3-progress\.yaml`/);
  });
});

describe('checkMissingFiles', () => {
  it('wants members.yaml and a cycle.yaml in each cycle folder', () => {
    const facts = factsFrom({
      [`${CYCLE}/cycle.yaml`]: INFO,
      'cycles/2026/20261204-jdoe-zz00/1-goals.yaml': {},
    });
    expect(summarize(checkMissingFiles(facts, new Set(['timc.yaml'])))).toEqual([
      'missing-file members.yaml 1:1',
      'missing-file cycles/2026/20261204-jdoe-zz00/cycle.yaml 1:1',
    ]);
    expect(checkMissingFiles(facts, new Set(['members.yaml']))).toHaveLength(1);
  });
});

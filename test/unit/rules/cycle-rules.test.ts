import { describe, expect, it } from 'vitest';

import { checkCycleFolders } from '../../../src/model/rules/cycle-folder.js';
import { checkCyclePeople } from '../../../src/model/rules/cycle-people.js';
import { checkCycleIds } from '../../../src/model/rules/duplicate-ids.js';
import { checkTimEvidence } from '../../../src/model/rules/tim-evidence.js';
import { CYCLE, factsFrom, INFO, summarize } from './facts-from.js';

const CHECKIN = `${CYCLE}/checkins/20261204T100000Z-x.yaml`;
const TIM = (member: string) => ({ supporting_data: [{ tim: { member, id: 't1' } }] });

describe('checkCyclePeople', () => {
  it.each([
    ['coach and client differ, check-ins by either', { ...INFO }, ['jdoe', 'asmith'], []],
    [
      'coach equals client',
      { ...INFO, coach: 'asmith' },
      [],
      ['coach-is-client cycle.yaml client'],
    ],
    [
      'a check-in by a third person',
      { ...INFO },
      ['bkim'],
      ['checkin-outsider checkins/20261204T100000Z-x.yaml author'],
    ],
    ['no check-in rule without both people', { id: INFO.id, coach: 'jdoe' }, ['bkim'], []],
  ] as const)('%s', (_, info, authors, expected) => {
    const files: Record<string, unknown> = { [`${CYCLE}/cycle.yaml`]: info };
    authors.forEach((author, index) => {
      files[CHECKIN.replace('x', `${author}-${index}`)] = { author };
    });
    const problems = summarize(checkCyclePeople(factsFrom(files)));
    expect(problems.map((line) => line.replace(/-\w+-\d+\.yaml/, '-x.yaml'))).toEqual(expected);
  });
});

describe('checkTimEvidence', () => {
  it.each([
    ["allowed and the client's", { ...INFO, tim_access: true }, TIM('asmith'), []],
    [
      'access off',
      { ...INFO, tim_access: false },
      TIM('asmith'),
      ['tim-consent 1-goals.yaml supporting_data.0.tim'],
    ],
    [
      'access left out counts as off',
      { ...INFO },
      TIM('asmith'),
      ['tim-consent 1-goals.yaml supporting_data.0.tim'],
    ],
    [
      'access as text is not consent',
      { ...INFO, tim_access: 'true' },
      TIM('asmith'),
      ['tim-consent 1-goals.yaml supporting_data.0.tim'],
    ],
    [
      "the coach's own activities",
      { ...INFO, tim_access: true },
      TIM('jdoe'),
      ['tim-owner 1-goals.yaml supporting_data.0.tim.member'],
    ],
    ['no cycle.yaml: nothing to judge by', undefined, TIM('jdoe'), []],
  ])('%s', (_, info, goals, expected) => {
    const files: Record<string, unknown> = { [`${CYCLE}/1-goals.yaml`]: goals };
    if (info) files[`${CYCLE}/cycle.yaml`] = info;
    expect(summarize(checkTimEvidence(factsFrom(files)))).toEqual(expected);
  });
});

describe('checkCycleIds', () => {
  it('finds goal and activity ids used twice in one cycle, not across cycles', () => {
    const facts = factsFrom({
      [`${CYCLE}/1-goals.yaml`]: { goals: [{ id: 'g1' }, { id: 'g2' }, { id: 'g1' }] },
      [`${CYCLE}/2-activities.yaml`]: { activities: [{ id: 'a1' }, { id: 'a1' }] },
      'cycles/2026/20261203-jdoe-zzzz/1-goals.yaml': { goals: [{ id: 'g1' }] },
    });
    expect(summarize(checkCycleIds(facts))).toEqual([
      'duplicate-id 1-goals.yaml goals.2.id',
      'duplicate-id 2-activities.yaml activities.1.id',
    ]);
  });
});

describe('checkCycleFolders', () => {
  it.each([
    ['cycles/2026/20261203-asmith-k3f9', '20261203-asmith-k3f9', []],
    ['cycles/2026/20261203-asmith-k3f9', '20261203-asmith-k3f8', ['cycle-folder id']],
    ['cycles/2025/20261203-asmith-k3f9', '20261203-asmith-k3f9', ['cycle-folder 1:1']],
    ['cycles/old/20261203-asmith-k3f9', '20261203-asmith-k3f9', ['cycle-folder 1:1']],
    ['cycles/2026/science', '20261203-asmith-k3f9', ['cycle-folder 1:1']],
  ])('%s with id %s', (folder, id, expected) => {
    const facts = factsFrom({ [`${folder}/cycle.yaml`]: { ...INFO, id } });
    const problems = checkCycleFolders(facts);
    expect(summarize(problems).map((line) => line.replace(/ \S+ /, ' '))).toEqual(expected);
  });

  it('says where a cycle filed under the wrong year belongs', () => {
    const facts = factsFrom({ 'cycles/2025/20261203-asmith-k3f9/cycle.yaml': INFO });
    expect(checkCycleFolders(facts)[0]!.message).toMatch(/move it to cycles\/2026\/20261203-/);
  });
});

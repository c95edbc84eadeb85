import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { entriesById, planNewIds } from '../../src/merge/id-collisions.js';
import { renumberDocument, renumberMessage, type Renumbering } from '../../src/merge/renumber.js';

const entries = (...ids: [string, unknown][]) => new Map(ids);

describe('planNewIds', () => {
  it.each([
    {
      name: 'both sides minted g2 for different goals: the replayed g2 becomes g3',
      base: entries(['g1', { id: 'g1' }]),
      kept: entries(['g1', { id: 'g1' }], ['g2', { id: 'g2', text: 'A' }]),
      moved: entries(['g1', { id: 'g1' }], ['g2', { id: 'g2', text: 'B' }]),
      expected: [['g2', 'g3']],
    },
    {
      name: 'the same goal minted on both sides is one goal',
      base: entries(),
      kept: entries(['g1', { id: 'g1', text: 'A' }]),
      moved: entries(['g1', { id: 'g1', text: 'A' }]),
      expected: [],
    },
    {
      name: 'two collisions get fresh ids above every id in use, in order',
      base: entries(),
      kept: entries(['g1', { text: 'A' }], ['g2', { text: 'B' }]),
      moved: entries(['g1', { text: 'C' }], ['g2', { text: 'D' }], ['g3', { text: 'E' }]),
      expected: [
        ['g1', 'g4'],
        ['g2', 'g5'],
      ],
    },
    {
      name: 'an id only the replayed side minted stays',
      base: entries(['g1', {}]),
      kept: entries(['g1', {}]),
      moved: entries(['g1', {}], ['g2', { text: 'B' }]),
      expected: [],
    },
    {
      name: 'an id minted and removed again on the replayed side still gives way',
      base: entries(),
      kept: entries(['g1', { text: 'A' }]),
      moved: entries(),
      ever: ['g1'],
      expected: [['g1', 'g2']],
    },
  ])('$name', ({ base, kept, moved, ever, expected }) => {
    const movedEver = new Set(ever ?? moved.keys());
    expect([...planNewIds('g', { base, kept, moved, movedEver })]).toEqual(expected);
  });
});

const RENUMBERING: Renumbering = {
  goals: new Map([['g2', 'g3']]),
  activities: new Map([
    ['a1', 'a2'],
    ['a2', 'a3'],
  ]),
};

describe('renumberDocument', () => {
  it.each([
    {
      kind: 'goals',
      text: 'goals:\n  - id: g1\n  - id: g2 # mine\n',
      expected: { goals: [{ id: 'g1' }, { id: 'g3' }] },
    },
    {
      kind: 'activities',
      text: 'activities:\n  - {id: a1, goal: g2}\n  - {id: a2, goal: g1}\n',
      expected: {
        activities: [
          { id: 'a2', goal: 'g3' },
          { id: 'a3', goal: 'g1' },
        ],
      },
    },
    {
      kind: 'progress',
      text: 'progress:\n  - {activity: a1, status: done}\n',
      expected: { progress: [{ activity: 'a2', status: 'done' }] },
    },
    {
      kind: 'outcomes',
      text: 'outcomes:\n  - {goal: g2, result: met}\n',
      expected: { outcomes: [{ goal: 'g3', result: 'met' }] },
    },
    {
      kind: 'checkin',
      text: 'author: jdoe\nactivity: a2\n',
      expected: { author: 'jdoe', activity: 'a3' },
    },
  ])('rewrites ids and references in a $kind file at once', ({ kind, text, expected }) => {
    const doc = parseDocument(text);
    expect(renumberDocument(kind, doc, RENUMBERING)).toBe(true);
    expect(doc.toJS()).toEqual(expected);
  });

  it('keeps comments and reports no change when no id is renumbered', () => {
    const doc = parseDocument('goals:\n  - id: g2 # mine\n');
    renumberDocument('goals', doc, RENUMBERING);
    expect(doc.toString()).toBe('goals:\n  - id: g3 # mine\n');
    const untouched = parseDocument('goals:\n  - id: g1\n');
    expect(renumberDocument('goals', untouched, RENUMBERING)).toBe(false);
  });
});

describe('renumberMessage', () => {
  it.each([
    ['20261203-asmith-k3f9: add goal g2', '20261203-asmith-k3f9: add goal g3'],
    ['20261203-asmith-k3f9: activity a1 for g2', '20261203-asmith-k3f9: activity a2 for g3'],
    ['20261203-asmith-k3f9: add goal g22', '20261203-asmith-k3f9: add goal g22'],
    ['20261203-bkim-zzzz: add goal g2', '20261203-bkim-zzzz: add goal g2'],
  ])('%s', (message, expected) => {
    expect(renumberMessage(message, '20261203-asmith-k3f9', RENUMBERING)).toBe(expected);
  });
});

describe('entriesById', () => {
  it.each([
    { text: undefined, expected: [] },
    { text: 'goals: [', expected: [] },
    { text: 'goals: nope', expected: [] },
    {
      text: 'goals:\n  - {id: g1, text: A}\n  - {text: no id}\n',
      expected: [['g1', { id: 'g1', text: 'A' }]],
    },
  ])('$text', ({ text, expected }) => {
    expect([...entriesById(text, 'goals')]).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';

import { checkCheckinRequest, makeCheckin } from '../../src/model/checkin-entry.js';

describe('checkCheckinRequest', () => {
  it.each([
    [{ kind: 'obstacle', text: 'x' }, undefined],
    [{ kind: 'success', activity: 'a1' }, undefined],
    [{}, undefined],
    [{ kind: 'problem' }, /--kind must be one of event, question, insight, obstacle, success/],
    [{ kind: 'event', activity: 'a4' }, /no activity 'a4' in this cycle: its activities are a1/],
  ])('%j', (request, message) => {
    const result = checkCheckinRequest(request, ['a1']);
    if (message === undefined) expect(result).toBeUndefined();
    else expect(result?.refused).toMatch(message);
  });

  it('calls an unknown kind bad usage and an unknown activity a failure', () => {
    expect(checkCheckinRequest({ kind: 'x' }, [])?.usage).toBe(true);
    expect(checkCheckinRequest({ activity: 'a1' }, [])?.usage).toBeUndefined();
  });
});

describe('makeCheckin', () => {
  it('keeps the trimmed text and the activity', () => {
    expect(makeCheckin('asmith', 'T', 'event', ' went well ', 'a1')).toEqual({
      author: 'asmith',
      at: 'T',
      kind: 'event',
      text: 'went well',
      activity: 'a1',
    });
  });

  it.each([[''], ['  '], [undefined]])('leaves out the text %j', (text) => {
    expect(makeCheckin('jdoe', 'T', 'question', text, undefined)).toEqual({
      author: 'jdoe',
      at: 'T',
      kind: 'question',
    });
  });
});

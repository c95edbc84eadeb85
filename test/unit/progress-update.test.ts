import { describe, expect, it } from 'vitest';

import {
  checkProgressRequest,
  findProgressEntry,
  type ProgressRequest,
} from '../../src/model/progress-update.js';
import type { FieldPolicy } from '../../src/model/types.js';

describe('checkProgressRequest', () => {
  it.each<[string, ProgressRequest, FieldPolicy | undefined, RegExp | undefined, boolean?]>([
    ['a known activity and status', { activity: 'a1', status: 'done' }, undefined, undefined],
    ['nothing given yet (to be asked)', {}, undefined, undefined],
    [
      'an unknown activity',
      { activity: 'a7', status: 'done' },
      undefined,
      /no activity 'a7'.*a1, a2/,
      false,
    ],
    [
      'an unknown status',
      { activity: 'a1', status: 'finished' },
      undefined,
      /--status must be one of not-started, in-progress, done \(found 'finished'\)/,
      true,
    ],
    [
      'the progress phase switched off',
      { activity: 'a1' },
      { disabled: ['progress'] },
      /the progress phase is switched off.*policy\.disabled: progress/,
      false,
    ],
    [
      'a note switched off',
      { activity: 'a1', note: 'x' },
      { disabled: ['progress.note'] },
      /progress\.note is switched off/,
      false,
    ],
  ])('%s', (_, request, policy, message, usage) => {
    const result = checkProgressRequest(request, ['a1', 'a2'], policy);
    if (message === undefined) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result?.refused).toMatch(message);
    expect(Boolean(result?.usage)).toBe(usage);
  });

  it('says how to plan an activity when there is none', () => {
    expect(checkProgressRequest({ activity: 'a1' }, [], undefined)?.refused).toMatch(
      /no activities yet.*timc activity add/,
    );
  });
});

describe('findProgressEntry', () => {
  it.each([
    ['a1', 0],
    ['a2', 1],
    ['a3', -1],
  ])('finds %s at %i', (activity, index) => {
    expect(findProgressEntry([{ activity: 'a1' }, { activity: 'a2' }], activity)).toBe(index);
  });
});

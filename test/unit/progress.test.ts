import { describe, expect, it } from 'vitest';

import { Progress } from '../../src/cli/progress.js';

function recorder() {
  const written: string[] = [];
  const stream = {
    write: (text: string) => written.push(text),
  } as unknown as NodeJS.WritableStream;
  return { written, stream };
}

describe('Progress', () => {
  it.each<[string, boolean, number, string[]]>([
    ['a quick run at a terminal shows nothing', true, 500, []],
    [
      'a long run at a terminal shows and then clears the line',
      true,
      1500,
      ['\r\u001b[Kreading 1/2', '\r\u001b[K'],
    ],
    ['a long run off a terminal shows nothing', false, 1500, []],
  ])('%s', (_, enabled, elapsed, expected) => {
    const { written, stream } = recorder();
    let now = 0;
    const progress = new Progress(stream, { enabled, now: () => now });

    now = elapsed;
    progress.update('reading 1/2');
    progress.finish();
    expect(written).toEqual(expected);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo, removeTemporaryFolders, type TestRepo } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

/** The built module (the cache needs the build's stamp, the threads its compiled worker). */
type ScanModule = typeof import('../../src/store/repository-scan.js');
const scanModule = new URL('../../dist/store/repository-scan.js', import.meta.url).href;
let scan: ScanModule;

const CHECKINS = 90;

function checkinPath(n: number): string {
  const stamp = `20260107T1000${String(n).padStart(2, '0')}Z`;
  return `cycles/2026/20260105-asmith-abcd/checkins/${stamp}-jdoe.yaml`;
}

function textOf(file: { data?: unknown } | undefined): string | undefined {
  return (file?.data as { text?: string } | undefined)?.text;
}

function checkinText(n: number, text: string): string {
  return `author: jdoe\nat: "2026-01-07T10:00:00Z"\nkind: event\ntext: ${text} ${n}\n`;
}

/** Scans every file, on threads (even for a few files) or in this thread. */
async function scanAll(repo: TestRepo, threads: number) {
  const files = await scan.listRepositoryFiles(repo.root);
  const scanned = await scan.scanFiles(repo.root, files, { threads, threadThreshold: 0 });
  return new Map(scanned.map((file) => [file.relPath, file]));
}

describe('scanFiles with its cache of parsed files', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    scan = (await import(scanModule)) as ScanModule;
    repo = await makeRepo();
    for (let n = 0; n < CHECKINS; n += 1) repo.write(checkinPath(n), checkinText(n, 'Committed'));
    repo.write(checkinPath(CHECKINS), 'author: [unclosed\n');
    await repo.git(['add', '.']);
    await repo.git(['commit', '-q', '-m', 'test: check-ins']);
  });

  it('reads the same on threads and in one thread, and fills the cache', async () => {
    const threaded = await scanAll(repo, 2);
    expect(existsSync(join(repo.root, '.git/timc/cache-v1/files'))).toBe(true);
    const single = await scanAll(repo, 1);

    expect(threaded.size).toBe(CHECKINS + 3);
    expect([...threaded.values()]).toEqual([...single.values()]);
    expect(threaded.get(checkinPath(5))).toEqual({
      relPath: checkinPath(5),
      kind: 'checkin',
      data: { author: 'jdoe', at: '2026-01-07T10:00:00Z', kind: 'event', text: 'Committed 5' },
    });
    expect(threaded.get(checkinPath(CHECKINS))?.error).toMatch(
      /^Flow sequence .* at line 2, column 1:$/,
    );
  });

  it('never serves a file changed, added or removed in the work tree from the cache', async () => {
    await scanAll(repo, 2);
    repo.write(checkinPath(1), checkinText(1, 'Changed'));
    repo.write(checkinPath(CHECKINS + 1), checkinText(CHECKINS + 1, 'Untracked'));
    repo.write(checkinPath(CHECKINS), checkinText(CHECKINS, 'Repaired'));
    await repo.git(['rm', '-q', '--cached', '--', checkinPath(2)]);

    for (const threads of [2, 1]) {
      const files = await scanAll(repo, threads);
      expect(textOf(files.get(checkinPath(1)))).toBe('Changed 1');
      expect(textOf(files.get(checkinPath(CHECKINS)))).toBe(`Repaired ${CHECKINS}`);
      expect(textOf(files.get(checkinPath(CHECKINS + 1)))).toBe(`Untracked ${CHECKINS + 1}`);
      expect(textOf(files.get(checkinPath(2)))).toBe('Committed 2');
      expect(textOf(files.get(checkinPath(3)))).toBe('Committed 3');
    }
  });

  it('keeps values JSON cannot hold, and reports a file that vanished', async () => {
    repo.write(checkinPath(4), 'author: jdoe\nat: .inf\nkind: -.0\n');
    const files = await scanAll(repo, 1);
    const again = await scanAll(repo, 1);

    expect(files.get(checkinPath(4))?.data).toEqual({ author: 'jdoe', at: Infinity, kind: -0 });
    expect(Object.is((again.get(checkinPath(4))?.data as { kind: number }).kind, -0)).toBe(true);

    const gone = await scan.scanFiles(repo.root, ['tim/nobody.yaml']);
    expect(gone[0]).toMatchObject({ relPath: 'tim/nobody.yaml', kind: 'tim', failure: 'missing' });
  });
});

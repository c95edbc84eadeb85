import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { removeTemporaryFolders, temporaryFolder } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

const ATOMIC_WRITE = fileURLToPath(new URL('../../dist/store/atomic-write.js', import.meta.url));

/** About 850 kB, so that writing it takes long enough to be killed in the middle. */
function versionText(letter: string): string {
  return `${letter.repeat(70)}\n`.repeat(12_000);
}

/**
 * A node process writing version `letter` to `path` with timc's atomic write, killed `ms` after
 * its temporary file appears, so somewhere in the write, the flush or the rename.
 */
function writeAndKill(path: string, letter: string, ms: number): Promise<string | null> {
  const script =
    `const { writeFilesAtomically } = await import(${JSON.stringify(ATOMIC_WRITE)});` +
    `const text = ${JSON.stringify(letter)}.repeat(70).concat('\\n').repeat(12000);` +
    `await writeFilesAtomically([{ path: ${JSON.stringify(path)}, text }]);`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: 'ignore',
    });
    const watcher = watch(dirname(path), (_, name) => {
      if (String(name).endsWith('.tmp')) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('exit', (_, signal) => {
      watcher.close();
      resolve(signal);
    });
  });
}

describe('writeFilesAtomically killed at random moments', () => {
  it('leaves the old text or the new one, whole, every time', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'members.yaml');
    const versions = [versionText('a'), versionText('b')];
    writeFileSync(path, versions[0]!);
    const started = Date.now();
    const outcomes = new Set<string>();

    for (let round = 0; round < 16 && Date.now() - started < 4_000; round += 1) {
      const signal = await writeAndKill(path, round % 2 === 0 ? 'b' : 'a', Math.random() * 12);
      const text = readFileSync(path, 'utf8');
      expect([versions[0], versions[1]]).toContain(text);
      outcomes.add(signal ? 'killed' : 'finished');
    }

    expect(outcomes.has('killed')).toBe(true);
    const leftovers = readdirSync(folder).filter((name) => name.endsWith('.tmp'));
    const ours = /^\.members\.yaml\.\d+-[0-9a-f]{8}\.tmp$/;
    expect(leftovers.every((name) => ours.test(name))).toBe(true);
  });
});

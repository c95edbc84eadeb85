import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { temporaryFolder } from './repo.js';

/** The validate corpus: `base/` is a valid repository, each case under `cases/` breaks it. */
export const VALIDATE_FIXTURES = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));

const CYCLE = 'cycles/2026/20261203-asmith-k3f9';

/** What a case needs that a folder of files kept in git cannot hold. */
const SETUPS: Record<string, (root: string) => void> = {
  symlink(root) {
    const outside = temporaryFolder('timc-outside-');
    writeFileSync(join(outside, 'cycle.yaml'), 'id: 20261203-jdoe-out1\n');
    symlinkSync('/etc/passwd', join(root, 'tim/bkim.yaml'));
    symlinkSync('../members.yaml', join(root, 'tim/jdoe.yaml'));
    symlinkSync(outside, join(root, 'cycles/2026/20261203-jdoe-out1'));
    symlinkSync('/etc', join(root, 'cycles/2027'));
  },
  'file-too-large'(root) {
    const padding = `# ${'x'.repeat(4 * 1024 * 1024)}\n`;
    writeFileSync(join(root, CYCLE, '4-outcomes.yaml'), `outcomes: []\n${padding}`);
  },
  'not-a-file'(root) {
    const fifo = join(root, CYCLE, 'fifo');
    execFileSync('mkfifo', [fifo]);
    renameSync(fifo, join(root, CYCLE, '3-progress.yaml'));
  },
  'symlinked-folders'(root) {
    const outside = temporaryFolder('timc-outside-');
    mkdirSync(join(outside, '2026/20261203-eve-abcd'), { recursive: true });
    rmSync(join(root, 'tim'), { recursive: true });
    renameSync(join(root, 'cycles'), join(root, 'old-cycles'));
    symlinkSync(outside, join(root, 'cycles'));
    symlinkSync('/etc', join(root, 'tim'));
  },
  'missing-file'(root) {
    mkdirSync(join(root, 'cycles/2026/20261206-bkim-zz00'));
  },
};

export function listValidateCases(): string[] {
  return readdirSync(join(VALIDATE_FIXTURES, 'cases')).sort();
}

/**
 * A temporary copy of the base repository with a case applied: the paths in the case's
 * `remove.txt` deleted, then the case's `repo/` copied over it.
 */
export function copyValidateCase(name?: string): string {
  const root = join(temporaryFolder('timc-validate-'), 'repo');
  cpSync(join(VALIDATE_FIXTURES, 'base'), root, { recursive: true });
  if (name === undefined) return root;

  const folder = join(VALIDATE_FIXTURES, 'cases', name);
  const removals = join(folder, 'remove.txt');
  if (existsSync(removals)) {
    for (const path of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) {
      rmSync(join(root, path), { recursive: true, force: true });
    }
  }
  if (existsSync(join(folder, 'repo'))) {
    mkdirSync(root, { recursive: true });
    cpSync(join(folder, 'repo'), root, { recursive: true });
  }
  SETUPS[name]?.(root);
  return root;
}

export interface ExpectedDiagnostic {
  /** `path:line:col: severity [rule]`, compared exactly. */
  place: string;
  /** A part of the message that must appear in it. */
  fragment: string;
}

/** The case's `expected.txt`: one `path:line:col: severity [rule] fragment` per line. */
export function readExpected(name: string): ExpectedDiagnostic[] {
  const text = readFileSync(join(VALIDATE_FIXTURES, 'cases', name, 'expected.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\S+:\d+:\d+: (?:error|warning) \[[a-z0-9-]+\])\s*(.*)$/.exec(line);
      if (!match) throw new Error(`${name}/expected.txt: cannot read the line '${line}'`);
      return { place: match[1]!, fragment: match[2]! };
    });
}

import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';

import { TimcError } from '../errors.js';
import { packagePath } from '../store/package-files.js';
import { readHooksFolder } from './git.js';

/** Marks a hook as timc's own, so that installing again replaces it and nothing else. */
const MARK = 'installed by `timc init --hooks`';

/**
 * Installs the pre-commit hook that runs `timc validate` on the staged cycle files, and
 * returns its path. A pre-commit hook of another origin is left alone: the error says what
 * line to add to it.
 */
export async function installPreCommitHook(root: string): Promise<string> {
  const hooks = await readHooksFolder(root);
  const path = `${hooks}/pre-commit`;
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined && !existing.includes(MARK)) {
    throw new TimcError(
      `${path} exists already and is not timc's: add timc's check to it by hand (see ` +
        `${packagePath('templates', 'git', 'pre-commit')})`,
    );
  }

  const text = await readFile(packagePath('templates', 'git', 'pre-commit'), 'utf8');
  await mkdir(hooks, { recursive: true });
  await writeFile(path, text);
  await chmod(path, 0o755);
  return path;
}

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { CommandContext } from '../cli/context.js';
import { commitChange } from '../cli/record-change.js';
import { TimcError } from '../errors.js';
import { writeFilesAtomically } from '../store/atomic-write.js';
import { MEMBERS_FILE, SCHEMAS_FOLDER, SETTINGS_FILE } from '../store/layout.js';
import { packagePath } from '../store/package-files.js';
import { saveYamlFiles } from '../store/save-files.js';
import { fileFromTemplate } from '../store/templates.js';
import { setValue } from '../store/yaml-edit.js';

const WORKFLOW_FILE = '.github/workflows/timc-validate.yml';

/** Git settings a cycle repository carries: timc's merge driver, and its temporary files. */
const GIT_FILES = [
  { relPath: '.gitattributes', template: 'gitattributes' },
  { relPath: '.gitignore', template: 'gitignore' },
];

export interface InitOptions {
  name?: string;
  /** Also install the pre-commit hook that runs `timc validate` (alone in a repository). */
  hooks?: boolean;
}

/** `timc init [DIR]`: a new cycle repository, committed as its first commit. */
export async function initRepositoryCommand(
  context: CommandContext,
  dir: string | undefined,
  options: InitOptions,
): Promise<void> {
  const root = resolve(context.cwd, dir ?? '.');
  if (existsSync(`${root}/${SETTINGS_FILE}`)) {
    if (options.hooks) return installHook(context, root);
    throw new TimcError(`${root} is already a cycle repository (it has ${SETTINGS_FILE})`);
  }
  await mkdir(root, { recursive: true });

  const git = await import('../git/git.js');
  if (!(await git.isInsideWorkTree(root))) await git.initRepository(root);

  const settings = await fileFromTemplate('timc.yaml', SETTINGS_FILE, 'settings');
  if (options.name !== undefined) setValue(settings, ['name'], options.name);
  const members = await fileFromTemplate('members.yaml', MEMBERS_FILE, 'members');
  await saveYamlFiles(root, [settings, members]);

  const copies = [...(await schemaCopies()), await workflowCopy(), ...(await gitFileCopies(root))];
  await writeFilesAtomically(
    copies.map((copy) => ({ path: `${root}/${copy.relPath}`, text: copy.text })),
  );

  if (context.options.commit !== false) {
    const written = [SETTINGS_FILE, MEMBERS_FILE, ...copies.map((copy) => copy.relPath)];
    await commitChange(root, written, 'timc: set up the cycle repository');
  }

  context.output.done(`Created a cycle repository in ${root}`);
  if (options.hooks) await installHook(context, root);
  context.output.done('Next: timc member add ID --name NAME --email EMAIL, then timc new');
}

async function installHook(context: CommandContext, root: string): Promise<void> {
  const { installPreCommitHook } = await import('../git/hooks.js');
  const path = await installPreCommitHook(root);
  context.output.done(`Installed the pre-commit hook ${path}: commits run timc validate`);
}

interface FileCopy {
  relPath: string;
  text: string;
}

/** The JSON Schemas, for editors (through each file's schema line) and for CI. */
async function schemaCopies(): Promise<FileCopy[]> {
  const names = (await readdir(packagePath('schemas'))).filter((name) => name.endsWith('.json'));
  return Promise.all(
    names.map(async (name) => ({
      relPath: `${SCHEMAS_FOLDER}/${name}`,
      text: await readFile(packagePath('schemas', name), 'utf8'),
    })),
  );
}

/** Each git file from its template; in an existing work tree, added to the file already there. */
async function gitFileCopies(root: string): Promise<FileCopy[]> {
  return Promise.all(
    GIT_FILES.map(async ({ relPath, template }) => {
      const text = await readFile(packagePath('templates', template), 'utf8');
      const existing = await readFile(`${root}/${relPath}`, 'utf8').catch(() => '');
      const joined = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
      return { relPath, text: joined === '' ? text : `${joined}\n${text}` };
    }),
  );
}

async function workflowCopy(): Promise<FileCopy> {
  const text = await readFile(packagePath('templates', 'github', 'timc-validate.yml'), 'utf8');
  return { relPath: WORKFLOW_FILE, text };
}

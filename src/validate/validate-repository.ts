import { lstat, readdir } from 'node:fs/promises';

import { checkCycleFolders } from '../model/rules/cycle-folder.js';
import { checkCyclePeople } from '../model/rules/cycle-people.js';
import { checkCycleIds } from '../model/rules/duplicate-ids.js';
import { checkMemberEntries } from '../model/rules/member-entries.js';
import type { Diagnostic, RuleProblem } from '../model/rules/problem.js';
import { checkReferences } from '../model/rules/references.js';
import {
  cycleFactsFor,
  cycleFolderOf,
  emptyFacts,
  type RepositoryFacts,
} from '../model/rules/repository-facts.js';
import { checkMissingFiles, classifyPath } from '../model/rules/repository-layout.js';
import { checkTimEvidence } from '../model/rules/tim-evidence.js';
import type { FieldPolicy } from '../model/types.js';
import {
  ALIGNMENTS_FILE,
  CYCLES_FOLDER,
  MEMBERS_FILE,
  type SchemaKind,
  SETTINGS_FILE,
} from '../store/layout.js';
import { type ScannedFile, scanFiles, scanFilesInBatches } from '../store/repository-scan.js';
import { checkScanned, policyOf } from './file-checks.js';
import { locateProblems } from './locate.js';
import { refineStrayProblem } from './read-problems.js';
import { resolveScope, type ValidationScope } from './scope.js';
import { readNeededTimFiles } from './tim-context.js';

/** Files are scanned in batches, so that only ids and references stay in memory. */
const BATCH_SIZE = 2000;

/** Read first, in this order: settings (the policy), then what other files refer to. */
const CONTEXT_FILES = [SETTINGS_FILE, MEMBERS_FILE, ALIGNMENTS_FILE];

export interface ValidateOptions {
  /** Files or folders to check, relative to `cwd`; the whole repository when empty. */
  paths?: readonly string[];
  /** Where relative paths start; default the repository root. */
  cwd?: string;
}

export interface ValidationResult {
  /** How many files were checked. */
  files: number;
  diagnostics: Diagnostic[];
  /** What the checks learnt (members, roles, cycles' people), for --verify-history. */
  facts: RepositoryFacts;
  scope: ValidationScope;
}

function checkAcrossFiles(facts: RepositoryFacts, topLevel: ReadonlySet<string>): RuleProblem[] {
  return [
    ...checkMissingFiles(facts, topLevel),
    ...checkCycleFolders(facts),
    ...checkMemberEntries(facts),
    ...checkCycleIds(facts),
    ...checkReferences(facts),
    ...checkCyclePeople(facts),
    ...checkTimEvidence(facts),
  ];
}

/** What the listing tells before any file is read: the kind of each file, and stray ones. */
interface ListedFiles {
  count: number;
  kinds: Map<string, SchemaKind>;
  problems: RuleProblem[];
}

async function classifyListed(
  root: string,
  scope: ValidationScope,
  facts: RepositoryFacts,
): Promise<ListedFiles> {
  const listed: ListedFiles = { count: 0, kinds: new Map(), problems: [] };
  for (const relPath of scope.listed) {
    const found = classifyPath(relPath);
    if ('ignored' in found) continue;
    listed.count += 1;
    const folder = cycleFolderOf(relPath);
    if (folder) cycleFactsFor(facts, folder).files.push(relPath);
    if ('problem' in found) listed.problems.push(await refineStrayProblem(root, found.problem));
    else listed.kinds.set(relPath, found.kind);
  }

  if (scope.whole) {
    for (const folder of await listCycleFolders(root)) cycleFactsFor(facts, folder);
  }
  return listed;
}

async function listFolders(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(`${root}/${folder}`, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => `${folder}/${entry.name}`);
}

/** Every folder `cycles/<year>/<name>`, so that an empty one (`timc list` sees it) is checked. */
async function listCycleFolders(root: string): Promise<string[]> {
  const cycles = await lstat(`${root}/${CYCLES_FOLDER}`).catch(() => undefined);
  if (!cycles?.isDirectory()) return [];
  const years = await listFolders(root, CYCLES_FOLDER);
  return (await Promise.all(years.map((year) => listFolders(root, year)))).flat();
}

/** Settings, members and alignments, read first: every other file is checked against them. */
async function checkContextFiles(
  root: string,
  facts: RepositoryFacts,
  kinds: Map<string, SchemaKind>,
) {
  const present = new Set<string>();
  const problems: RuleProblem[] = [];
  let policy: FieldPolicy | undefined;

  for (const scanned of await scanFiles(root, CONTEXT_FILES)) {
    if (scanned.failure === 'missing') continue;
    present.add(scanned.relPath);
    kinds.set(scanned.relPath, scanned.kind!);
    problems.push(...(await checkScanned(root, scanned, scanned.kind!, facts, undefined)));
    if (scanned.relPath === SETTINGS_FILE) policy = policyOf(scanned.data);
  }
  return { present, problems, policy };
}

/**
 * Checks the repository (or the paths of `options`) against every rule, reading each file
 * once and keeping only ids and references; files with a problem are then parsed again with
 * positions so that each diagnostic points at its node.
 */
export async function validateRepository(
  root: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const scope = await resolveScope(root, options.cwd ?? root, options.paths ?? []);
  const facts = emptyFacts();
  const { count, kinds, problems } = await classifyListed(root, scope, facts);

  const context = await checkContextFiles(root, facts, kinds);
  problems.push(...context.problems);

  const rest = [...kinds.keys()].filter((relPath) => !CONTEXT_FILES.includes(relPath));
  const checkBatch = async (batch: ScannedFile[]) => {
    for (const scanned of batch) {
      const kind = kinds.get(scanned.relPath)!;
      problems.push(...(await checkScanned(root, scanned, kind, facts, context.policy)));
    }
  };
  await scanFilesInBatches(root, rest, checkBatch, { batchSize: BATCH_SIZE });
  if (!scope.whole) await readNeededTimFiles(root, facts);

  problems.push(...checkAcrossFiles(facts, context.present));
  const reported = problems.filter((problem) => scope.includes(problem.file));
  const diagnostics = await locateProblems(root, reported, (relPath) => kinds.get(relPath));
  return { files: count, diagnostics, facts, scope };
}

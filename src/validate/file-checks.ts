import { type PhaseKey, PHASES } from '../model/phases.js';
import { checkCalendarDates } from '../model/rules/calendar-dates.js';
import { collectFacts, markUnreadable } from '../model/rules/collect-facts.js';
import { asList, asRecord, ownValue } from '../model/rules/data-access.js';
import { checkFieldPolicy } from '../model/rules/field-policy.js';
import { problemOf, type RuleProblem } from '../model/rules/problem.js';
import type { RepositoryFacts } from '../model/rules/repository-facts.js';
import { checkRoleNames } from '../model/rules/role-names.js';
import { checkUnsafeKeys } from '../model/rules/unsafe-keys.js';
import type { FieldPolicy } from '../model/types.js';
import type { SchemaKind } from '../store/layout.js';
import type { ScannedFile } from '../store/repository-scan.js';
import { checkAgainstSchema } from '../store/schemas.js';
import { diagnoseFailure } from './read-problems.js';

const PHASE_KINDS = new Set<SchemaKind>(PHASES.map((phase) => phase.key));

/**
 * The rules that need one file's data and nothing else: it holds data, no unsafe keys, it
 * follows its schema, its dates are real, and a phase file follows the field policy.
 */
export async function checkFileData(
  relPath: string,
  kind: SchemaKind,
  data: unknown,
  policy: FieldPolicy | undefined,
): Promise<RuleProblem[]> {
  if (data === null || data === undefined) {
    return [
      problemOf(
        'empty-file',
        relPath,
        'the file holds no data (it is empty, or only comments): restore it from git, or ' +
          'remove it if timc does not need it',
      ),
    ];
  }

  const unsafe = checkUnsafeKeys(relPath, data);
  const unsafePaths = new Set(unsafe.map((problem) => JSON.stringify(problem.path)));
  const schema = (await checkAgainstSchema(kind, data))
    .filter((problem) => !unsafePaths.has(JSON.stringify(problem.path)))
    .map((problem) =>
      problemOf('schema', relPath, problem.message, {
        path: problem.path,
        key: problem.key,
      }),
    );

  const policyProblems = PHASE_KINDS.has(kind)
    ? checkFieldPolicy(policy, kind as PhaseKey, relPath, data)
    : [];
  const names = kind === 'settings' ? checkRoleNames(relPath, data) : [];
  return [...unsafe, ...schema, ...checkCalendarDates(relPath, data), ...names, ...policyProblems];
}

export function policyOf(settings: unknown): FieldPolicy {
  const policy = asRecord(ownValue(asRecord(settings), 'policy'));
  const strings = (key: string) =>
    asList(ownValue(policy, key)).filter((item): item is string => typeof item === 'string');
  return { disabled: strings('disabled'), required: strings('required') };
}

/** Checks one scanned file and adds its ids and references to `facts`. */
export async function checkScanned(
  root: string,
  scanned: ScannedFile,
  kind: SchemaKind,
  facts: RepositoryFacts,
  policy: FieldPolicy | undefined,
): Promise<RuleProblem[]> {
  if (scanned.failure) {
    markUnreadable(facts, scanned.relPath, kind);
    return diagnoseFailure(root, scanned, kind);
  }
  collectFacts(facts, scanned.relPath, kind, scanned.data);
  return checkFileData(scanned.relPath, kind, scanned.data, policy);
}

import {
  CYCLE_FILE,
  cycleFileKind,
  MEMBERS_FILE,
  type SchemaKind,
  schemaKindOf,
} from '../../store/layout.js';
import { PHASES } from '../phases.js';
import { didYouMean } from '../suggest.js';
import { problemOf, type RuleProblem } from './problem.js';
import type { RepositoryFacts } from './repository-facts.js';

/** What a listed path is to timc: a file to read, none of its business, or a stray file. */
export type PathClass = { kind: SchemaKind } | { ignored: true } | { problem: RuleProblem };

const CYCLE_FILE_NAMES = [CYCLE_FILE, ...PHASES.map((phase) => phase.file), 'checkins'];

function unknown(relPath: string, message: string): PathClass {
  return { problem: problemOf('unknown-file', relPath, message) };
}

function classifyInCycleFolder(relPath: string, name: string): PathClass {
  const kind = cycleFileKind(name);
  if (kind) return { kind };

  if (name === 'checkins') return unknown(relPath, '`checkins` must be a folder of check-in files');
  if (name.startsWith('checkins/')) {
    return unknown(relPath, 'checkins/ holds only check-in files named <stamp>-<member-id>.yaml');
  }
  return unknown(
    relPath,
    `not a file of a cycle${didYouMean(name, CYCLE_FILE_NAMES)}: a cycle folder holds ` +
      `${CYCLE_FILE}, ${PHASES[0]!.file} … ${PHASES[4]!.file} and checkins/`,
  );
}

/**
 * Classifies a path listed in the repository. Top-level files other than timc's and hidden
 * files (`.gitkeep`, `.DS_Store`) are ignored; anything else in `cycles/` and `tim/` that is not
 * a file timc reads is an unknown file.
 */
export function classifyPath(relPath: string): PathClass {
  const segments = relPath.split('/');
  if (segments.some((segment) => segment.startsWith('.'))) return { ignored: true };

  const [top, second, , ...rest] = segments;
  if (segments.length === 1) {
    const kind = schemaKindOf(relPath);
    if (kind) return { kind };
    if (top === 'cycles' || top === 'tim') return unknown(relPath, `\`${top}\` must be a folder`);
    return { ignored: true };
  }

  if (top === 'tim') {
    const kind = schemaKindOf(relPath);
    return kind ? { kind } : unknown(relPath, 'tim/ holds one <member-id>.yaml file per member');
  }
  if (top !== 'cycles') return { ignored: true };
  if (segments.length === 2) {
    return unknown(relPath, 'cycles/ holds only year folders (cycles/<YYYY>/<cycle-id>/)');
  }
  if (segments.length === 3) {
    return unknown(relPath, `cycles/${second}/ holds only cycle folders (<cycle-id>/)`);
  }
  return classifyInCycleFolder(relPath, rest.join('/'));
}

/** Every cycle folder has its cycle.yaml; the repository has its members.yaml. */
export function checkMissingFiles(
  facts: RepositoryFacts,
  topLevelFiles: ReadonlySet<string>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!topLevelFiles.has(MEMBERS_FILE)) {
    problems.push(
      problemOf(
        'missing-file',
        MEMBERS_FILE,
        'the repository has no members.yaml: add members with `timc member add`',
      ),
    );
  }
  for (const cycle of facts.cycles.values()) {
    const infoFile = `${cycle.folder}/${CYCLE_FILE}`;
    if (cycle.files.includes(infoFile)) continue;
    problems.push(
      problemOf(
        'missing-file',
        infoFile,
        `the cycle folder ${cycle.folder} has no ${CYCLE_FILE}: restore it from git ` +
          '(`git log -- <folder>`) or remove the folder',
      ),
    );
  }
  return problems;
}

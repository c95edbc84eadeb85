import { parse } from 'yaml';

import { TimcError, UsageError } from '../errors.js';
import { checkCommitAuthors, type CyclePeople } from '../model/rules/commit-authors.js';
import { asRecord, ownText } from '../model/rules/data-access.js';
import { type Diagnostic, problemOf } from '../model/rules/problem.js';
import { MEMBERS_FILE } from '../store/layout.js';
import { findDeepNesting } from '../store/yaml-depth.js';
import { MAX_ALIAS_COUNT } from '../store/yaml-file.js';
import { locateProblems } from './locate.js';
import type { ValidationResult } from './validate-repository.js';

export interface HistoryResult {
  /** How many commits that changed a cycle were checked. */
  commits: number;
  diagnostics: Diagnostic[];
}

function peopleFromText(text: string | undefined): CyclePeople | undefined {
  if (text === undefined || findDeepNesting(text) !== undefined) return undefined;
  try {
    const info = asRecord(parse(text, { maxAliasCount: MAX_ALIAS_COUNT, logLevel: 'error' }));
    return { coach: ownText(info, 'coach'), client: ownText(info, 'client') };
  } catch {
    return undefined;
  }
}

/**
 * `--verify-history [RANGE]`: each commit in RANGE (all of history without one) that changed a
 * checked cycle was authored by its coach, its client, or a member with assign or admin. A
 * cycle's people are read from its cycle.yaml now; for a cycle since removed, from the
 * cycle.yaml just before the newest commit that touched it.
 */
export async function verifyHistory(
  root: string,
  range: string | undefined,
  validation: ValidationResult,
): Promise<HistoryResult> {
  if (range?.startsWith('-')) throw new UsageError(`--verify-history: '${range}' is not a range`);
  const git = await import('../git/git.js');
  if (!(await git.isInsideWorkTree(root))) {
    throw new TimcError(`--verify-history needs git history, and ${root} is not a git repository`);
  }

  const { facts, scope } = validation;
  const paths = scope.whole ? ['cycles'] : scope.cycleFolders;
  const commits = paths.length > 0 ? await git.listCommitChanges(root, range, paths) : [];
  if (commits.length > 0 && !facts.members) {
    const problem = problemOf(
      'commit-author',
      MEMBERS_FILE,
      'history not checked: members.yaml could not be read, so commit authors are unknown',
    );
    return { commits: 0, diagnostics: await locateProblems(root, [problem], () => undefined) };
  }

  const people = new Map<string, CyclePeople | undefined>();
  for (const cycle of facts.cycles.values()) {
    const { coach, client } = cycle.info ?? {};
    people.set(cycle.folder, { coach: coach?.value, client: client?.value });
  }
  for (const commit of commits) {
    for (const path of commit.paths) {
      const folder = /^(cycles\/[^/]+\/[^/]+)\//.exec(path)?.[1];
      if (!folder || people.has(folder)) continue;
      const text = await git.readFileAtRevision(root, `${commit.hash}^`, `${folder}/cycle.yaml`);
      people.set(folder, peopleFromText(text));
    }
  }

  const problems = checkCommitAuthors(commits, {
    members: (facts.members ?? []).map((member) => ({
      id: member.id.value,
      email: member.email?.value,
      role: member.role?.value,
    })),
    roles: facts.roles ?? new Map(),
    peopleOf: (folder) => people.get(folder),
  });
  const diagnostics = await locateProblems(root, problems, () => undefined);
  return { commits: commits.length, diagnostics };
}

import type { Permission } from '../types.js';
import { problemOf, type RuleProblem } from './problem.js';

/** A commit and the paths it changed. */
export interface CommitRecord {
  hash: string;
  authorName: string;
  authorEmail: string;
  paths: readonly string[];
}

export interface CommitMember {
  id: string;
  email?: string;
  role?: string;
}

export interface CyclePeople {
  coach?: string;
  client?: string;
}

export interface CommitAuthorContext {
  members: readonly CommitMember[];
  roles: ReadonlyMap<string, readonly Permission[]>;
  /** The coach and client of a cycle folder (`cycles/<year>/<name>`); undefined if unknown. */
  peopleOf(folder: string): CyclePeople | undefined;
}

/** Commits timc makes for a member without an email use `<id>@timc.invalid`. */
const PLACEHOLDER_EMAIL = /^([^@]+)@timc\.invalid$/i;

function findAuthor(commit: CommitRecord, members: readonly CommitMember[]) {
  const email = commit.authorEmail.toLowerCase();
  const placeholder = PLACEHOLDER_EMAIL.exec(email)?.[1];
  return members.find(
    (member) =>
      member.email?.toLowerCase() === email ||
      (placeholder !== undefined && member.id === placeholder),
  );
}

/** The cycle folders a commit changed, each with the first of its paths there. */
function changedCycles(commit: CommitRecord): Map<string, string> {
  const folders = new Map<string, string>();
  for (const path of commit.paths) {
    const folder = /^(cycles\/[^/]+\/[^/]+)\//.exec(path)?.[1];
    if (folder && !folders.has(folder)) folders.set(folder, path);
  }
  return folders;
}

function whoMay(people: CyclePeople | undefined): string {
  const sides =
    people?.coach && people.client
      ? `its coach (${people.coach}), its client (${people.client}) or `
      : '';
  return `only ${sides}a member whose role grants assign or admin may`;
}

/**
 * Each commit that changed a cycle was authored by its coach, its client, or a member whose
 * role grants `assign` or `admin` (authors are matched to members by email).
 */
export function checkCommitAuthors(
  commits: readonly CommitRecord[],
  context: CommitAuthorContext,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const commit of commits) {
    const author = findAuthor(commit, context.members);
    const permissions = (author?.role && context.roles.get(author.role)) || [];
    const mayAssign = permissions.includes('assign') || permissions.includes('admin');

    for (const [folder, path] of changedCycles(commit)) {
      const people = context.peopleOf(folder);
      if (author && (mayAssign || author.id === people?.coach || author.id === people?.client)) {
        continue;
      }
      const cycle = folder.split('/')[2];
      const who = author
        ? author.id
        : `${commit.authorName} <${commit.authorEmail}>, who is not a member,`;
      problems.push(
        problemOf(
          'commit-author',
          path,
          `commit ${commit.hash.slice(0, 10)} by ${who} changed cycle ${cycle}: ${whoMay(people)}`,
        ),
      );
    }
  }
  return problems;
}

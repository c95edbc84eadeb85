import type { Member } from './types.js';

export interface IdentityClues {
  /** From `--as ID`. */
  asId?: string;
  /** From the `TIMC_MEMBER` environment variable. */
  envMember?: string;
  /** From `git config user.email`. */
  gitEmail?: string;
}

export type IdentityResult = { member: Member } | { problem: string };

const HOW_TO_FIX =
  'pass --as ID, set TIMC_MEMBER=ID, or set `git config user.email` to your email in members.yaml';

/** The person at the keyboard: `--as`, then `TIMC_MEMBER`, then git's user.email. */
export function resolveIdentity(clues: IdentityClues, members: readonly Member[]): IdentityResult {
  const byId = (id: string) => members.find((member) => member.id === id);

  if (clues.asId) {
    const member = byId(clues.asId);
    return member
      ? { member }
      : {
          problem: `--as ${clues.asId}: no such member in members.yaml (see \`timc member list\`)`,
        };
  }

  if (clues.envMember) {
    const member = byId(clues.envMember);
    return member
      ? { member }
      : {
          problem:
            `TIMC_MEMBER=${clues.envMember}: no such member in members.yaml ` +
            '(see `timc member list`)',
        };
  }

  if (clues.gitEmail) {
    const email = clues.gitEmail.toLowerCase();
    const member = members.find((candidate) => candidate.email?.toLowerCase() === email);
    return member
      ? { member }
      : {
          problem:
            `no member in members.yaml has the email ${clues.gitEmail} (git user.email): ` +
            `add it with \`timc member add ID --name NAME --email ${clues.gitEmail}\`, or ` +
            HOW_TO_FIX,
        };
  }

  return { problem: `cannot tell who you are: ${HOW_TO_FIX}` };
}

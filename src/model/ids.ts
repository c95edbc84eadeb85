const MEMBER_ID = /^[a-z][a-z0-9._-]{0,39}$/;
const CYCLE_ID = /^(\d{4})(\d{2})(\d{2})-([a-z][a-z0-9._-]{0,39})-([a-z0-9]{4})$/;
const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function isMemberId(text: string): boolean {
  return MEMBER_ID.test(text);
}

export interface CycleIdParts {
  year: string;
  date: string;
  client: string;
  suffix: string;
}

/** Splits `20261203-asmith-k3f9`; undefined when the text is not a cycle id. */
export function parseCycleId(text: string): CycleIdParts | undefined {
  const match = CYCLE_ID.exec(text);
  if (!match) return undefined;

  const [, year, month, day, client, suffix] = match as unknown as string[];
  return { year: year!, date: `${year}-${month}-${day}`, client: client!, suffix: suffix! };
}

/**
 * A new cycle id for `client` started on `compactDate` (YYYYMMDD). `randomByte` supplies the
 * entropy so that two clones never mint the same id; tests pass a fixed sequence.
 */
export function mintCycleId(compactDate: string, client: string, randomByte: () => number): string {
  let suffix = '';
  for (let i = 0; i < 4; i += 1) {
    suffix += SUFFIX_ALPHABET[randomByte() % SUFFIX_ALPHABET.length];
  }
  return `${compactDate}-${client}-${suffix}`;
}

/** The next free id with `prefix` (g or a): one more than the highest in use. */
export function nextListId(prefix: string, existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

export type CycleRefMatch =
  { kind: 'found'; id: string } | { kind: 'none' } | { kind: 'ambiguous'; candidates: string[] };

/** Finds a cycle by full id, unique prefix, or unique 4-character suffix. */
export function matchCycleRef(ref: string, ids: readonly string[]): CycleRefMatch {
  if (ids.includes(ref)) return { kind: 'found', id: ref };

  const byPrefix = ids.filter((id) => id.startsWith(ref));
  const bySuffix = /^[a-z0-9]{4}$/.test(ref) ? ids.filter((id) => id.endsWith(`-${ref}`)) : [];
  const candidates = [...new Set([...byPrefix, ...bySuffix])].sort();

  if (candidates.length === 1) return { kind: 'found', id: candidates[0]! };
  if (candidates.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', candidates };
}

import { parse } from 'yaml';

import { isSameValue } from './plain-values.js';

/** The entries of one list (goals or activities) by id, as each side holds them. */
export interface MintedEntries {
  /** At the common ancestor. */
  base: ReadonlyMap<string, unknown>;
  /** On the side already shared (upstream), which keeps its ids. */
  kept: ReadonlyMap<string, unknown>;
  /** On the side to be replayed, at its newest version. */
  moved: ReadonlyMap<string, unknown>;
  /** Every id the replayed side held in any of its versions. */
  movedEver: ReadonlySet<string>;
}

function numberOf(id: string, prefix: string): number | undefined {
  const match = new RegExp(`^${prefix}([1-9][0-9]*)$`).exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * The ids both sides minted for different entries since they parted (`g2` and `g2`), each
 * mapped to a fresh id (`g3`) above every id either side holds. The replayed side gives way:
 * the shared side's ids may already be referred to by others. Identical entries are one entry.
 */
export function planNewIds(prefix: 'g' | 'a', entries: MintedEntries): Map<string, string> {
  const collisions = [...entries.movedEver]
    .filter((id) => !entries.base.has(id) && entries.kept.has(id))
    .filter((id) => !isSameValue(entries.moved.get(id), entries.kept.get(id)))
    .filter((id) => numberOf(id, prefix) !== undefined)
    .sort((a, b) => numberOf(a, prefix)! - numberOf(b, prefix)!);

  const inUse = [...entries.base.keys(), ...entries.kept.keys(), ...entries.movedEver];
  let highest = Math.max(0, ...inUse.map((id) => numberOf(id, prefix) ?? 0));

  const renamed = new Map<string, string>();
  for (const id of collisions) {
    highest += 1;
    renamed.set(id, `${prefix}${highest}`);
  }
  return renamed;
}

/** The entries of the list `key` of a YAML text by their `id`; empty when the text is unusable. */
export function entriesById(text: string | undefined, key: string): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (text === undefined) return entries;

  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return entries;
  }
  const list = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : null;
  if (!Array.isArray(list)) return entries;

  for (const entry of list) {
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') entries.set(id, entry);
  }
  return entries;
}

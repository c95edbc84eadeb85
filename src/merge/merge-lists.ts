import { type Document, isScalar, isSeq, type YAMLSeq } from 'yaml';

import { entryLocation, type Location } from './field-path.js';
import type { EntryKey } from './merge-rules.js';
import type { MergeAt, MergeState } from './merge-state.js';
import { plainOf } from './plain-values.js';

/** Entries by identity; undefined when an entry has none or two share one. */
function indexEntries(
  doc: Document | undefined,
  list: YAMLSeq | undefined,
  keyOf: EntryKey,
): Map<string, unknown> | undefined {
  const index = new Map<string, unknown>();
  if (!list || !doc) return index;
  for (const item of list.items) {
    const key = keyOf(plainOf(doc, item));
    if (key === undefined || index.has(key)) return undefined;
    index.set(key, item);
  }
  return index;
}

/**
 * Merges two lists entry by entry, matched by identity: ours' order first, then the entries
 * only theirs has. False when the list has no identity (entries with none, or shared ones):
 * the caller then takes it as one value.
 */
export function mergeLists(
  state: MergeState,
  at: Location,
  lists: { base: unknown; ours: YAMLSeq; theirs: YAMLSeq },
  mergeAt: MergeAt,
): boolean {
  const { base, ours, theirs } = lists;
  const keyOf = entryKeyFor(state, at, base, ours, theirs);
  if (!keyOf) return false;

  const baseList = isSeq(base) ? base : undefined;
  const baseIndex = indexEntries(state.base, baseList, keyOf);
  const oursIndex = indexEntries(state.ours, ours, keyOf);
  const theirsIndex = indexEntries(state.theirs, theirs, keyOf);
  if (!baseIndex || !oursIndex || !theirsIndex) return false;

  const items: unknown[] = [];
  const place = (key: string, oursItem: unknown) => {
    const outcome = mergeAt(
      state,
      entryLocation(at, key),
      baseIndex.get(key),
      oursItem,
      theirsIndex.get(key),
    );
    if (outcome.kind === 'set') items.push(outcome.node);
    else if (outcome.kind === 'keep' && oursItem !== undefined) items.push(oursItem);
  };

  for (const [key, item] of oursIndex) place(key, item);
  for (const key of theirsIndex.keys()) if (!oursIndex.has(key)) place(key, undefined);
  ours.items = items;
  return true;
}

/** The rule's identity for entries here, or the value itself when every entry is plain. */
function entryKeyFor(
  state: MergeState,
  at: Location,
  base: unknown,
  ours: YAMLSeq,
  theirs: YAMLSeq,
): EntryKey | undefined {
  const rule = state.options.rules.listKeys[at.pattern];
  if (rule) return rule;

  const lists = [isSeq(base) ? base : undefined, ours, theirs];
  const allPlain = lists.every((list) => !list || list.items.every((item) => isScalar(item)));
  return allPlain ? (value: unknown) => JSON.stringify(value) : undefined;
}

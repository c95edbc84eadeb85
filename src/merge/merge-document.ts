import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

import {
  childLocation,
  DOCUMENT_ROOT,
  entryLocation,
  type FieldSegment,
  formatField,
  type Location,
} from './field-path.js';
import type { EntryKey, MergeRules } from './merge-rules.js';
import { isSameValue, plainOf } from './plain-values.js';

/** A field both sides changed, each in its own way. */
export interface MergeConflict {
  field: string;
  segments: FieldSegment[];
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** Which side to keep for a conflicting field; undefined leaves it a conflict. */
export type ConflictChoice = (field: string) => 'ours' | 'theirs' | undefined;

export interface MergeOptions {
  rules: MergeRules;
  /** Decides conflicts a person has already settled (default: none). */
  choose?: ConflictChoice;
}

export interface MergeResult {
  /** "Ours" with the other side's changes applied; unchanged where a conflict stands. */
  merged: Document;
  conflicts: MergeConflict[];
}

type Outcome = { kind: 'keep' } | { kind: 'set'; node: unknown } | { kind: 'remove' };

const KEEP: Outcome = { kind: 'keep' };
const REMOVE: Outcome = { kind: 'remove' };

interface MergeState {
  base?: Document;
  ours: Document;
  theirs: Document;
  options: MergeOptions;
  conflicts: MergeConflict[];
}

/**
 * Merges three versions of a YAML document: what changed in "theirs" since "base" is applied to
 * a copy of "ours", so the comments and layout of ours stay. Maps merge key by key, lists of
 * entries by the identity the rules give (goals by id…), lists of plain values as sets. A field
 * both sides changed differently is a conflict unless a rule settles it.
 */
export function mergeDocuments(
  base: Document | undefined,
  ours: Document,
  theirs: Document,
  options: MergeOptions,
): MergeResult {
  const state: MergeState = { base, ours: ours.clone(), theirs, options, conflicts: [] };
  const outcome = mergeAt(
    state,
    DOCUMENT_ROOT,
    base?.contents ?? undefined,
    state.ours.contents ?? undefined,
    theirs.contents ?? undefined,
  );

  if (outcome.kind === 'set') state.ours.contents = outcome.node as Node;
  if (outcome.kind === 'remove') state.ours.contents = null;
  return { merged: state.ours, conflicts: state.conflicts };
}

function mergeAt(
  state: MergeState,
  at: Location,
  base: unknown,
  ours: unknown,
  theirs: unknown,
): Outcome {
  const b = state.base ? plainOf(state.base, base) : undefined;
  const o = plainOf(state.ours, ours);
  const t = plainOf(state.theirs, theirs);

  if (isSameValue(o, t) || isSameValue(b, t)) return KEEP;
  if (isSameValue(b, o)) return takeTheirs(state, theirs);

  const settled = settle(state, at, o, t, theirs);
  if (settled) return settled;

  if (isMap(ours) && isMap(theirs) && isEmptyOr(base, isMap)) {
    mergeMaps(state, at, base, ours, theirs);
    return KEEP;
  }
  const bothLists = isSeq(ours) && isSeq(theirs) && isEmptyOr(base, isSeq);
  if (bothLists && mergeLists(state, at, base, ours, theirs)) return KEEP;
  return conflictAt(state, at, b, o, t, theirs);
}

function isEmptyOr(node: unknown, test: (node: unknown) => boolean): boolean {
  return node === undefined || test(node) || (isScalar(node) && node.value === null);
}

function settle(
  state: MergeState,
  at: Location,
  o: unknown,
  t: unknown,
  theirs: unknown,
): Outcome | undefined {
  const rule = state.options.rules.settlements[at.pattern];
  if (!rule || o === undefined || o === null || t === undefined || t === null) return undefined;

  if (rule === 'first') return KEEP;
  if (typeof o === 'string' && typeof t === 'string') {
    return o >= t ? KEEP : takeTheirs(state, theirs);
  }
  return undefined;
}

function conflictAt(
  state: MergeState,
  at: Location,
  b: unknown,
  o: unknown,
  t: unknown,
  theirs: unknown,
): Outcome {
  const field = formatField(at.segments);
  const choice = state.options.choose?.(field);
  if (choice === 'ours') return KEEP;
  if (choice === 'theirs') return takeTheirs(state, theirs);

  state.conflicts.push({ field, segments: [...at.segments], base: b, ours: o, theirs: t });
  return KEEP;
}

/** Theirs' node for use in ours: a copy keeping its comments (rebuilt when it uses aliases). */
function takeTheirs(state: MergeState, theirs: unknown): Outcome {
  if (theirs === undefined) return REMOVE;
  if (!usesAnchors(theirs)) return { kind: 'set', node: (theirs as Node).clone() };
  return { kind: 'set', node: state.ours.createNode(plainOf(state.theirs, theirs)) };
}

function usesAnchors(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Node(_, item) {
      if (isAlias(item) || (item as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function keyText(key: unknown): string {
  return String(isScalar(key) ? key.value : key);
}

function mergeMaps(
  state: MergeState,
  at: Location,
  base: unknown,
  ours: YAMLMap,
  theirs: YAMLMap,
): void {
  const baseMap = isMap(base) ? base : undefined;
  const keys = [...ours.items, ...theirs.items].map((pair) => keyText(pair.key));

  for (const key of new Set(keys)) {
    const outcome = mergeAt(
      state,
      childLocation(at, key),
      baseMap?.get(key, true),
      ours.get(key, true),
      theirs.get(key, true),
    );
    if (outcome.kind === 'set') ours.set(key, outcome.node);
    if (outcome.kind === 'remove') ours.delete(key);
  }
}

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

function mergeLists(
  state: MergeState,
  at: Location,
  base: unknown,
  ours: YAMLSeq,
  theirs: YAMLSeq,
): boolean {
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

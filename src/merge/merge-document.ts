import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  visit,
  type YAMLMap,
} from 'yaml';

import { childLocation, DOCUMENT_ROOT, formatField, type Location } from './field-path.js';
import { mergeLists } from './merge-lists.js';
import {
  KEEP,
  type MergeOptions,
  type MergeResult,
  type MergeState,
  type Outcome,
  REMOVE,
} from './merge-state.js';
import { isSameValue, plainOf } from './plain-values.js';

export type { ConflictChoice, MergeConflict, MergeOptions, MergeResult } from './merge-state.js';

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
  if (bothLists && mergeLists(state, at, { base, ours, theirs }, mergeAt)) return KEEP;
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

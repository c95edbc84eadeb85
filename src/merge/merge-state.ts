import type { Document } from 'yaml';

import type { FieldSegment, Location } from './field-path.js';
import type { MergeRules } from './merge-rules.js';

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

export type Outcome = { kind: 'keep' } | { kind: 'set'; node: unknown } | { kind: 'remove' };

export const KEEP: Outcome = { kind: 'keep' };
export const REMOVE: Outcome = { kind: 'remove' };

export interface MergeState {
  base?: Document;
  ours: Document;
  theirs: Document;
  options: MergeOptions;
  conflicts: MergeConflict[];
}

/** Merges the values at one place of the three versions; used again for each list entry. */
export type MergeAt = (
  state: MergeState,
  at: Location,
  base: unknown,
  ours: unknown,
  theirs: unknown,
) => Outcome;

import type { FieldPath } from './policy.js';
import type { Evidence } from './types.js';

export type EvidenceKind = 'tim' | 'url' | 'text';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['tim', 'url', 'text'];

/** Where a piece of evidence goes: the cycle's supporting data, a goal, or a goal's outcome. */
export type EvidenceTarget =
  { kind: 'supporting' } | { kind: 'goal'; goal: string } | { kind: 'outcome'; goal: string };

/** The kinds given among `--tim`, `--url` and `--text`; a valid command gives exactly one. */
export function evidenceKindsGiven(options: Partial<Record<EvidenceKind, string>>): EvidenceKind[] {
  return EVIDENCE_KINDS.filter((kind) => options[kind] !== undefined);
}

/**
 * True for a web address the schema accepts: `http://` or `https://`, a host, no white space.
 * (A district's data lives on the web; `file:` or `javascript:` links are not evidence.)
 */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/** Pasted text as it is stored: Windows line ends made plain, trailing blank space dropped. */
export function normalizePastedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd();
}

/** The policy field a target writes to (`goals.supporting_data`, `goals.evidence`, …). */
export function targetField(target: EvidenceTarget): FieldPath {
  if (target.kind === 'supporting') return 'goals.supporting_data';
  return target.kind === 'goal' ? 'goals.evidence' : 'outcomes.evidence';
}

/** `supporting data`, `g1`, `the outcome of g1`: for messages and commit subjects. */
export function describeTarget(target: EvidenceTarget): string {
  if (target.kind === 'supporting') return 'supporting data';
  return target.kind === 'goal' ? target.goal : `the outcome of ${target.goal}`;
}

/** True when two evidence items point at the same thing (hand-edited junk is never the same). */
export function isSameEvidence(a: Evidence, b: Evidence): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if ('tim' in a && 'tim' in b) return a.tim.member === b.tim.member && a.tim.id === b.tim.id;
  if ('url' in a && 'url' in b) return a.url === b.url;
  if ('text' in a && 'text' in b) return a.text === b.text;
  return false;
}

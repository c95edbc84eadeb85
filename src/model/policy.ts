import type { PhaseKey } from './phases.js';
import type { FieldPolicy } from './types.js';

/**
 * A field path of the policy: a phase (`progress`) or a phase and a field (`goals.alignment`).
 * The field names either a key of the phase file (`goals.focus`) or a key of its list entries
 * (`goals.text` for each goal, `outcomes.result` for each outcome).
 */
export type FieldPath = `${PhaseKey}` | `${PhaseKey}.${string}`;

/** True when the policy switches off `path` or the whole phase it belongs to. */
export function isFieldDisabled(policy: FieldPolicy | undefined, path: FieldPath): boolean {
  const phase = path.split('.')[0]!;
  const disabled = policy?.disabled ?? [];
  return disabled.includes(path) || disabled.includes(phase);
}

/** The keys of each phase file; any other policy field names a key of the list's entries. */
export const PHASE_FIELDS: Record<PhaseKey, { list?: string; fields: string[] }> = {
  goals: { list: 'goals', fields: ['focus', 'supporting_data', 'goals'] },
  activities: { list: 'activities', fields: ['activities'] },
  progress: { list: 'progress', fields: ['progress'] },
  outcomes: { list: 'outcomes', fields: ['outcomes'] },
  reflection: { fields: ['coach', 'client'] },
};

export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function entryLabel(entry: Record<string, unknown>, index: number): string {
  return String(entry.id ?? entry.goal ?? entry.activity ?? `#${index + 1}`);
}

/**
 * What the policy requires in `phase` that `data` (the phase file's content) lacks, e.g.
 * `goals.focus`, or `goals.text (g2)` for an entry. Empty when the phase may be completed.
 * A required entry field holds for every entry there is; a phase with no entries lacks none.
 */
export function missingRequiredFields(
  policy: FieldPolicy | undefined,
  phase: PhaseKey,
  data: Record<string, unknown>,
): string[] {
  const { list, fields } = PHASE_FIELDS[phase];
  const entries = list && Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
  const missing: string[] = [];

  for (const path of policy?.required ?? []) {
    const [pathPhase, field] = path.split('.');
    if (pathPhase !== phase) continue;

    if (field === undefined) {
      if (!fields.some((key) => isFilled(data[key]))) missing.push(path);
    } else if (fields.includes(field)) {
      if (!isFilled(data[field])) missing.push(path);
    } else {
      entries.forEach((entry, index) => {
        const record = (entry ?? {}) as Record<string, unknown>;
        if (!isFilled(record[field])) missing.push(`${path} (${entryLabel(record, index)})`);
      });
    }
  }
  return missing;
}

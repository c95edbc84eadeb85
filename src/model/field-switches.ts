import { type FieldPath, isFieldDisabled } from './policy.js';
import type { PhaseKey } from './phases.js';
import type { Refusal } from './refusal.js';
import type { FieldPolicy } from './types.js';

/**
 * The refusal for the first of `paths` that the policy switches off (a whole phase or one
 * field), naming the policy entry; undefined when all are allowed.
 */
export function refuseDisabled(
  policy: FieldPolicy | undefined,
  paths: readonly FieldPath[],
): Refusal | undefined {
  for (const path of paths) {
    if (!isFieldDisabled(policy, path)) continue;

    const phase = path.split('.')[0]!;
    const entry = (policy?.disabled ?? []).includes(phase) ? phase : path;
    const what = entry === phase ? `the ${phase} phase` : entry;
    return {
      refused: `${what} is switched off by this program (policy.disabled: ${entry} in timc.yaml)`,
    };
  }
  return undefined;
}

/** `entry` without the fields that the policy switches off in `phase` (for list entries). */
export function withoutDisabledFields<T extends object>(
  policy: FieldPolicy | undefined,
  phase: PhaseKey,
  entry: T,
): Partial<T> {
  const kept = Object.entries(entry).filter(
    ([key, value]) => value !== undefined && !isFieldDisabled(policy, `${phase}.${key}`),
  );
  return Object.fromEntries(kept) as Partial<T>;
}

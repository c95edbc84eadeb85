import { TimcError } from '../errors.js';
import type { FieldPath } from '../model/policy.js';
import { policyRefusal } from '../model/policy-refusal.js';
import type { FieldPolicy } from '../model/types.js';

/** Refuses (exit 1, nothing written) a field the program's policy switched off. */
export function assertFieldEnabled(
  policy: FieldPolicy | undefined,
  path: FieldPath,
  what: string,
): void {
  const refusal = policyRefusal(policy, path, what);
  if (refusal) throw new TimcError(refusal);
}

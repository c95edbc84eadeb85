import { isFieldDisabled, type FieldPath } from './policy.js';
import type { FieldPolicy } from './types.js';

/**
 * Why `path` may not be written, naming the entry of `policy.disabled` that switched it off
 * (the field itself or its whole phase); undefined when the field is in use. `what` names the
 * field for people, e.g. `goal alignment`.
 */
export function policyRefusal(
  policy: FieldPolicy | undefined,
  path: FieldPath,
  what: string,
): string | undefined {
  if (!isFieldDisabled(policy, path)) return undefined;

  const entry = policy?.disabled?.includes(path) ? path : path.split('.')[0]!;
  return `${what}: switched off by this program (timc.yaml policy.disabled lists '${entry}')`;
}

import { TimcError, UsageError } from '../errors.js';
import { isRefusal, type Refusal } from '../model/refusal.js';

/** Throws a model rule's refusal as the matching error: exit 2 for usage, 1 otherwise. */
export function throwIfRefused<T>(result: T | Refusal | undefined): T {
  if (isRefusal(result)) {
    throw result.usage ? new UsageError(result.refused) : new TimcError(result.refused);
  }
  return result as T;
}

import { refuseDisabled } from './field-switches.js';
import { findPhase, PHASES, type PhaseDefinition } from './phases.js';
import { missingRequiredFields } from './policy.js';
import type { Refusal } from './refusal.js';
import type { FieldPolicy } from './types.js';

/** The phase for `1`–`5` or a phase key; anything else is a usage refusal naming the choices. */
export function parsePhaseRef(ref: string): PhaseDefinition | Refusal {
  const phase = findPhase(ref.trim().toLowerCase());
  if (phase) return phase;

  const keys = PHASES.map((candidate) => candidate.key).join(', ');
  return { refused: `no phase '${ref}': give a phase number 1–5 or one of ${keys}`, usage: true };
}

/**
 * Why `phase` may not be marked complete: the policy switched it off, or it lacks fields the
 * policy requires (each named). Undefined when it may.
 */
export function refuseCompletion(
  policy: FieldPolicy | undefined,
  phase: PhaseDefinition,
  data: Record<string, unknown>,
): Refusal | undefined {
  const disabled = refuseDisabled(policy, [phase.key, `${phase.key}.complete`]);
  if (disabled) return disabled;

  const missing = missingRequiredFields(policy, phase.key, data);
  if (missing.length === 0) return undefined;
  return {
    refused:
      `phase ${phase.number} (${phase.title}) cannot be marked complete: this program requires ` +
      `${missing.join(', ')} (policy.required in timc.yaml)`,
  };
}

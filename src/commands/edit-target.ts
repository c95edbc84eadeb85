import type { Choice } from '../cli/prompts.js';
import { refuseDisabled } from '../model/field-switches.js';
import { findPhase, PHASES, type PhaseDefinition } from '../model/phases.js';
import type { Refusal } from '../model/refusal.js';
import type { FieldPolicy } from '../model/types.js';
import { CYCLE_FILE, cycleInfoFile, phaseFile, type SchemaKind } from '../store/layout.js';

/** A file `timc edit` opens: one of the five phase files, or cycle.yaml. */
export interface EditTarget {
  /** How to name it on the command line: `1`…`5` or `cycle`. */
  arg: string;
  /** Its file name inside the cycle folder. */
  name: string;
  kind: SchemaKind;
  /** The template a missing phase file starts from. */
  template?: string;
  relPath: (cycleId: string) => string;
  /** Why this program does not let people edit it (a phase the policy switched off). */
  refuse: (policy: FieldPolicy | undefined) => Refusal | undefined;
}

function phaseTarget(phase: PhaseDefinition): EditTarget {
  return {
    arg: String(phase.number),
    name: phase.file,
    kind: phase.key,
    template: `cycle/${phase.file}`,
    relPath: (cycleId) => phaseFile(cycleId, phase),
    refuse: (policy) => refuseDisabled(policy, [phase.key]),
  };
}

const CYCLE_TARGET: EditTarget = {
  arg: 'cycle',
  name: CYCLE_FILE,
  kind: 'cycle',
  relPath: cycleInfoFile,
  refuse: () => undefined,
};

/** The file for `1`–`5`, a phase key (`goals`), or `cycle`; undefined for anything else. */
export function findEditTarget(ref: string): EditTarget | undefined {
  const word = ref.trim().toLowerCase();
  if (word === 'cycle' || word === CYCLE_FILE) return CYCLE_TARGET;
  const phase = findPhase(word) ?? PHASES.find((candidate) => candidate.file === word);
  return phase ? phaseTarget(phase) : undefined;
}

export const EDIT_CHOICES: Choice<EditTarget>[] = [
  ...PHASES.map((phase) => ({
    value: phaseTarget(phase),
    name: `${phase.number} ${phase.title}  (${phase.file})`,
  })),
  { value: CYCLE_TARGET, name: `The cycle itself: title, school, consent  (${CYCLE_FILE})` },
];

import type { PhaseKey } from '../phases.js';
import { isFilled, PHASE_FIELDS } from '../policy.js';
import type { FieldPolicy } from '../types.js';
import { asList, asRecord, type DataRecord, ownValue } from './data-access.js';
import { problemOf, type RuleProblem } from './problem.js';

/** The policy paths of `phase`: `[field]` for `goals.focus`, `[]` for the whole phase. */
function pathsOf(paths: readonly unknown[] | undefined, phase: PhaseKey): [string, string?][] {
  return (paths ?? []).flatMap((path) => {
    if (typeof path !== 'string') return [];
    const [pathPhase, field] = path.split('.');
    return pathPhase === phase ? [[path, field] as [string, string?]] : [];
  });
}

function entriesOf(data: DataRecord | undefined, list: string | undefined) {
  return list ? asList(ownValue(data, list)).map((entry) => asRecord(entry)) : [];
}

function checkDisabled(policy: FieldPolicy, phase: PhaseKey, file: string, data?: DataRecord) {
  const { list, fields } = PHASE_FIELDS[phase];
  const problems: RuleProblem[] = [];
  const flag = (policyPath: string, path: (string | number)[]) =>
    problems.push(
      problemOf(
        'policy-disabled',
        file,
        `\`${path[path.length - 1]}\` is switched off by this program ` +
          `(timc.yaml policy.disabled: ${policyPath}): remove it`,
        { path, key: true },
      ),
    );

  for (const [policyPath, field] of pathsOf(policy.disabled, phase)) {
    if (field === undefined || fields.includes(field)) {
      const switchedOff = field === undefined ? fields : [field];
      for (const key of switchedOff) if (isFilled(ownValue(data, key))) flag(policyPath, [key]);
      continue;
    }
    entriesOf(data, list).forEach((entry, index) => {
      if (isFilled(ownValue(entry, field))) flag(policyPath, [list!, index, field]);
    });
  }
  return problems;
}

function checkRequired(policy: FieldPolicy, phase: PhaseKey, file: string, data?: DataRecord) {
  const { list, fields } = PHASE_FIELDS[phase];
  const problems: RuleProblem[] = [];
  const flag = (policyPath: string, what: string, path: (string | number)[]) =>
    problems.push(
      problemOf(
        'policy-required',
        file,
        `the phase is complete, but ${what} is missing and this program requires it ` +
          `(timc.yaml policy.required: ${policyPath})`,
        { path, key: path.length === 1 },
      ),
    );

  for (const [policyPath, field] of pathsOf(policy.required, phase)) {
    if (field === undefined) {
      if (!fields.some((key) => isFilled(ownValue(data, key)))) {
        flag(policyPath, 'its content', ['complete']);
      }
    } else if (fields.includes(field)) {
      if (isFilled(ownValue(data, field))) continue;
      const present = ownValue(data, field) !== undefined;
      flag(policyPath, `\`${field}\``, present ? [field] : ['complete']);
    } else {
      entriesOf(data, list).forEach((entry, index) => {
        if (!isFilled(ownValue(entry, field))) {
          flag(policyPath, `\`${field}\` of entry ${index + 1}`, [list!, index]);
        }
      });
    }
  }
  return problems;
}

/**
 * A phase file against the field policy of timc.yaml: fields switched off hold nothing, and a
 * completed phase holds every field the policy requires.
 */
export function checkFieldPolicy(
  policy: FieldPolicy | undefined,
  phase: PhaseKey,
  file: string,
  data: unknown,
): RuleProblem[] {
  if (!policy) return [];
  const record = asRecord(data);
  const complete = ownValue(record, 'complete') !== undefined;
  return [
    ...checkDisabled(policy, phase, file, record),
    ...(complete ? checkRequired(policy, phase, file, record) : []),
  ];
}

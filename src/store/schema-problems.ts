import type { ErrorObject } from 'ajv';

import {
  describeError,
  EVIDENCE_WORDS,
  expectation,
  nameOf,
  pathOf,
  type SchemaProblem,
  shorten,
  valueAt,
} from './schema-messages.js';

const COMBINATORS = new Set(['anyOf', 'oneOf', 'propertyNames']);

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function parentOf(schemaPath: string): string {
  return schemaPath.slice(0, schemaPath.lastIndexOf('/'));
}

/**
 * The errors a combinator (anyOf, oneOf, propertyNames) collected from its branches: ajv
 * reports them just before the combinator's own error, at its place or below. An error of a
 * sibling keyword of the same schema (`type` beside `oneOf`) ends the run.
 */
function claimBranchErrors(errors: ErrorObject[], index: number, claimed: Set<number>) {
  const combinator = errors[index]!;
  const branch: ErrorObject[] = [];
  for (let before = index - 1; before >= 0; before -= 1) {
    if (claimed.has(before)) continue;
    const error = errors[before]!;
    if (!isWithin(error.instancePath, combinator.instancePath)) break;
    if (parentOf(error.schemaPath) === parentOf(combinator.schemaPath)) break;
    claimed.add(before);
    branch.unshift(error);
  }
  return branch;
}

/** Which branch of `combinator` an error comes from, when its schema path tells. */
function branchIndex(error: ErrorObject, combinator: ErrorObject): number | undefined {
  const prefix = `${combinator.schemaPath}/`;
  if (!error.schemaPath.startsWith(prefix)) return undefined;
  const index = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
  return Number.isInteger(index) ? index : undefined;
}

function describeCombinator(
  combinator: ErrorObject,
  branch: ErrorObject[],
  data: unknown,
): SchemaProblem[] {
  const path = pathOf(combinator.instancePath);
  const value = valueAt(data, path);

  if (combinator.keyword === 'propertyNames') {
    const key = String(combinator.params.propertyName);
    const words = branch[0] ? expectation(branch[0]) : 'a valid name';
    return [{ path: [...path, key], key: true, message: `\`${key}\` must be ${words}` }];
  }

  // A value that took the shape of one branch (its keys are right) but is wrong inside it.
  const byBranch = new Map<number | undefined, ErrorObject[]>();
  for (const error of branch) {
    const index = branchIndex(error, combinator);
    byBranch.set(index, [...(byBranch.get(index) ?? []), error]);
  }
  for (const [index, errors] of byBranch) {
    if (index === undefined) continue;
    if (errors.every((error) => error.instancePath !== combinator.instancePath)) {
      return errors.map((error) => describeError(error, data));
    }
  }

  if (combinator.keyword === 'oneOf') {
    const keys = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    const found = keys.length > 0 ? `found ${keys.join(', ')}` : `found ${shorten(value)}`;
    return [{ path, message: `evidence must be ${EVIDENCE_WORDS} (${found})` }];
  }
  const words = [
    ...new Set(branch.filter((e) => e.instancePath === combinator.instancePath).map(expectation)),
  ];
  const message = `${nameOf(path)} must be ${words.join(', or ')} (found ${shorten(value)})`;
  return [{ path, message }];
}

/**
 * Turns raw ajv errors (from a validator compiled with `verbose`) into one problem per place,
 * in words a coach can act on: the errors inside an anyOf, oneOf or propertyNames become one
 * message about what was expected.
 */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const claimed = new Set<number>();
  const described: SchemaProblem[][] = errors.map(() => []);
  errors.forEach((error, index) => {
    if (!COMBINATORS.has(error.keyword)) return;
    const branch = claimBranchErrors(errors, index, claimed);
    const sibling = errors.some(
      (other, at) =>
        !claimed.has(at) &&
        other !== error &&
        other.instancePath === error.instancePath &&
        other.keyword === 'type',
    );
    if (!sibling) described[index] = describeCombinator(error, branch, data);
  });
  errors.forEach((error, index) => {
    if (!COMBINATORS.has(error.keyword) && !claimed.has(index)) {
      described[index] = [describeError(error, data)];
    }
  });

  const seen = new Set<string>();
  return described.flat().filter((problem) => {
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import { RULES, type RuleId, type Severity } from './rule-catalog.js';

/** A path to a node inside a YAML file: keys and list indexes from the top. */
export type YamlPath = readonly (string | number)[];

/**
 * One problem a rule found, before it has a line and column: it points at a node by its path
 * (the validator finds the node's position in the file), or carries a position of its own.
 */
export interface RuleProblem {
  rule: RuleId;
  severity: Severity;
  /** Path of the file, relative to the repository root, with `/` separators. */
  file: string;
  message: string;
  /** The node at fault; the file's start when neither `path` nor `line` is given. */
  path?: YamlPath;
  /** Point at the key of the last path segment rather than at its value. */
  key?: boolean;
  line?: number;
  col?: number;
}

/** A problem with its place, as printed: `file:line:col: severity: message [rule]`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

export interface ProblemPlace {
  path?: YamlPath;
  key?: boolean;
  line?: number;
  col?: number;
}

/** A problem of `rule` with the rule's severity. */
export function problemOf(
  rule: RuleId,
  file: string,
  message: string,
  place: ProblemPlace = {},
): RuleProblem {
  return { rule, severity: RULES[rule].severity, file, message, ...place };
}

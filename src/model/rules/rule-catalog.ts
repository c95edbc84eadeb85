/** Every rule `timc validate` checks, by its stable id (shown in brackets after each problem). */
export const RULES = {
  // The file itself: what a YAML reader would choke on.
  'yaml-syntax': { severity: 'error', summary: 'the file is not valid YAML' },
  'duplicate-key': { severity: 'error', summary: 'a key appears twice in one mapping' },
  'multiple-documents': {
    severity: 'error',
    summary: 'the file holds more than one YAML document',
  },
  'alias-limit': { severity: 'error', summary: 'aliases expand past the safety limit' },
  'nesting-limit': { severity: 'error', summary: 'collections nest deeper than timc reads' },
  'empty-file': { severity: 'error', summary: 'the file holds no data' },
  encoding: { severity: 'error', summary: 'the file is not UTF-8 text' },
  'binary-file': { severity: 'error', summary: 'the file holds binary data (NUL bytes)' },
  'file-too-large': { severity: 'error', summary: 'the file is larger than timc reads' },
  symlink: { severity: 'error', summary: 'a symbolic link where timc expects a file' },
  'not-a-file': { severity: 'error', summary: 'a folder (or other non-file) where a file belongs' },
  unreadable: { severity: 'error', summary: 'the file cannot be read' },
  'unsafe-key': { severity: 'error', summary: 'a key such as __proto__ or constructor' },
  schema: { severity: 'error', summary: "the data breaks the file's JSON Schema" },
  'invalid-date': { severity: 'error', summary: 'a date or time that names no real day' },
  'yaml11-key': { severity: 'warning', summary: 'a role name YAML 1.1 reads as a boolean' },
  // Where files sit.
  'unknown-file': { severity: 'error', summary: 'a file timc does not know in a folder it owns' },
  'missing-file': { severity: 'error', summary: 'a file that must exist is missing' },
  'cycle-folder': {
    severity: 'error',
    summary: "a cycle folder's name or year differs from its id",
  },
  // References between files.
  'duplicate-id': { severity: 'error', summary: 'two members, goals or activities share an id' },
  'duplicate-email': { severity: 'error', summary: 'two members share an email' },
  'unknown-member': { severity: 'error', summary: 'a member id not in members.yaml' },
  'unknown-role': { severity: 'error', summary: 'a role not defined in timc.yaml' },
  'unknown-school': { severity: 'warning', summary: 'a school not listed in timc.yaml' },
  'unknown-goal': { severity: 'error', summary: "a goal id not in the cycle's 1-goals.yaml" },
  'unknown-activity': {
    severity: 'error',
    summary: "an activity id not in the cycle's 2-activities.yaml",
  },
  'unknown-alignment': { severity: 'error', summary: 'an alignment id not in alignments.yaml' },
  'unknown-tim': { severity: 'error', summary: "a TIM activity not in the member's tim/ file" },
  // Who may do what.
  'coach-is-client': { severity: 'error', summary: 'the coach and the client are one person' },
  'checkin-outsider': {
    severity: 'error',
    summary: 'a check-in by someone who is neither coach nor client',
  },
  'tim-consent': { severity: 'warning', summary: 'TIM evidence attached while tim_access is off' },
  'tim-owner': { severity: 'error', summary: "TIM evidence that is not the client's" },
  'policy-disabled': { severity: 'error', summary: 'a field the policy switched off has a value' },
  'policy-required': {
    severity: 'error',
    summary: 'a completed phase lacks a field the policy requires',
  },
  'commit-author': {
    severity: 'error',
    summary: 'a commit changed a cycle its author may not change (--verify-history)',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type Severity = 'error' | 'warning';

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

import { problemOf, type RuleProblem } from './problem.js';

/** An error the YAML parser found, with its place and the source text it covers. */
export interface YamlIssue {
  code: string;
  message: string;
  line: number;
  col: number;
  /** The key at fault, for a repeated key. */
  source?: string;
}

function shorten(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}

function describeIssue(file: string, issue: YamlIssue): RuleProblem {
  const at = { line: issue.line, col: issue.col };
  if (issue.code === 'DUPLICATE_KEY') {
    const key = issue.source ? ` \`${shorten(issue.source)}\`` : '';
    return problemOf(
      'duplicate-key',
      file,
      `the key${key} appears twice in this mapping: keep one (YAML allows each key once)`,
      at,
    );
  }
  if (issue.code === 'MULTIPLE_DOCS') {
    return problemOf(
      'multiple-documents',
      file,
      'a second YAML document starts here (after a `---` line): ' +
        'timc reads one document per file, so remove the line or move the rest to its own file',
      at,
    );
  }
  const message = issue.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = /indent|compact|implicit key/i.test(message)
    ? ' (check the indentation of this line and the next ones)'
    : '';
  return problemOf('yaml-syntax', file, `not valid YAML: ${message}${hint}`, at);
}

/**
 * The parser's errors as problems: every repeated key and the second document, but only the
 * first syntax error, since the errors after one mostly follow from it.
 */
export function describeYamlIssues(file: string, issues: readonly YamlIssue[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let syntaxReported = false;

  for (const issue of issues) {
    const problem = describeIssue(file, issue);
    if (problem.rule === 'yaml-syntax') {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    if (problem.rule === 'multiple-documents' && problems.some((p) => p.rule === problem.rule)) {
      continue;
    }
    problems.push(problem);
  }
  return problems;
}

/** Aliases that expand past the limit: a "billion laughs" file, or a very repetitive one. */
export function describeAliasLimit(
  file: string,
  limit: number,
  at: { line: number; col: number },
): RuleProblem {
  return problemOf(
    'alias-limit',
    file,
    `the aliases (*name) in this file expand to more than ${limit} copies, past timc's ` +
      'safety limit: write the values out instead of repeating aliases',
    at,
  );
}

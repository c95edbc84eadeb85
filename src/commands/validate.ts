import type { CommandContext } from '../cli/context.js';
import { ReportedFailure } from '../errors.js';
import {
  countBySeverity,
  formatGithub,
  formatJson,
  formatSummary,
  formatText,
  type ValidateFormat,
  type ValidationReport,
} from '../validate/formats.js';
import { compareDiagnostics } from '../validate/locate.js';
import { validateRepository } from '../validate/validate-repository.js';
import { openValidationMemo } from '../validate/validation-memo.js';

export interface ValidateCommandOptions {
  /** text (default), github or json; the global --json means json. */
  format?: ValidateFormat;
  /** Fail on warnings too. */
  strict?: boolean;
  /** true (all of history) or a range such as origin/main..HEAD. */
  verifyHistory?: string | boolean;
}

/**
 * The whole repository checked, or the result of the last check when nothing changed since
 * (see validation-memo: every file's blob id is the key).
 */
async function validateRemembering(root: string, cwd: string): Promise<ValidationReport> {
  const memo = await openValidationMemo(root);
  const recalled = memo.recall();
  if (recalled) return recalled;

  // The facts of the check (large at scale) are let go before the memo looks at git again.
  const report = await validateRepository(root, { paths: [], cwd }).then((result) => ({
    files: result.files,
    diagnostics: result.diagnostics,
  }));
  await memo.remember(report);
  return report;
}

function printReport(context: CommandContext, report: ValidationReport, format: ValidateFormat) {
  const { output } = context;
  if (format === 'json') {
    output.line(formatJson(report));
    return;
  }
  for (const diagnostic of report.diagnostics) {
    output.line(
      format === 'github' ? formatGithub(diagnostic) : formatText(diagnostic, output.style),
    );
  }
  output.done(formatSummary(report));
}

/** `timc validate [PATH...]`: every problem in the repository (or PATHs), one line each. */
export async function validateCommand(
  context: CommandContext,
  paths: string[],
  options: ValidateCommandOptions,
): Promise<void> {
  const format = options.format ?? (context.output.json ? 'json' : 'text');
  const root = context.root;

  const checkHistory = options.verifyHistory !== undefined && options.verifyHistory !== false;
  if (paths.length === 0 && !checkHistory) {
    const report = await validateRemembering(root, context.cwd);
    printReport(context, report, format);
    failOnProblems(report, options);
    return;
  }

  const result = await validateRepository(root, { paths, cwd: context.cwd });
  let report: ValidationReport = { files: result.files, diagnostics: result.diagnostics };
  if (checkHistory) {
    const range = typeof options.verifyHistory === 'string' ? options.verifyHistory : '';
    const { verifyHistory } = await import('../validate/history.js');
    const history = await verifyHistory(root, range || undefined, result);
    const diagnostics = [...report.diagnostics, ...history.diagnostics].sort(compareDiagnostics);
    report = { ...report, commits: history.commits, diagnostics };
  }

  printReport(context, report, format);
  failOnProblems(report, options);
}

function failOnProblems(report: ValidationReport, options: ValidateCommandOptions): void {
  const { errors, warnings } = countBySeverity(report);
  if (errors > 0 || (options.strict && warnings > 0)) throw new ReportedFailure();
}

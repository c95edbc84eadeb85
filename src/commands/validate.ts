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

export interface ValidateCommandOptions {
  /** text (default), github or json; the global --json means json. */
  format?: ValidateFormat;
  /** Fail on warnings too. */
  strict?: boolean;
  /** true (all of history) or a range such as origin/main..HEAD. */
  verifyHistory?: string | boolean;
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

  const result = await validateRepository(root, { paths, cwd: context.cwd });
  let report: ValidationReport = { files: result.files, diagnostics: result.diagnostics };
  if (options.verifyHistory !== undefined && options.verifyHistory !== false) {
    const range = typeof options.verifyHistory === 'string' ? options.verifyHistory : '';
    const { verifyHistory } = await import('../validate/history.js');
    const history = await verifyHistory(root, range || undefined, result);
    const diagnostics = [...report.diagnostics, ...history.diagnostics].sort(compareDiagnostics);
    report = { ...report, commits: history.commits, diagnostics };
  }

  printReport(context, report, format);
  const { errors, warnings } = countBySeverity(report);
  if (errors > 0 || (options.strict && warnings > 0)) throw new ReportedFailure();
}

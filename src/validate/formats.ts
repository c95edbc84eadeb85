import type { ChalkInstance } from 'chalk';

import type { Diagnostic } from '../model/rules/problem.js';

export const VALIDATE_FORMATS = ['text', 'github', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** What one run of `timc validate` found. */
export interface ValidationReport {
  files: number;
  /** Commits checked by --verify-history; undefined without it. */
  commits?: number;
  diagnostics: Diagnostic[];
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countBySeverity(report: ValidationReport) {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: report.diagnostics.length - errors };
}

/** `Checked 57 files and 3 commits: 2 errors, 1 warning` (or `: no problems`). */
export function formatSummary(report: ValidationReport): string {
  const { errors, warnings } = countBySeverity(report);
  const commits = report.commits === undefined ? '' : ` and ${count(report.commits, 'commit')}`;
  const found =
    errors + warnings === 0
      ? 'no problems'
      : `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
  return `Checked ${count(report.files, 'file')}${commits}: ${found}`;
}

/** `path:line:col: error: message [rule]`, coloured when `style` has colour. */
export function formatText(diagnostic: Diagnostic, style: ChalkInstance): string {
  const { file, line, col, severity, message, rule } = diagnostic;
  const label = severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${style.bold(`${file}:${line}:${col}`)}: ${label}: ${message} ${style.dim(`[${rule}]`)}`;
}

/** GitHub Actions escapes data after `::` and property values differently. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command that GitHub shows as an annotation on the file's line in the diff. */
export function formatGithub(diagnostic: Diagnostic): string {
  const { file, line, col, severity, message, rule } = diagnostic;
  const properties =
    `file=${escapeProperty(file)},line=${line},col=${col},` +
    `title=${escapeProperty(`timc validate [${rule}]`)}`;
  return `::${severity} ${properties}::${escapeData(`${message} [${rule}]`)}`;
}

/** The machine-readable report: counts, then every diagnostic. */
export function formatJson(report: ValidationReport): string {
  const { errors, warnings } = countBySeverity(report);
  const value = {
    files: report.files,
    ...(report.commits === undefined ? {} : { commits: report.commits }),
    errors,
    warnings,
    diagnostics: report.diagnostics,
  };
  return JSON.stringify(value, null, 2);
}

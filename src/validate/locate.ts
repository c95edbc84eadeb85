import type { Diagnostic, RuleProblem } from '../model/rules/problem.js';
import type { SchemaKind } from '../store/layout.js';
import { readRepositoryText } from '../store/repository-file.js';
import { findDeepNesting } from '../store/yaml-depth.js';
import {
  keyPositionOf,
  parseYamlSource,
  positionOf,
  type Position,
  type YamlFile,
} from '../store/yaml-file.js';

const FILE_START: Position = { line: 1, col: 1 };

/** The file parsed with positions, or undefined if it no longer parses (it changed meanwhile). */
async function parseWithPositions(root: string, relPath: string, kind: SchemaKind) {
  const read = await readRepositoryText(root, relPath);
  if (!('text' in read) || findDeepNesting(read.text) !== undefined) return undefined;
  const file = parseYamlSource(read.text, relPath, kind);
  return file.doc.errors.length === 0 ? file : undefined;
}

function placeIn(file: YamlFile | undefined, problem: RuleProblem): Position {
  if (problem.line !== undefined) return { line: problem.line, col: problem.col ?? 1 };
  if (!file || !problem.path) return FILE_START;
  const at = problem.key ? keyPositionOf(file, problem.path) : positionOf(file, problem.path);
  return at ?? FILE_START;
}

/**
 * Gives each problem its line and column. Only files with a problem that points at a node are
 * parsed again, this time with positions; the rest of the repository never is.
 */
export async function locateProblems(
  root: string,
  problems: readonly RuleProblem[],
  kindOf: (relPath: string) => SchemaKind | undefined,
): Promise<Diagnostic[]> {
  const byFile = new Map<string, RuleProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }

  const diagnostics: Diagnostic[] = [];
  for (const [relPath, fileProblems] of byFile) {
    const kind = kindOf(relPath);
    const needsPositions = fileProblems.some((p) => p.path !== undefined && p.line === undefined);
    const file = needsPositions && kind ? await parseWithPositions(root, relPath, kind) : undefined;

    for (const problem of fileProblems) {
      const { line, col } = placeIn(file, problem);
      const { rule, severity, message } = problem;
      diagnostics.push({ file: relPath, line, col, severity, rule, message });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.col - b.col ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

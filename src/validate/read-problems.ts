import { lstat, readlink } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

import { isScalar, visit, type YAMLError } from 'yaml';

import { findInvalidUtf8, positionOfByte, positionOfOffset } from '../model/rules/file-content.js';
import { problemOf, type RuleProblem } from '../model/rules/problem.js';
import {
  describeAliasLimit,
  describeYamlIssues,
  type YamlIssue,
} from '../model/rules/yaml-issues.js';
import type { SchemaKind } from '../store/layout.js';
import { MAX_FILE_BYTES, readRepositoryText } from '../store/repository-file.js';
import type { ScannedFile } from '../store/repository-scan.js';
import { findDeepNesting, MAX_NESTING } from '../store/yaml-depth.js';
import { MAX_ALIAS_COUNT, parseYamlSource, type YamlFile } from '../store/yaml-file.js';

async function describeLink(root: string, relPath: string): Promise<string> {
  const target = await readlink(`${root}/${relPath}`).catch(() => undefined);
  if (target === undefined) return 'a symbolic link';
  const inside = relative(root, resolve(dirname(`${root}/${relPath}`), target));
  const outside = inside.startsWith('..') || isAbsolute(inside);
  return `a symbolic link to ${target}${outside ? ', outside the repository' : ''}`;
}

/** A stray entry in a folder timc owns; a symbolic link is named as one. */
export async function refineStrayProblem(root: string, problem: RuleProblem): Promise<RuleProblem> {
  const stats = await lstat(`${root}/${problem.file}`).catch(() => undefined);
  if (!stats?.isSymbolicLink()) return problem;
  return problemOf(
    'symlink',
    problem.file,
    `${await describeLink(root, problem.file)}: timc does not follow links`,
  );
}

/** The problems of a file whose text did not parse, each at its place. */
function diagnoseYaml(relPath: string, kind: SchemaKind, text: string): RuleProblem[] {
  const deep = findDeepNesting(text);
  if (deep !== undefined) {
    return [
      problemOf(
        'nesting-limit',
        relPath,
        `collections nest more than ${MAX_NESTING} levels deep here: timc does not read ` +
          'files nested this deeply',
        positionOfOffset(text, deep),
      ),
    ];
  }

  const file = parseYamlSource(text, relPath, kind);
  const issues = file.doc.errors.map((error) => describeParseError(file, error));
  if (issues.length > 0) return describeYamlIssues(relPath, issues);

  try {
    file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return [];
  } catch {
    let firstAlias = 0;
    visit(file.doc, {
      Alias(_, node) {
        firstAlias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return [describeAliasLimit(relPath, MAX_ALIAS_COUNT, file.lineCounter.linePos(firstAlias))];
  }
}

/**
 * A parser error with its place. A repeated key is named from the key node at the error; an
 * unclosed quote is placed where the quoted text starts, not at the end of the file where the
 * parser gave up.
 */
function describeParseError(file: YamlFile, error: YAMLError): YamlIssue {
  const [start] = error.pos;
  const issue: YamlIssue = {
    code: error.code,
    message: error.message,
    ...(error.linePos?.[0] ?? { line: 1, col: 1 }),
  };
  visit(file.doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === start) {
        issue.source = String(pair.key.value);
      }
    },
    Scalar(_, node) {
      const [from, to] = node.range ?? [0, 0];
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (error.code === 'MISSING_CHAR' && quoted && from < start && start <= to) {
        Object.assign(issue, file.lineCounter.linePos(from));
        issue.message = 'this quoted text has no closing quote';
      }
    },
  });
  return issue;
}

/**
 * The problems of a file the scan could not turn into data, with places: the file is read
 * again, since only files with problems are worth parsing with positions.
 */
export async function diagnoseFailure(
  root: string,
  scanned: ScannedFile,
  kind: SchemaKind,
): Promise<RuleProblem[]> {
  const { relPath } = scanned;
  const read = await readRepositoryText(root, relPath);
  if ('text' in read) return diagnoseYaml(relPath, kind, read.text);

  switch (read.failure) {
    case 'missing':
      return [problemOf('unreadable', relPath, 'the file disappeared while timc was reading')];
    case 'symlink':
      return [
        problemOf(
          'symlink',
          relPath,
          `${await describeLink(root, relPath)}: timc does not follow links; ` +
            'put the file itself here',
        ),
      ];
    case 'not-a-file':
      return [
        problemOf(
          'not-a-file',
          relPath,
          `${read.message} where timc expects a YAML file: move it away and put the file here`,
        ),
      ];
    case 'too-large':
      return [
        problemOf(
          'file-too-large',
          relPath,
          `${read.message.replace(/ \(.*/, '')}: timc reads files of at most ` +
            `${MAX_FILE_BYTES / 1024 / 1024} MiB`,
        ),
      ];
    case 'binary': {
      const at = positionOfByte(read.bytes!, read.bytes!.indexOf(0));
      return [
        problemOf(
          'binary-file',
          relPath,
          'binary data (a NUL byte) where timc expects YAML text',
          at,
        ),
      ];
    }
    case 'encoding': {
      const at = positionOfByte(read.bytes!, Math.max(0, findInvalidUtf8(read.bytes!)));
      return [
        problemOf(
          'encoding',
          relPath,
          'not UTF-8 text: save the file as UTF-8 (the first bad byte is here)',
          at,
        ),
      ];
    }
    case 'unreadable':
      return [problemOf('unreadable', relPath, `cannot be read: ${read.message}`)];
  }
}

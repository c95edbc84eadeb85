import { readFile } from 'node:fs/promises';

import {
  type Document,
  isCollection,
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  type ParsedNode,
  visit,
} from 'yaml';

import { TimcError } from '../errors.js';
import { type SchemaKind, schemaReference } from './layout.js';
import { findDeepNesting, MAX_NESTING } from './yaml-depth.js';

/** A YAML file of the repository, parsed with its comments, ready to read or edit. */
export interface YamlFile {
  /** Path relative to the repository root, with `/` separators. */
  relPath: string;
  kind: SchemaKind;
  doc: Document<ParsedNode, true>;
  lineCounter: LineCounter;
  /** The text as read from disk (undefined for a new file), to notice a change made meanwhile. */
  readText?: string;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The limit on alias expansion: a few hostile anchors must not blow up into gigabytes. */
export const MAX_ALIAS_COUNT = 100;

export interface Position {
  line: number;
  col: number;
}

/**
 * Parses YAML text with positions and returns the parser's errors instead of throwing; the
 * caller must have refused text that nests too deeply (see findDeepNesting).
 */
export function parseYamlSource(text: string, relPath: string, kind: SchemaKind): YamlFile {
  const lineCounter = new LineCounter();
  const source = text.replace(SCHEMA_LINE, '');
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, keepSourceTokens: false });
  return { relPath, kind, doc, lineCounter };
}

/** Parses YAML text; a syntax error becomes a TimcError naming `relPath:line:col`. */
export function parseYamlText(text: string, relPath: string, kind: SchemaKind): YamlFile {
  if (findDeepNesting(text) !== undefined) {
    throw new TimcError(`${relPath}: collections nest more than ${MAX_NESTING} levels deep`);
  }
  const { doc, lineCounter } = parseYamlSource(text, relPath, kind);

  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    const message = error.message.split('\n')[0]!;
    throw new TimcError(`${relPath}:${at.line}:${at.col}: not valid YAML: ${message}`);
  }
  return { relPath, kind, doc, lineCounter };
}

/** Reads and parses a file of the repository; a missing file is a TimcError naming it. */
export async function readYamlFile(
  root: string,
  relPath: string,
  kind: SchemaKind,
): Promise<YamlFile> {
  let text: string;
  try {
    text = await readFile(`${root}/${relPath}`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TimcError(`${relPath} is missing`);
    if (code === 'EISDIR') throw new TimcError(`${relPath} is a folder, not a file`);
    throw new TimcError(`${relPath} cannot be read: ${(error as Error).message}`);
  }
  return { ...parseYamlText(text, relPath, kind), readText: text };
}

/** The plain data of a file; aliases are expanded only up to MAX_ALIAS_COUNT. */
export function dataOf<T>(file: YamlFile): T {
  try {
    return file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as T;
  } catch (error) {
    throw new TimcError(`${file.relPath}: ${(error as Error).message}`);
  }
}

/** Where the node at `path` starts, or its nearest existing parent; undefined for new nodes. */
export function positionOf(
  file: YamlFile,
  path: readonly (string | number)[],
): Position | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = file.doc.getIn(path.slice(0, depth), true) as { range?: number[] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return file.lineCounter.linePos(start);
  }
  return undefined;
}

/**
 * Where the key of the last segment of `path` starts (for an unknown or misplaced key); the
 * node's own position when the parent is not a mapping.
 */
export function keyPositionOf(
  file: YamlFile,
  path: readonly (string | number)[],
): Position | undefined {
  const parent = path.length > 0 ? file.doc.getIn(path.slice(0, -1), true) : undefined;
  if (isMap(parent)) {
    const last = path[path.length - 1];
    const pair = parent.items.find(
      (item) => isScalar(item.key) && String(item.key.value) === String(last),
    );
    const start = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
    if (start !== undefined) return file.lineCounter.linePos(start);
  }
  return positionOf(file, path);
}

/**
 * `path:line:col` of a problem inside the file: at the key for a problem with a key (an unknown
 * field), else at the node; just the file's path for new nodes.
 */
export function placeOf(
  file: YamlFile,
  problem: { path: readonly (string | number)[]; key?: boolean },
): string {
  const at = problem.key ? keyPositionOf(file, problem.path) : positionOf(file, problem.path);
  return at ? `${file.relPath}:${at.line}:${at.col}` : file.relPath;
}

/**
 * Plain strings that a YAML 1.1 reader (PyYAML, js-yaml 3) would take for a boolean, number,
 * null or date; they are written in quotes so that every reader sees text.
 */
const AMBIGUOUS_IN_YAML_1_1 = [
  /^(y|yes|n|no|true|false|on|off|null|~)$/i,
  /^[-+]?[0-9][0-9_:.,eE+-]*$/,
  /^[-+]?\.(inf|nan)$/i,
  /^0[xob][0-9a-f_]+$/i,
  /^\d{4}-\d\d?-\d\d?([Tt ].*)?$/,
  /^=$/,
];

function isAmbiguousScalar(value: string): boolean {
  return value === '' || AMBIGUOUS_IN_YAML_1_1.some((pattern) => pattern.test(value));
}

/**
 * The text to write for a file: the `yaml-language-server` schema line first, then the
 * document with its comments and key order. Collections that hold collections are written in
 * block style, and strings a YAML 1.1 reader would misread are quoted.
 */
export function renderYamlFile(file: YamlFile): string {
  visit(file.doc, {
    Map(_, node) {
      if (node.flow && node.items.some((pair) => isCollection(pair.value))) node.flow = false;
    },
    Seq(_, node) {
      if (node.flow && node.items.some((item) => isCollection(item))) node.flow = false;
    },
    Scalar(_, node) {
      const plain = node.type === undefined || node.type === 'PLAIN';
      if (typeof node.value === 'string' && plain && isAmbiguousScalar(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  if (isCollection(file.doc.contents)) file.doc.contents.flow = false;

  const header = `# yaml-language-server: $schema=${schemaReference(file.relPath, file.kind)}`;
  return `${header}\n${file.doc.toString({ lineWidth: 0 })}`;
}

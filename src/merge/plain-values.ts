import { isNode, type Document, type Node } from 'yaml';

/** The plain data of a node of `doc`; undefined for an absent node. */
export function plainOf(doc: Document, node: unknown): unknown {
  if (node === undefined) return undefined;
  if (!isNode(node)) return node;
  return (node as Node).toJS(doc, { maxAliasCount: 100 });
}

/** Deep equality of plain YAML data (maps compare regardless of key order). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => isSameValue(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => key in right && isSameValue(left[key], right[key]));
}

/** A value on one line, shortened, for a conflict message. */
export function describeValue(value: unknown, limit = 80): string {
  if (value === undefined) return '(removed)';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? '');
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

import { Parser } from 'yaml';

/**
 * How deep collections may nest. timc's own files nest about six levels; the YAML reader
 * recurses once per level, and a file nested hundreds deep exhausts the stack (and can take
 * Node down with it), so deeper files are refused before they are parsed.
 */
export const MAX_NESTING = 64;

/** A cheap look for what could nest deeply: many brackets, or a line deep in indents or dashes. */
function mayNestDeeply(text: string): boolean {
  let brackets = 0;
  for (const bracket of ['[', '{']) {
    let at = text.indexOf(bracket);
    while (at !== -1 && brackets <= MAX_NESTING) {
      brackets += 1;
      at = text.indexOf(bracket, at + 1);
    }
  }
  return brackets > MAX_NESTING || /^[ \t?-]{64}/m.test(text);
}

interface CstNode {
  offset?: number;
  value?: unknown;
  key?: unknown;
  items?: { key?: unknown; value?: unknown }[];
}

/**
 * The offset of the first node nested deeper than MAX_NESTING, or undefined. The walk uses
 * yaml's token parser, which keeps its own stack and so copes with any depth.
 */
export function findDeepNesting(text: string): number | undefined {
  if (!mayNestDeeply(text)) return undefined;

  for (const token of new Parser().parse(text)) {
    const pending: [CstNode | undefined, number][] = [[token as CstNode, 0]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [node, depth] = next;
      if (!node || typeof node !== 'object') continue;
      if (depth > MAX_NESTING) return node.offset ?? 0;

      for (const item of node.items ?? []) {
        pending.push([item.key as CstNode, depth + 1], [item.value as CstNode, depth + 1]);
      }
      if (node.value && typeof node.value === 'object') {
        pending.push([node.value as CstNode, depth]);
      }
    }
  }
  return undefined;
}

import { problemOf, type RuleProblem, type YamlPath } from './problem.js';

/** Keys that JavaScript tools (and some YAML readers) treat as an object's machinery. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keys such as `__proto__` anywhere in a file: other tools reading the data may turn them into
 * prototype pollution, and timc never writes them.
 */
export function checkUnsafeKeys(file: string, data: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const pending: [unknown, YamlPath][] = [[data, []]];

  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (value === null || typeof value !== 'object') continue;

    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, [...path, index]]));
      continue;
    }
    for (const key of Object.keys(value)) {
      const keyPath = [...path, key];
      if (UNSAFE_KEYS.has(key)) {
        problems.push(
          problemOf(
            'unsafe-key',
            file,
            `the key \`${key}\` is not allowed: tools reading this file could mistake it for ` +
              "JavaScript's object machinery",
            { path: keyPath, key: true },
          ),
        );
      }
      pending.push([(value as Record<string, unknown>)[key], keyPath]);
    }
  }
  return problems.reverse();
}

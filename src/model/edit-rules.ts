import type { Side } from './types.js';

/** Who is editing a file by hand: their side in the cycle, and whether they hold `admin`. */
export interface Editor {
  side?: Side;
  admin: boolean;
}

type Data = Record<string, unknown> | null | undefined;

function valueAt(data: Data, path: readonly string[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function changed(before: Data, after: Data, path: readonly string[]): boolean {
  return JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path));
}

interface GuardedField {
  path: string[];
  /** Whether this person may change it by hand. */
  mayChange: (editor: Editor) => boolean;
  why: string;
}

const CYCLE_FIELDS: GuardedField[] = [
  { path: ['id'], mayChange: () => false, why: 'it must equal the folder name' },
  { path: ['created_by'], mayChange: () => false, why: 'it records who started the cycle' },
  { path: ['created_at'], mayChange: () => false, why: 'it records when the cycle started' },
  { path: ['coach'], mayChange: (editor) => editor.admin, why: 'only an admin reassigns a cycle' },
  { path: ['client'], mayChange: (editor) => editor.admin, why: 'only an admin reassigns a cycle' },
  {
    path: ['tim_access'],
    mayChange: (editor) => editor.side === 'client',
    why: 'only the client gives or takes back TIM access',
  },
  {
    path: ['published', 'coach'],
    mayChange: (editor) => editor.side === 'coach',
    why: "only the coach sets the coach's publish flag",
  },
  {
    path: ['published', 'client'],
    mayChange: (editor) => editor.side === 'client',
    why: "only the client sets the client's publish flag",
  },
];

const REFLECTION_FIELDS: GuardedField[] = [
  {
    path: ['coach'],
    mayChange: (editor) => editor.side === 'coach',
    why: "only the coach writes the coach's reflection",
  },
  {
    path: ['client'],
    mayChange: (editor) => editor.side === 'client',
    why: "only the client writes the client's reflection",
  },
];

/**
 * What a hand edit changed that this person may not change through `timc edit`: the rules of
 * SPEC's "Who may do what" that a schema cannot express. Empty when the edit is allowed.
 */
export function forbiddenEditChanges(
  kind: string,
  before: Data,
  after: Data,
  editor: Editor,
): string[] {
  const fields = kind === 'cycle' ? CYCLE_FIELDS : kind === 'reflection' ? REFLECTION_FIELDS : [];
  return fields
    .filter((field) => changed(before, after, field.path) && !field.mayChange(editor))
    .map((field) => `\`${field.path.join('.')}\` may not be changed here: ${field.why}`);
}

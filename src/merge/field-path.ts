/** One step into a YAML document: a map key, or a list entry found by its identity key. */
export type FieldSegment = string | { entry: string };

/** Where a value sits: the exact segments, and the pattern (`*` for any list entry) rules use. */
export interface Location {
  segments: readonly FieldSegment[];
  pattern: string;
}

export const DOCUMENT_ROOT: Location = { segments: [], pattern: '' };

export function childLocation(at: Location, key: string): Location {
  return {
    segments: [...at.segments, key],
    pattern: at.pattern === '' ? key : `${at.pattern}.${key}`,
  };
}

export function entryLocation(at: Location, entry: string): Location {
  return { segments: [...at.segments, { entry }], pattern: `${at.pattern}.*` };
}

/**
 * A field as people read it: `goals[g1].text`, `published.coach`, `progress[a2].status`;
 * `(whole file)` for the document itself.
 */
export function formatField(segments: readonly FieldSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'string') text += text === '' ? segment : `.${segment}`;
    else text += `[${segment.entry}]`;
  }
  return text === '' ? '(whole file)' : text;
}

/** True when `field` is `scope` itself or lies inside it (`goals[g1]` covers `goals[g1].text`). */
export function isFieldWithin(field: string, scope: string): boolean {
  if (field === scope) return true;
  return field.startsWith(`${scope}.`) || field.startsWith(`${scope}[`);
}

import { serialize } from 'node:v8';

import { parseDocument } from 'yaml';

import { isJsonSafe, type ParsedPayload } from './parsed-data.js';
import { findDeepNesting } from './yaml-depth.js';
import { MAX_ALIAS_COUNT } from './yaml-file.js';

/**
 * Parses YAML text as `yaml`'s `parse` does (unique keys, limited aliases), without warnings;
 * text that nests too deeply is refused before it is parsed (see findDeepNesting).
 */
export function parseToPayload(text: string): ParsedPayload {
  if (findDeepNesting(text) !== undefined) return 'Enesting\tnested too deeply';
  try {
    const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: false });
    const error = doc.errors[0];
    if (error) return `Eyaml\t${error.message.split('\n')[0]}`;

    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (isJsonSafe(data)) return `J${JSON.stringify(data)}`;
    return `V${serialize(data).toString('base64')}`;
  } catch (error) {
    return `Eyaml\t${(error as Error).message.split('\n')[0]}`;
  }
}

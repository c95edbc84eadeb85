import { serialize } from 'node:v8';

import { parseDocument } from 'yaml';

import { isJsonSafe, type ParsedPayload } from './parsed-data.js';
import { MAX_ALIAS_COUNT } from './yaml-file.js';

/** Parses YAML text as `yaml`'s `parse` does (unique keys, limited aliases), without warnings. */
export function parseToPayload(text: string): ParsedPayload {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: false });
    const error = doc.errors[0];
    if (error) return `E${error.message.split('\n')[0]}`;

    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (isJsonSafe(data)) return `J${JSON.stringify(data)}`;
    return `V${serialize(data).toString('base64')}`;
  } catch (error) {
    return `E${(error as Error).message.split('\n')[0]}`;
  }
}

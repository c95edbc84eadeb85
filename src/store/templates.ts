import { readFile } from 'node:fs/promises';

import type { SchemaKind } from './layout.js';
import { packagePath } from './package-files.js';
import { parseYamlText, type YamlFile } from './yaml-file.js';

/**
 * A new file for `relPath` from a commented template under templates/ (e.g. `cycle/1-goals.yaml`),
 * so that a person editing it by hand sees what each field is for.
 */
export async function fileFromTemplate(
  template: string,
  relPath: string,
  kind: SchemaKind,
): Promise<YamlFile> {
  const text = await readFile(packagePath('templates', template), 'utf8');
  return parseYamlText(text, relPath, kind);
}

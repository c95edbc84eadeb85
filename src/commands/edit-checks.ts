import { TimcError } from '../errors.js';
import { type Editor, forbiddenEditChanges } from '../model/edit-rules.js';
import type { SchemaKind } from '../store/layout.js';
import { checkAgainstSchema } from '../store/schemas.js';
import { dataOf, parseYamlText, placeOf, type YamlFile } from '../store/yaml-file.js';

type Data = Record<string, unknown> | null | undefined;

/** The file parsed from `text`, or undefined when it is not valid YAML. */
export function parseOrNothing(
  text: string | undefined,
  relPath: string,
  kind: SchemaKind,
): YamlFile | undefined {
  if (text === undefined) return undefined;
  try {
    const file = parseYamlText(text, relPath, kind);
    dataOf(file);
    return file;
  } catch (error) {
    if (error instanceof TimcError) return undefined;
    throw error;
  }
}

export interface EditCheck {
  /** The edited file, when it may be committed. */
  file?: YamlFile;
  /** Each problem as one line, `path:line:col: message` where the place is known. */
  problems: string[];
}

/**
 * Checks a hand edit: YAML that parses, data that follows the file's schema, and no change to
 * what this person may not change (`baseline` is the file as last recorded).
 */
export async function checkEditedText(
  text: string,
  relPath: string,
  kind: SchemaKind,
  baseline: Data,
  editor: Editor,
): Promise<EditCheck> {
  let file: YamlFile;
  let data: Data;
  try {
    file = parseYamlText(text, relPath, kind);
    data = dataOf<Data>(file);
  } catch (error) {
    if (error instanceof TimcError) return { problems: [error.message] };
    throw error;
  }

  const schemaProblems = await checkAgainstSchema(kind, data);
  const problems = [
    ...schemaProblems.map((problem) => `${placeOf(file, problem)}: ${problem.message}`),
    ...forbiddenEditChanges(kind, baseline, data, editor).map((why) => `${relPath}: ${why}`),
  ];
  return problems.length > 0 ? { problems } : { file, problems };
}

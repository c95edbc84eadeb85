import { TimcError } from '../errors.js';
import { checkAgainstSchema } from './schemas.js';
import { dataOf, placeOf, type YamlFile } from './yaml-file.js';

/**
 * Reads a file that decisions rest on (settings, members, a cycle's files) and refuses to go on when it breaks
 * its schema, naming the first problem's place.
 */
export async function readCheckedFile<T>(file: YamlFile): Promise<T> {
  const data = dataOf<T>(file);
  const problems = await checkAgainstSchema(file.kind, data);
  const first = problems[0];
  if (first) {
    throw new TimcError(
      `${placeOf(file, first)}: ${first.message}; nothing was changed: ` +
        'fix the file (see `timc validate`) and try again',
    );
  }
  return data;
}

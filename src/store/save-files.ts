import { TimcError } from '../errors.js';
import { writeFilesAtomically } from './atomic-write.js';
import { checkAgainstSchema } from './schemas.js';
import { dataOf, parseYamlText, placeOf, renderYamlFile, type YamlFile } from './yaml-file.js';

/**
 * Checks every file against its schema and writes them all atomically; when any is invalid,
 * nothing is written and the error names the file, the place and the problem.
 */
export async function saveYamlFiles(root: string, files: readonly YamlFile[]): Promise<void> {
  const rendered: { path: string; text: string }[] = [];

  for (const file of files) {
    const text = renderYamlFile(file);
    // Checked as a reader of the written text will see it, not as the edited document says.
    const written = parseYamlText(text, file.relPath, file.kind);
    const problems = await checkAgainstSchema(file.kind, dataOf(written));

    if (problems.length > 0) {
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
      throw new TimcError(
        `${placeOf(file, first)}: ${first.message}${more}; nothing was changed: ` +
          `fix the file (see \`timc validate\`) and try again`,
      );
    }
    rendered.push({ path: `${root}/${file.relPath}`, text });
  }

  await writeFilesAtomically(rendered);
}

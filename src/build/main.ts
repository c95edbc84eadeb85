import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { writeCompiledSchemas } from './compile-schemas.js';
import { writeHelpText } from './write-help.js';

function distPath(relPath: string): string {
  return fileURLToPath(new URL(`../${relPath}`, import.meta.url));
}

/**
 * The build steps after `tsc` (run by `npm run build`): compiled schemas, the help text, and a
 * build stamp that retires every cache of parsed files a previous build wrote.
 */
async function finishBuild(): Promise<void> {
  await writeCompiledSchemas(distPath('store/compiled-schemas.js'));
  writeHelpText(distPath('cli/help.txt'));
  writeFileSync(distPath('build-stamp.txt'), `${Date.now()}-${randomBytes(4).toString('hex')}\n`);
}

await finishBuild();

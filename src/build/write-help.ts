import { writeFileSync } from 'node:fs';

import { buildProgram } from '../cli/program.js';

/**
 * Writes `target`: the text of `timc --help`, which bin/timc prints without loading any module
 * (help is wrapped at a fixed width, see program.ts, so the two always agree).
 */
export function writeHelpText(target: string): void {
  writeFileSync(target, buildProgram().helpInformation());
}

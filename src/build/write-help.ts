import { writeFileSync } from 'node:fs';

import { buildProgram } from '../cli/program.js';

/**
 * Writes `target`: the text of `timc --help`, so that the most common first command answers
 * without loading the command-line library (help is wrapped at a fixed width, see program.ts).
 */
export function writeHelpText(target: string): void {
  writeFileSync(target, buildProgram().helpInformation());
}

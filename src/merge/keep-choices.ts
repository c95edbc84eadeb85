import { isFieldWithin } from './field-path.js';

/** The side a person chose to keep: their own (`mine`) or the shared repository's (`theirs`). */
export type KeptSide = 'mine' | 'theirs';

/** A choice made with `timc sync --keep SIDE [FILE [FIELD]]`; no file means every file. */
export interface KeepChoice {
  side: KeptSide;
  file?: string;
  field?: string;
}

/** The side chosen for a field of a file (the latest matching choice), or undefined. */
export function chosenSide(
  choices: readonly KeepChoice[],
  file: string,
  field: string | undefined,
): KeptSide | undefined {
  let side: KeptSide | undefined;
  for (const choice of choices) {
    if (choice.file !== undefined && choice.file !== file) continue;
    const fieldMatches = field !== undefined && isFieldWithin(field, choice.field ?? field);
    if (choice.field !== undefined && !fieldMatches) continue;
    side = choice.side;
  }
  return side;
}

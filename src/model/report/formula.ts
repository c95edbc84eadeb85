/** The first characters that make a spreadsheet read a cell as a formula (OWASP, SPEC.md). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula, written with a leading `'` so that it shows as
 * text; any other text is returned unchanged.
 */
export function protectFromFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

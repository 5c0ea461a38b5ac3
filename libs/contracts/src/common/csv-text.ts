import Papa from 'papaparse';

/**
 * A text cell a spreadsheet would run as a formula (PRODUCT.md: one beginning with `=`, `+`, `-`,
 * `@`, a tab or a carriage return). Papa Parse's own default pattern ends in `.*$`, which misses
 * a formula followed by a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Every CSV the system writes: RFC 4180 quoting by Papa Parse, and formula-looking text cells
 * prefixed with `'` (quoted), while numbers are written as numbers (`-500`).
 */
export function toCsv(rows: CsvCell[][], newline: '\r\n' | '\n' = '\r\n'): string {
  return Papa.unparse(rows, { newline, escapeFormulae: FORMULA_START });
}

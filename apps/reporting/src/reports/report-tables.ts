export type CellValue = string | number | boolean | null;

export interface ReportColumn {
  key: string;
  header: string;
  /** Shown in the header, e.g. `Income (£000s)`; a numeric column with a unit is formatted as such. */
  unit?: 'GBP' | 'GBP thousands' | 'days' | 'people' | 'count' | 'percent' | 'score';
}

/** One table of a report: one CSV section, one XLSX sheet. */
export interface ReportTable {
  name: string;
  columns: ReportColumn[];
  /** Views (classes, so without an index signature) or records whose columns' fields hold cell values. */
  rows: readonly object[];
}

/** The value of a column in a row; a field that is not a cell value (or is missing) is empty. */
export function cellOf(row: object, key: string): CellValue {
  const value: unknown = (row as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

const UNIT_LABEL: Record<NonNullable<ReportColumn['unit']>, string> = {
  GBP: '£',
  'GBP thousands': '£000s',
  days: 'days',
  people: 'people',
  count: 'number',
  percent: '%',
  score: 'points',
};

export const headerOf = (column: ReportColumn) =>
  column.unit ? `${column.header} (${UNIT_LABEL[column.unit]})` : column.header;

/** `2025/26` as it can stand in a file name: `2025-26`. */
export const fileYear = (academicYear: string) => academicYear.replace('/', '-');

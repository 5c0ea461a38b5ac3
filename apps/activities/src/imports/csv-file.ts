import { IMPORT_COLUMNS } from '@app/contracts';
import Papa from 'papaparse';
import { badFile } from './imports.errors';

/** One data row of the file: its cells by column, or why it could not be read. */
export interface CsvRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  record?: Record<string, string>;
  problem?: string;
}

const REQUIRED = ['partnerId', 'type', 'title', 'faculty', 'startDate'];
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/**
 * Reads the whole file. A header with unknown, repeated or missing columns, or broken quoting,
 * rejects the file (before anything is queued); a row with the wrong number of cells is one
 * problem of that row; rows with nothing in them are passed over.
 */
export function parseActivityCsv(content: string): CsvRow[] {
  if (!content.trim()) throw badFile('is empty');
  if (Buffer.byteLength(content) > MAX_IMPORT_BYTES)
    throw badFile(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: false,
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw badFile(`is not valid CSV: row ${(broken.row ?? 0) + 1}: ${broken.message}`);
  const [header = [], ...data] = parsed.data;
  const columns = checkHeader(header);
  const rows: CsvRow[] = [];
  data.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length !== columns.length) {
      rows.push({ row, problem: `has ${cells.length} cells where the header has ${columns.length}` });
      return;
    }
    const record: Record<string, string> = {};
    for (let column = 0; column < columns.length; column++) record[columns[column]] = cells[column];
    rows.push({ row, record });
  });
  return rows;
}

function checkHeader(header: string[]): string[] {
  const columns = header.map((column) => column.trim());
  const unknown = columns.filter((column) => !IMPORT_COLUMNS.includes(column));
  if (unknown.length)
    throw badFile(
      `has unknown columns: ${unknown.join(', ')} (see GET /activities/imports/template)`,
      'columns',
    );
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (repeated.length) throw badFile(`has columns more than once: ${repeated.join(', ')}`, 'columns');
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length) throw badFile(`lacks required columns: ${missing.join(', ')}`, 'columns');
  return columns;
}

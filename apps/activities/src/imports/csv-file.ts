import { IMPORT_COLUMNS } from '@app/contracts';
import { parse } from 'csv-parse/sync';
import { badFile } from './imports.errors';

export interface CsvRow {
  /** The line number a spreadsheet shows (the header is line 1). */
  line: number;
  record: Record<string, string>;
}

const REQUIRED = ['partnerId', 'type', 'title', 'faculty', 'startDate'];
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/** Parses the whole file; a header with unknown or missing columns rejects the file before anything is queued. */
export function parseActivityCsv(content: string): CsvRow[] {
  if (!content.trim()) throw badFile('is empty');
  if (Buffer.byteLength(content) > MAX_IMPORT_BYTES)
    throw badFile(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(content.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => {
        const columns = header.map((column) => column.trim());
        const unknown = columns.filter((column) => !IMPORT_COLUMNS.includes(column));
        if (unknown.length)
          throw badFile(
            `has unknown columns: ${unknown.join(', ')} (see GET /activities/imports/template)`,
            'columns',
          );
        const missing = REQUIRED.filter((column) => !columns.includes(column));
        if (missing.length) throw badFile(`lacks required columns: ${missing.join(', ')}`, 'columns');
        return columns;
      },
      skip_empty_lines: true,
      info: true,
      relax_quotes: false,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error;
    throw badFile(`is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parsed.map(({ record, info }) => ({ record, line: info.lines }));
}

import type { ReportFile } from '@app/contracts';

type CsvValue = string | number | boolean | null | undefined;

const cell = (value: CsvValue) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV download: a header row (with units in the names) and one line per row. */
export function csvFile(name: string, header: string[], rows: CsvValue[][]): ReportFile {
  const body = [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  return { file: { name: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body } };
}

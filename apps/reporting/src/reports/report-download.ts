import { type ReportFile, toCsv } from '@app/contracts';
import ExcelJS from 'exceljs';
import { type CellValue, cellOf, headerOf, type ReportTable } from './report-tables';

/**
 * A CSV download: one section per table, each opened by a `# <table>` line and its header row
 * (units in the names), separated by an empty line. A one-table report is a plain CSV.
 */
export function csvDownload(name: string, tables: ReportTable[], meta: [string, CellValue][]): ReportFile {
  const comment = (line: string) => (tables.length > 1 || meta.length ? [line] : []);
  const sections = tables.map((table) =>
    [
      ...(tables.length > 1 ? [`# ${table.name}`] : []),
      toCsv([
        table.columns.map(headerOf),
        ...table.rows.map((row) => table.columns.map((column) => cellOf(row, column.key))),
      ]),
    ].join('\r\n'),
  );
  const head = meta.flatMap(([key, value]) => comment(`# ${key}: ${value ?? ''}`));
  const body = [...(head.length ? [head.join('\r\n')] : []), ...sections].join('\r\n\r\n') + '\r\n';
  return { file: { name: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body } };
}

const NUMBER_FORMAT: Record<string, string> = {
  GBP: '"£"#,##0.00',
  'GBP thousands': '#,##0',
  days: '#,##0.0',
  people: '#,##0',
  count: '#,##0',
  percent: '0.0',
  score: '0.0',
};

/** An XLSX workbook: a sheet per table with a bold, frozen header row, units in the headers and number formats. */
export async function xlsxDownload(
  name: string,
  tables: ReportTable[],
  meta: [string, CellValue][],
): Promise<ReportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partnership Hub';
  workbook.created = new Date();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: headerOf(column),
      key: column.key,
      width: Math.min(60, Math.max(12, headerOf(column).length + 2)),
      style: column.unit ? { numFmt: NUMBER_FORMAT[column.unit] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows)
      sheet.addRow(Object.fromEntries(table.columns.map((column) => [column.key, cellOf(row, column.key)])));
  }
  if (meta.length) {
    const about = workbook.addWorksheet('About');
    about.columns = [
      { header: 'Field', key: 'field', width: 20 },
      { header: 'Value', key: 'value', width: 60 },
    ];
    about.getRow(1).font = { bold: true };
    for (const [field, value] of meta) about.addRow({ field, value });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    file: {
      name: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(buffer).toString('base64'),
      encoding: 'base64',
    },
  };
}

/** Excel sheet names: at most 31 characters, no `[]:*?/\`, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export interface Downloadable {
  /** File name without extension. */
  name: string;
  tables: ReportTable[];
  /** Shown above the CSV sections and on the XLSX "About" sheet: as-of time, year, scope. */
  meta: [string, CellValue][];
}

/** A download holds every row: paginated reports skip paging for it. */
export const isDownload = (format?: string): format is 'csv' | 'xlsx' =>
  format === 'csv' || format === 'xlsx';

/** The JSON report, or its download in the asked format. */
export async function respond<T>(
  format: string | undefined,
  report: T,
  download: (report: T) => Downloadable,
) {
  if (!isDownload(format)) return report;
  const { name, tables, meta } = download(report);
  return format === 'csv' ? csvDownload(name, tables, meta) : xlsxDownload(name, tables, meta);
}

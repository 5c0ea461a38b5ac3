import { DomainError } from '@app/contracts';
import { parseActivityCsv } from './csv-file';

const HEADER = 'partnerId,type,title,faculty,startDate';

function problemOf(content: string) {
  try {
    parseActivityCsv(content);
  } catch (error) {
    if (error instanceof DomainError) return error.details;
    throw error;
  }
  return undefined;
}

describe('parseActivityCsv', () => {
  it('numbers rows as a spreadsheet does, a quoted line break staying inside its row', () => {
    const rows = parseActivityCsv(
      `\uFEFF${HEADER}\r\np1,consultancy,"Two\nlines",ENG,2025-09-01\r\n\r\np2,ktp,"Say ""hi""",MED,2025-10-01\r\n`,
    );
    expect(rows).toEqual([
      {
        row: 2,
        record: {
          partnerId: 'p1',
          type: 'consultancy',
          title: 'Two\nlines',
          faculty: 'ENG',
          startDate: '2025-09-01',
        },
      },
      {
        row: 4,
        record: { partnerId: 'p2', type: 'ktp', title: 'Say "hi"', faculty: 'MED', startDate: '2025-10-01' },
      },
    ]);
  });

  it('makes a row with the wrong number of cells a problem of that row, and passes over empty rows', () => {
    const rows = parseActivityCsv(`${HEADER}\np1,consultancy,T,ENG\n,,,,\np2,consultancy,T,ENG,2025-09-01\n`);
    expect(rows).toEqual([
      { row: 2, problem: 'has 4 cells where the header has 5' },
      expect.objectContaining({ row: 4 }),
    ]);
  });

  it('rejects the whole file for broken quoting, unknown, repeated or missing columns, or no content', () => {
    expect(problemOf(`${HEADER}\np1,consultancy,"unclosed,ENG,2025-09-01\n`)).toEqual([
      {
        field: 'file',
        problem: expect.stringMatching(/^is not valid CSV: row 2: Quoted field unterminated/),
      },
    ]);
    expect(problemOf(`${HEADER},colour\n`)).toEqual([
      { field: 'columns', problem: expect.stringContaining('unknown columns: colour') },
    ]);
    expect(problemOf(`${HEADER},title\n`)).toEqual([
      { field: 'columns', problem: 'has columns more than once: title' },
    ]);
    expect(problemOf('partnerId,type\n')).toEqual([
      { field: 'columns', problem: 'lacks required columns: title, faculty, startDate' },
    ]);
    expect(problemOf(' \n')).toEqual([{ field: 'file', problem: 'is empty' }]);
  });
});

import Papa from 'papaparse';
import { toCsv } from './csv-text';

describe('toCsv', () => {
  it("prefixes formula-looking text with ' and writes numbers as numbers", () => {
    const csv = toCsv([
      ['Title', 'Income'],
      ['=HYPERLINK("http://evil.example","x")', -500],
      ["+cmd|' /C calc'!A0", 12.5],
      ['-1+2', 0],
      ['@SUM(A1)', null],
      ['\tTab', true],
      ['\r=1', 1],
      ['=1\n=2', 2],
      ['plain, with a comma', 3],
      ['-500', -500],
    ]);
    expect(csv).toBe(
      [
        'Title,Income',
        `"'=HYPERLINK(""http://evil.example"",""x"")",-500`,
        `"'+cmd|' /C calc'!A0",12.5`,
        `"'-1+2",0`,
        `"'@SUM(A1)",`,
        `"'\tTab",true`,
        `"'\r=1",1`,
        `"'=1\n=2",2`,
        '"plain, with a comma",3',
        `"'-500",-500`,
      ].join('\r\n'),
    );
  });

  it('reads back as the same text with the prefix, so nothing else changes', () => {
    const rows = [
      ['a "quoted" word', 'line\nbreak', 'Zoë'],
      ['', '=x', '1'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['a "quoted" word', 'line\nbreak', 'Zoë'],
      ['', "'=x", '1'],
    ]);
  });
});

import { isISO8601 } from 'class-validator';
import { isCalendarDate } from './calendar-date';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('isCalendarDate', () => {
  it('says what isISO8601 strict says of every YYYY-MM-DD from 1899 to 2101, months 00–13, days 00–32', () => {
    const disagreements: string[] = [];
    let real = 0;
    for (let year = 1899; year <= 2101; year++)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const expected = isISO8601(date, { strict: true });
          if (isCalendarDate(date) !== expected) disagreements.push(date);
          if (expected) real++;
        }
    expect(disagreements).toEqual([]);
    expect(real).toBe(74_144); // the days of 203 years, 49 of them leap years
  });

  it('says what isISO8601 strict says of New Year, 28 and 29 February and 31 December of every year 0000–9999', () => {
    const disagreements: string[] = [];
    for (let year = 0; year <= 9999; year++)
      for (const monthDay of ['01-01', '02-28', '02-29', '12-31']) {
        const date = `${pad(year, 4)}-${monthDay}`;
        if (isCalendarDate(date) !== isISO8601(date, { strict: true })) disagreements.push(date);
      }
    expect(disagreements).toEqual([]);
  });

  it('agrees on the years at the edges and on values that are not dates', () => {
    const values: unknown[] = [
      '0000-01-01',
      '0000-02-29',
      '0099-12-31',
      '0100-01-01',
      '0100-02-29',
      '0400-02-29',
      '9999-12-31',
      '2024-02-29',
      '2100-02-29',
      '2000-02-29',
      '2025-1-01',
      '2025-01-01T10:00:00Z',
      '2025-01-01 ',
      '20250101',
      '',
      'tomorrow',
    ];
    for (const value of values)
      expect([value, isCalendarDate(value)]).toEqual([value, isISO8601(value, { strict: true })]);
    expect(isCalendarDate(20250101)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

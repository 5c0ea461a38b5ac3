import { daysBetween, responseDueBy, ukDate } from './working-days';

describe('responseDueBy', () => {
  it('counts ten working days, skipping weekends', () => {
    // Monday 3 November 2025, midday: ten working days later is Monday 17 November.
    expect(responseDueBy(new Date('2025-11-03T12:00:00Z'), 10)).toBe('2025-11-17');
  });

  it('starts counting from the next day when feedback arrives on a weekend', () => {
    // Saturday 8 November 2025: Mon 10 … Fri 14 are five working days.
    expect(responseDueBy(new Date('2025-11-08T09:00:00Z'), 5)).toBe('2025-11-14');
  });

  it('skips listed holidays', () => {
    // Christmas and Boxing Day 2025 fall on Thursday and Friday.
    const holidays = new Set(['2025-12-25', '2025-12-26']);
    expect(responseDueBy(new Date('2025-12-22T10:00:00Z'), 3, holidays)).toBe('2025-12-29');
  });

  it('uses the UK date: 23:30 UTC in summer is already the next day in London', () => {
    expect(ukDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukDate(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});

describe('daysBetween', () => {
  it('counts whole days across a month end', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
  });
});

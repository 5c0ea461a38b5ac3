const UK_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the UK (`YYYY-MM-DD`) at an instant: closing dates and deadlines are UK days. */
export function ukDate(at: Date = new Date()): string {
  return UK_DATE.format(at);
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The last UK date by which feedback submitted at `from` must have had its first response:
 * `workingDays` working days (Monday to Friday, not a listed holiday) after the day it arrived.
 */
export function responseDueBy(
  from: Date,
  workingDays: number,
  holidays: ReadonlySet<string> = new Set(),
): string {
  let date = ukDate(from);
  let left = workingDays;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
}

/** Whole days from one `YYYY-MM-DD` date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 2,
});
const whole = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

export const gbp = (value: number | string | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : pounds.format(Number(value));

export const gbpWhole = (value: number | null | undefined): string =>
  value == null ? '—' : whole.format(value);

export const date = (value: string | null | undefined): string =>
  value
    ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value).toLocaleDateString('en-GB', {
        dateStyle: 'medium',
      })
    : '—';

export const dateTime = (value: string | null | undefined): string =>
  value ? new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** The academic year a date falls in (1 August – 31 July), written 2025/26. */
export function academicYearOf(day: Date = new Date()): string {
  const start = day.getUTCMonth() >= 7 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function recentAcademicYears(count = 5): string[] {
  const now = new Date();
  return Array.from({ length: count }, (_, i) =>
    academicYearOf(new Date(Date.UTC(now.getUTCFullYear() - i, now.getUTCMonth(), 15))),
  );
}

const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;

/** The academic year (1 August – 31 July) of a `YYYY-MM-DD` date, written `2025/26`. */
export function academicYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function isAcademicYear(value: string): boolean {
  const match = ACADEMIC_YEAR.exec(value);
  return !!match && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** First and last day of an academic year. */
export function academicYearBounds(academicYear: string): { from: string; to: string } {
  const start = Number(academicYear.slice(0, 4));
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

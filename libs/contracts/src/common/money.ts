/** Money crosses the API as a JSON number of pounds and is stored as `numeric(14,2)` text. */
export function moneyToDb(value: number | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return value.toFixed(2);
}

export function moneyFromDb(value: string | number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  return Number(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a path can name a row: anything else is answered 404 without a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

import type { Page } from '@app/contracts';

/** The largest page a service gives (PRODUCT.md: `limit` ≤ 200). */
const CHUNK = 200;

export interface Dated {
  id: string;
  createdAt: string;
}

/** One list as the service pages it: `(page, limit) → Page`. */
export type PageSource<T> = (page: number, limit: number) => Promise<Page<T>>;

/** Newest first, then by id: the order the feedback list is in. */
const newestFirst = (a: Dated, b: Dated) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1;

/** Items `[start, end)` of a list, read in pages of CHUNK, and the list's total. */
async function slice<T>(source: PageSource<T>, start: number, end: number) {
  const items: T[] = [];
  let total = 0;
  for (let page = Math.floor(start / CHUNK) + 1; (page - 1) * CHUNK < end; page++) {
    const got = await source(page, CHUNK);
    total = got.total;
    items.push(...got.items);
    if (page * CHUNK >= got.total) break;
  }
  const first = Math.floor(start / CHUNK) * CHUNK;
  return { items: items.slice(start - first, end - first), total };
}

/**
 * One page of two lists that are each sorted newest first, as if they were one list. `few` is
 * the list that is short (a student's anonymous feedback): at most `offset + limit` of it is read,
 * then only the `few.length + limit` items of `many` that can reach the page. Item `m` of the
 * merged read (from `many`'s item `s` on) is item `s + m` of the whole, as every item of `few`
 * that precedes item `s` of `many` stands before the page.
 */
export async function mergedPage<T extends Dated>(
  few: PageSource<T>,
  many: PageSource<T>,
  page: number,
  limit: number,
): Promise<Page<T>> {
  const offset = (page - 1) * limit;
  const end = offset + limit;
  const fewItems = await slice(few, 0, end);
  const start = Math.max(0, offset - fewItems.items.length);
  const manyItems = await slice(many, start, end);
  const merged = [...fewItems.items, ...manyItems.items].sort(newestFirst);
  return {
    items: merged.slice(offset - start, offset - start + limit),
    total: fewItems.total + manyItems.total,
    page,
    limit,
  };
}

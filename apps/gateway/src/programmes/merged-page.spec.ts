import type { Page } from '@app/contracts';
import { type Dated, mergedPage, type PageSource } from './merged-page';

const item = (n: number, minute: number): Dated => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
});

/** A list as the service pages it, counting the pages asked for. */
function source(items: Dated[], asked: number[]): PageSource<Dated> {
  return async (page, limit): Promise<Page<Dated>> => {
    asked.push(page);
    return { items: items.slice((page - 1) * limit, page * limit), total: items.length, page, limit };
  };
}

describe('mergedPage', () => {
  it('gives every page of two lists exactly as one list sorted newest first', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 40; round++) {
      const all = Array.from({ length: Math.floor(random() * 30) + 1 }, (_, n) =>
        item(n, Math.floor(random() * 20)),
      );
      const sorted = [...all].sort((a, b) =>
        a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : b.createdAt.localeCompare(a.createdAt),
      );
      const few = sorted.filter(() => random() < 0.3);
      const many = sorted.filter((entry) => !few.includes(entry));
      for (const limit of [1, 2, 5, 50]) {
        for (let page = 1; page <= Math.ceil(sorted.length / limit) + 1; page++) {
          const got = await mergedPage(source(few, []), source(many, []), page, limit);
          expect(got).toEqual({
            items: sorted.slice((page - 1) * limit, page * limit),
            total: sorted.length,
            page,
            limit,
          });
        }
      }
    }
  });

  it('reads only the part of the long list that can reach the page', async () => {
    const many = Array.from({ length: 5000 }, (_, n) => item(n, 5000 - n));
    const asked: number[] = [];
    const got = await mergedPage(source([item(9999, 1)], []), source(many, asked), 20, 50);
    expect(got.items.map((entry) => entry.id)).toEqual(many.slice(950, 1000).map((entry) => entry.id));
    expect(asked).toEqual([5]);
  });
});

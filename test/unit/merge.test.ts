import { describe, expect, it } from 'vitest';
import type { Provider } from '../../src/core/records.js';
import { decodeMergeCursor, mergePages, type MergeSource } from '../../src/schema/pagination/merge.js';

interface Item {
  provider: Provider;
  n: number;
  t: number;
}

/** A provider with `count` items, newest first, paged by page number; counts its fetches. */
function source(provider: Provider, count: number, step: number, offset: number) {
  const items: Item[] = Array.from({ length: count }, (_, i) => ({ provider, n: i, t: 1_000_000 - i * step - offset }));
  const fetched: string[] = [];
  const s: MergeSource<Item> = {
    provider,
    async fetch(position, limit) {
      const page = position ? Number(position) : 1;
      fetched.push(String(page));
      const slice = items.slice((page - 1) * limit, page * limit);
      return { items: slice, next: page * limit < items.length ? String(page + 1) : null };
    },
  };
  return { s, items, fetched };
}

describe('merge', () => {
  describe('mergePages', () => {
    it.each([1, 7, 50])('pages through three providers with first=%i, each item exactly once, newest first', async (first) => {
      const a = source('DOCKER', 23, 3, 0);
      const b = source('CYCLE', 41, 2, 1);
      const c = source('PAI', 9, 7, 2);
      const seen: Item[] = [];
      let after: string | undefined;
      let requests = 0;
      for (let guard = 0; guard < 200; guard++) {
        const before = a.fetched.length + b.fetched.length + c.fetched.length;
        const page = await mergePages([a.s, b.s, c.s], { first, after: after ? decodeMergeCursor(after) : undefined, pageSize: Math.min(first, 50), newer: (x, y) => x.t > y.t });
        requests += 1;
        // Each provider is asked for at most the page it is in plus the one after it (page size = first).
        expect(a.fetched.length + b.fetched.length + c.fetched.length - before).toBeLessThanOrEqual(3 * 2);
        seen.push(...page.edges.map((e) => e.node));
        if (!page.hasNextPage) break;
        after = page.edges.at(-1)!.cursor;
      }
      const all = [...a.items, ...b.items, ...c.items].sort((x, y) => y.t - x.t);
      expect(seen.map((i) => `${i.provider}${i.n}`)).toEqual(all.map((i) => `${i.provider}${i.n}`));
      // A provider page is fetched again only to finish it on the next request (the gateway keeps no
      // state between requests): at most one repeat per request, and never a page past the end.
      for (const p of [a, b, c]) {
        expect(p.fetched.length - new Set(p.fetched).size).toBeLessThanOrEqual(requests);
        expect(new Set(p.fetched).size).toBeLessThanOrEqual(Math.ceil(p.items.length / Math.min(first, 50)));
      }
    });

    it('returns the others when one provider fails, and reports it', async () => {
      const a = source('DOCKER', 5, 1, 0);
      const broken: MergeSource<Item> = { provider: 'CYCLE', fetch: async () => Promise.reject(new Error('down')) };
      const page = await mergePages([a.s, broken], { first: 10, pageSize: 10, newer: (x, y) => x.t > y.t });
      expect(page.edges).toHaveLength(5);
      expect(page.failures.map((f) => f.provider)).toEqual(['CYCLE']);
    });
  });
});

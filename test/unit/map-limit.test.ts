import { describe, expect, it } from 'vitest';
import { loadEach } from '../../src/core/map-limit.js';

describe('map-limit', () => {
  describe('loadEach', () => {
    it('calls once per distinct id, at most `limit` at a time, and answers in key order', async () => {
      let inFlight = 0;
      let peak = 0;
      const calls: string[] = [];
      const ids = ['a', 'b', 'a', 'c', 'd', 'e', 'b'];
      const out = await loadEach(
        ids,
        2,
        async (id) => {
          calls.push(id);
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight -= 1;
          if (id === 'c') throw new Error('boom c');
          return id.toUpperCase();
        },
        (err) => new Error(`mapped: ${(err as Error).message}`),
      );
      expect(calls.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(peak).toBe(2);
      expect(out.map((r) => (r instanceof Error ? r.message : r))).toEqual(['A', 'B', 'A', 'mapped: boom c', 'D', 'E', 'B']);
    });

    it('answers an empty batch without calls', async () => {
      expect(await loadEach([], 4, async () => 1, (e) => e as Error)).toEqual([]);
    });
  });
});

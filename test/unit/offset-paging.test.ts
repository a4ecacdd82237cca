import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { connectionOfList, offsetCursors } from '../../src/schema/pagination/offset.js';

describe('offset cursors (one codec for every offset-paged list)', () => {
  const jobs = offsetCursors('offset');
  const swr = offsetCursors('swr-offset', 'SWR');

  it('round-trips a position', () => {
    expect(jobs.decode(jobs.encode(0))).toBe(0);
    expect(swr.decode(swr.encode(123_456))).toBe(123_456);
  });

  it('refuses a cursor another list issued, or none issued, with a ValidationError naming the argument', () => {
    for (const cursor of [swr.encode(3), 'garbage', '', 'b2Zmc2V0Oi0x' /* offset:-1 */, Buffer.from('offset:1234567890').toString('base64url')]) {
      let caught: unknown;
      try {
        jobs.decode(cursor);
      } catch (err) {
        caught = err;
      }
      expect(caught, cursor).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).fieldErrors[0]?.path).toBe('after');
    }
  });

  it('names the provider of a provider’s list', () => {
    try {
      swr.decode(jobs.encode(1), 'input.after');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ provider: 'SWR', fieldErrors: [{ path: 'input.after' }] });
    }
  });

  it('pages an in-memory list forward without gaps or repeats', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ReturnType<typeof connectionOfList<number>> = connectionOfList(jobs, items, { first: 3, after });
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items);
  });
});

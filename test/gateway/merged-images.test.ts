import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import type { RunningEmulator } from '../../src/emulators/kit.js';
import type { Provider } from '../../src/core/provider.js';
import { GwImageIdsDocument, GwMergedImagesPageDocument, GwProviderImagesPageDocument, type GwMergedImagesPageQuery, type GwProviderImagesPageQuery } from '../generated/graphql.js';
import { startTestGateway, type TestGateway, type TypedResult } from '../support/gateway.js';

type Node = GwMergedImagesPageQuery['images']['edges'][number]['node'];

/** The merged `images` connection over three providers' emulators, counting each provider's list calls. */
describe('images merged across DOCKER, CYCLE and PAI', () => {
  let docker: RunningDockerEmulator;
  let cycle: RunningCycleEmulator;
  let pai: RunningPaiEmulator;
  let gw: TestGateway;
  let everything: Node[];

  const listCalls = (emu: RunningEmulator, from: number, pattern: RegExp) => emu.requests.slice(from).filter((r) => r.method === 'GET' && pattern.test(r.path)).length;
  const DOCKER_LIST = /\/images\/json$/;
  const CYCLE_LIST = /^\/v1\/images$/;
  const PAI_LIST = /^\/api\/v1\/images$/;

  beforeAll(async () => {
    [docker, cycle, pai] = await Promise.all([startDockerEmulator(), startCycleEmulator({ tickMs: 0 }), startPaiEmulator({ tickMs: 0 })]);
    gw = await startTestGateway({ ...docker.env, ...cycle.env, ...pai.env });
    // The reference: each provider's images on its own, through the same graph.
    everything = [];
    for (const provider of ['DOCKER', 'CYCLE', 'PAI'] satisfies Provider[]) {
      let after: string | null | undefined = null;
      do {
        const res: TypedResult<GwProviderImagesPageQuery> = await gw.execute({ document: GwProviderImagesPageDocument, variables: { providers: [provider], after } });
        everything.push(...res.data!.images.edges.map((e) => e.node));
        after = res.data!.images.pageInfo.hasNextPage ? res.data!.images.pageInfo.endCursor : null;
      } while (after);
    }
    expect(new Set(everything.map((n) => n.provider))).toEqual(new Set(['DOCKER', 'CYCLE', 'PAI']));
  }, 60_000);

  afterAll(async () => {
    await gw?.close();
    await Promise.all([docker?.close(), cycle?.close(), pai?.close()]);
  });

  describe('paging forward', () => {
    it.each([1, 7, 50])('with first=%i returns every image exactly once, newest first, asking no provider for more than the page needs', async (first) => {
      const seen: Node[] = [];
      let after: string | null | undefined = null;
      let requests = 0;
      do {
        const marks = [docker.requests.length, cycle.requests.length, pai.requests.length] as const;
        const res: TypedResult<GwMergedImagesPageQuery> = await gw.execute({ document: GwMergedImagesPageDocument, variables: { first, after } });
        expect(res.errors).toBeUndefined();
        requests += 1;
        const page = res.data!.images;
        seen.push(...page.edges.map((e) => e.node));
        // Docker has no pagination: one list call per request at most. Cycle and PAI: the page holding
        // the next item, plus the following one only when this page runs past it.
        expect(listCalls(docker, marks[0], DOCKER_LIST)).toBeLessThanOrEqual(1);
        expect(listCalls(cycle, marks[1], CYCLE_LIST)).toBeLessThanOrEqual(Math.ceil(first / Math.min(first, 50)) + 1);
        expect(listCalls(pai, marks[2], PAI_LIST)).toBeLessThanOrEqual(2);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && requests < 1000);

      expect(seen.map((n) => n.id).sort()).toEqual(everything.map((n) => n.id).sort());
      expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
      const times = seen.map((n) => (n.createdAt ? Date.parse(n.createdAt) : 0));
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]!);
      // hasNextPage is exact: no empty trailing page.
      expect(requests).toBe(Math.ceil(everything.length / first));
    }, 120_000);
  });

  describe('partial results', () => {
    it('returns the other providers’ images and one error naming the provider that failed mid-query', async () => {
      // Cycle answers slowly, and is stopped while the gateway waits for it.
      cycle.faults.latencyMs = 400;
      const pending = gw.execute({ document: GwMergedImagesPageDocument, variables: { first: 20 } });
      await new Promise((r) => setTimeout(r, 150));
      await cycle.close();
      const res = await pending;
      const providers = new Set(res.data!.images.edges.map((e) => e.node.provider));
      expect(providers.has('CYCLE')).toBe(false);
      expect(providers.has('DOCKER') || providers.has('PAI')).toBe(true);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ provider: 'CYCLE', code: 'UPSTREAM_ERROR' });
      expect(res.errors![0]!.message).toContain('CYCLE');
    }, 60_000);
  });
});

describe('usePartialErrors', () => {
  it('masks the message of a provider failure that is not a typed error (it may carry internals)', async () => {
    const gw = await startTestGateway({});
    try {
      gw.services.imageSources.CYCLE = {
        getImages: async () => [],
        listImages: async () => {
          throw new Error('connect to http://user:s3cret@10.0.0.7 failed');
        },
      };
      const res = await gw.execute({ document: GwImageIdsDocument });
      expect(res.data).toEqual({ images: { edges: [] } });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.message).toBe('CYCLE is unavailable; its items are missing from this page');
      expect(res.errors![0]!.extensions).toMatchObject({ provider: 'CYCLE', code: 'UPSTREAM_ERROR' });
    } finally {
      await gw.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The sandbox's demo data agrees with itself: what a first visitor sees must not contradict itself. */
describe('sandbox seed data', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto' });
  });
  afterAll(() => gw.close());

  describe('images', () => {
    it('a versioned name and the reference of the same image name the same version', async () => {
      const res = await gw.raw<{ images: { edges: { node: { provider: string; name: string; reference: string | null } }[] } }>('{ images(first: 100) { edges { node { provider name reference } } } }');
      const images = res.data?.images.edges.map((e) => e.node) ?? [];
      expect(images.length).toBeGreaterThan(10);
      const disagreeing = images.filter((i) => {
        const version = / (\d+\.\d+\.\d+(?:-[\w.]+)?)$/.exec(i.name)?.[1];
        const tag = i.reference?.split(':').at(-1);
        return version && tag && !tag.startsWith(version);
      });
      expect(disagreeing).toEqual([]);
    });

    it('the first page of the merged list (the GraphiQL Images tab) has every provider of images', async () => {
      const res = await gw.raw<{ images: { edges: { node: { provider: string } }[] } }>('{ images(first: 50) { edges { node { provider } } } }');
      expect(new Set(res.data?.images.edges.map((e) => e.node.provider))).toEqual(new Set(['DOCKER', 'CYCLE', 'PAI']));
    });
  });
});

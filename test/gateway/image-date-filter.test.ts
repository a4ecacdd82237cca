/**
 * The `images` date window means the same for every provider (one predicate, src/core/image-filter.ts):
 * `createdAfter` inclusive, `createdBefore` exclusive. Checked at an image's exact creation instant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: '' });
});
afterAll(async () => {
  await gw?.close();
});

type Page = { images: { edges: { node: { id: string; createdAt: string | null } }[] } };
const QUERY = 'query($filter: ImageFilter) { images(first: 100, filter: $filter) { edges { node { id createdAt } } } }';

async function ids(filter: Record<string, unknown>): Promise<string[]> {
  const res = await gw.raw<Page>(QUERY, { filter });
  expect(res.errors).toBeUndefined();
  return res.data!.images.edges.map((e) => e.node.id);
}

describe.each(['DOCKER', 'CYCLE', 'PAI'])('images date window on %s', (provider) => {
  it('includes an image created exactly at createdAfter and excludes one created exactly at createdBefore', async () => {
    const all = (await gw.raw<Page>(QUERY, { filter: { providers: [provider] } })).data!.images.edges.map((e) => e.node);
    const image = all.find((n) => n.createdAt !== null);
    expect(image, `${provider} has a dated image`).toBeDefined();
    const at = new Date(image!.createdAt!);
    const plus = (ms: number) => new Date(at.getTime() + ms).toISOString();
    expect(await ids({ providers: [provider], createdAfter: at.toISOString(), createdBefore: plus(1) })).toContain(image!.id);
    expect(await ids({ providers: [provider], createdAfter: at.toISOString() })).toContain(image!.id);
    expect(await ids({ providers: [provider], createdBefore: at.toISOString() })).not.toContain(image!.id);
    expect(await ids({ providers: [provider], createdAfter: plus(1) })).not.toContain(image!.id);
    expect(await ids({ providers: [provider], createdBefore: plus(1) })).toContain(image!.id);
  });
});

/**
 * The `images` date window means the same for every provider (one predicate, src/core/image-filter.ts):
 * `createdAfter` inclusive, `createdBefore` exclusive. Checked at an image's exact creation instant.
 */
import { describe, expect } from 'vitest';
import type { Provider } from '../../src/core/provider.js';
import { GwImageDatesDocument, type ImageFilter } from '../generated/graphql.js';
import { sandboxTest as it } from '../support/fixtures.js';
import type { TestGateway } from '../support/gateway.js';

async function ids(gw: TestGateway, filter: ImageFilter): Promise<string[]> {
  return (await gw.execute({ document: GwImageDatesDocument, variables: { filter } })).expectNoErrors().images.edges.map((e) => e.node.id);
}

describe.each<Provider>(['DOCKER', 'CYCLE', 'PAI'])('images date window on %s', (provider) => {
  it('includes an image created exactly at createdAfter and excludes one created exactly at createdBefore', async ({ sandbox: gw }) => {
    const all = (await gw.execute({ document: GwImageDatesDocument, variables: { filter: { providers: [provider] } } })).data!.images.edges.map((e) => e.node);
    const image = all.find((n) => n.createdAt !== null);
    expect(image, `${provider} has a dated image`).toBeDefined();
    const at = new Date(image!.createdAt!);
    const plus = (ms: number) => new Date(at.getTime() + ms).toISOString();
    expect(await ids(gw, { providers: [provider], createdAfter: at.toISOString(), createdBefore: plus(1) })).toContain(image!.id);
    expect(await ids(gw, { providers: [provider], createdAfter: at.toISOString() })).toContain(image!.id);
    expect(await ids(gw, { providers: [provider], createdBefore: at.toISOString() })).not.toContain(image!.id);
    expect(await ids(gw, { providers: [provider], createdAfter: plus(1) })).not.toContain(image!.id);
    expect(await ids(gw, { providers: [provider], createdBefore: plus(1) })).toContain(image!.id);
  });
});

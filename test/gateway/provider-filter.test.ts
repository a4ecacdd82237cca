/**
 * A list filtered by a provider that never has the thing is a client mistake answered with a
 * ValidationError naming `filter.providers`, not an empty list that reads as "none there".
 */
import { describe, expect } from 'vitest';
import type { Provider } from '../../src/core/provider.js';
import { GwCapableProviderListsDocument, GwImageBuildCursorsDocument, GwImageCursorsDocument, GwJobCursorsDocument } from '../generated/graphql.js';
import { sandboxTest as it } from '../support/fixtures.js';
import type { TestGateway, TypedResult } from '../support/gateway.js';

type List = (gw: TestGateway, providers: Provider[]) => Promise<TypedResult<unknown>>;
const images = (gw: TestGateway, providers: Provider[]) => gw.execute({ document: GwImageCursorsDocument, variables: { providers } });
const imageBuilds = (gw: TestGateway, providers: Provider[]) => gw.execute({ document: GwImageBuildCursorsDocument, variables: { providers } });
const jobs = (gw: TestGateway, providers: Provider[]) => gw.execute({ document: GwJobCursorsDocument, variables: { providers } });

describe('filter.providers', () => {
  it.for([
    ['images', images, ['SWR'], /SWR has no images; images come from DOCKER, CYCLE, PAI/],
    ['images (one wrong of two)', images, ['DOCKER', 'TAC'], /TAC has no images/],
    ['imageBuilds', imageBuilds, ['DOCKER'], /DOCKER has no image builds; image builds come from CYCLE, PAI/],
    ['jobs', jobs, ['SWR', 'TAC'], /SWR, TAC have no jobs/],
  ] as [string, List, Provider[], RegExp][])('%s: refuses a provider without them, naming filter.providers', async ([, list, providers, message], { sandbox }) => {
    const res = await list(sandbox, providers);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.expectError()).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'filter.providers' }] } });
  });

  it('still lists what the capable providers have', async ({ sandbox }) => {
    const data = (await sandbox.execute({ document: GwCapableProviderListsDocument })).expectNoErrors();
    expect(data.images.edges.length).toBeGreaterThan(0);
    expect(data.imageBuilds.edges.length).toBeGreaterThan(0);
  });
});

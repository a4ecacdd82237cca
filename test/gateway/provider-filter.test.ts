/**
 * A list filtered by a provider that never has the thing is a client mistake answered with a
 * ValidationError naming `filter.providers`, not an empty list that reads as "none there".
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

describe('filter.providers', () => {
  it.each([
    ['images', '{ images(first: 5, filter: { providers: [SWR] }) { edges { cursor } } }', /SWR has no images; images come from DOCKER, CYCLE, PAI/],
    ['images (one wrong of two)', '{ images(first: 5, filter: { providers: [DOCKER, TAC] }) { edges { cursor } } }', /TAC has no images/],
    ['imageBuilds', '{ imageBuilds(first: 5, filter: { providers: [DOCKER] }) { edges { cursor } } }', /DOCKER has no image builds; image builds come from CYCLE, PAI/],
    ['jobs', '{ jobs(first: 5, filter: { providers: [SWR, TAC] }) { edges { cursor } } }', /SWR, TAC have no jobs/],
  ])('%s: refuses a provider without them, naming filter.providers', async (_name, query, message) => {
    const res = await gw.raw(query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'filter.providers' }] } });
  });

  it('still lists what the capable providers have', async () => {
    const res = await gw.raw<{ images: { edges: unknown[] }; imageBuilds: { edges: unknown[] }; jobs: { edges: unknown[] } }>(
      '{ images(first: 5, filter: { providers: [CYCLE, PAI] }) { edges { cursor } } imageBuilds(first: 5, filter: { providers: [CYCLE] }) { edges { cursor } } jobs(first: 5, filter: { providers: [DOCKER, CYCLE] }) { edges { cursor } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.images.edges.length).toBeGreaterThan(0);
    expect(res.data!.imageBuilds.edges.length).toBeGreaterThan(0);
  });
});

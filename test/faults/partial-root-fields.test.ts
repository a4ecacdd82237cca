import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { FaultBaseImagesAndImagesDocument, FaultEveryRootListDocument, FaultJobProvidersDocument, FaultRepositoriesAndImagesDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * Issue 13, acceptance 3: a failing provider nulls only the root fields it serves (they are nullable),
 * never the other root fields of the response.
 */
describe('partial results across root fields', () => {
  let docker: RunningDockerEmulator;
  let pai: RunningPaiEmulator;
  let swr: RunningSwrEmulator;
  let tac: TacEmulator;
  let gw: TestGateway;

  beforeAll(async () => {
    [docker, pai, swr, tac] = await Promise.all([startDockerEmulator(), startPaiEmulator({ tickMs: 0 }), startSwrEmulator(), startTacEmulator()]);
    // No retries to wait for: the failure is immediate and deterministic.
    gw = await startTestGateway({ ...docker.env, ...pai.env, ...swr.env, ...tac.env });
  }, 30_000);
  beforeEach(() => {
    swr.faults.errorRate = 0;
    tac.faults.errorRate = 0;
  });
  afterAll(async () => {
    await gw?.close();
    await Promise.all([docker?.close(), pai?.close(), swr?.close(), tac?.close()]);
  });

  it('SWR down: { repositories … images … } returns the images, repositories null, and one error naming SWR', async () => {
    swr.faults.errorRate = 1;
    const body = await gw.execute({ document: FaultRepositoriesAndImagesDocument });
    expect(body.data?.images?.edges.length).toBe(5);
    expect(body.data?.repositories).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['repositories'], extensions: { provider: 'SWR' } });
    expect(body.errors![0]!.message).toContain('SWR');
  });

  it('TAC down: { baseImages … images … } returns the images, baseImages null, and one error naming TAC', async () => {
    tac.faults.errorRate = 1;
    tac.faults.pathPattern = /^\/v1\//; // the CSP token exchange works; the catalog API fails
    const body = await gw.execute({ document: FaultBaseImagesAndImagesDocument });
    delete tac.faults.pathPattern;
    expect(body.data?.images?.edges.length).toBe(5);
    expect(body.data?.baseImages).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['baseImages'], extensions: { provider: 'TAC' } });
  });

  it('with every provider healthy, both root fields answer and there is no error', async () => {
    const body = await gw.execute({ document: FaultEveryRootListDocument });
    expect(body.errors).toBeUndefined();
    expect(body.data?.repositories?.edges.length).toBeGreaterThan(0);
    expect(body.data?.baseImages?.edges.length).toBeGreaterThan(0);
  });

  it('a merged list (jobs) keeps the healthy providers’ items when one provider fails', async () => {
    const before = await gw.execute({ document: FaultJobProvidersDocument });
    const providers = new Set(before.data!.jobs.edges.map((e) => e.node.provider));
    pai.faults.errorRate = 1;
    try {
      const body = await gw.execute({ document: FaultJobProvidersDocument });
      expect(body.data?.jobs).not.toBeNull();
      expect(body.errors?.map((e) => e.extensions?.provider)).toEqual(['PAI']);
      expect(body.data!.jobs.edges.every((e) => e.node.provider !== 'PAI')).toBe(true);
      expect(providers.size).toBeGreaterThan(0);
    } finally {
      pai.faults.errorRate = 0;
    }
  });
});

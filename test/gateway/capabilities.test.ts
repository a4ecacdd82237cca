/**
 * The one "unsupported" path (src/schema/capabilities.ts): a provider that is not configured says how to
 * configure it, through a root field of its own (a port) and through a shared feed alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import type { RunningEmulator } from '../../src/emulators/kit.js';
import { encodeId } from '../../src/schema/global-id.js';
import { CapabilitiesDeleteImageDocument, CapabilitiesImageBuildsDocument, CapabilitiesNamespacesDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('a provider that is not configured (only Docker is, GATEWAY_SANDBOX=off)', () => {
  let docker: RunningEmulator;
  let gw: TestGateway;
  beforeAll(async () => {
    docker = await startDockerEmulator();
    gw = await startTestGateway(docker.env);
  });
  afterAll(async () => {
    await gw?.close();
    await docker?.close();
  });

  it('its own root field answers UNSUPPORTED_OPERATION saying which variables configure it', async () => {
    const error = (await gw.execute({ document: CapabilitiesNamespacesDocument })).expectError();
    expect(error.extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'SWR' });
    expect(error.message).toBe('SWR is not configured (set SWR_ENDPOINT (or HUAWEICLOUD_REGION) with HUAWEICLOUD_SDK_AK/SK or SWR_AUTH_TOKEN, or run with GATEWAY_SANDBOX=auto)');
  });

  it('a shared feed answers the same way for its part (deleteImage of a PAI image)', async () => {
    const res = await gw.execute({ document: CapabilitiesDeleteImageDocument, variables: { input: { id: encodeId('PaiImage', 'PAI', 'image-1') } } });
    expect(res.expectNoErrors().deleteImage).toEqual({
      __typename: 'UnsupportedOperationError',
      code: 'UNSUPPORTED_OPERATION',
      provider: 'PAI',
      message: 'PAI is not configured (set ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_REGION_ID, or run with GATEWAY_SANDBOX=auto)',
    });
  });

  it('a merged list leaves out what is not configured rather than failing', async () => {
    const res = await gw.execute({ document: CapabilitiesImageBuildsDocument });
    expect(res.expectNoErrors().imageBuilds.edges).toEqual([]);
  });
});

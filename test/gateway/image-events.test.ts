import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { GwCycleImageEventsDocument, GwCycleImageStatesDocument, GwDeleteImageDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** `imageEvents` carries the changes made through the gateway for providers without an event stream. */
describe('imageEvents', () => {
  let cycle: RunningCycleEmulator;
  let gw: TestGateway;
  beforeAll(async () => {
    cycle = await startCycleEmulator({ tickMs: 0 });
    gw = await startTestGateway(cycle.env);
  });
  afterAll(async () => {
    await gw.close();
    await cycle.close();
  });

  describe('gateway changes', () => {
    it('announces a Cycle image deleted through the gateway, once, to a filtered subscriber', async () => {
      const list = await gw.execute({ document: GwCycleImageStatesDocument });
      const image = list.data!.images.edges.find((e) => e.node.__typename === 'CycleImage' && e.node.state === 'live')!.node;
      const abort = new AbortController();
      const events: { provider: string; action: string; imageId: string }[] = [];
      const listening = (async () => {
        for await (const e of gw.subscribe({ document: GwCycleImageEventsDocument }, abort.signal)) {
          if (e.data) events.push(e.data.imageEvents);
        }
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      const res = await gw.execute({ document: GwDeleteImageDocument, variables: { id: image.id } });
      expect(res.data?.deleteImage.__typename).toBe('DeleteImageSuccess');
      for (let i = 0; i < 50 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      abort.abort();
      await listening;
      const localId = Buffer.from(image.id, 'base64url').toString().split(':').slice(2).join(':');
      expect(events).toEqual([{ provider: 'CYCLE', action: 'delete', imageId: localId }]);
    });
  });
});

/**
 * Cycle's adapter from its configuration (`CYCLE_API_URL/KEY/HUB_ID`, or the emulator's in SANDBOX),
 * and what it provides: the `images` feed, builds (image imports), jobs, and the Cycle port.
 */
import type { CycleConfig } from '../../config.js';
import type { Wire } from '../wiring.js';
import { createCycleAdapter } from './adapter.js';
import type { CycleCreateImageBuildInput, CyclePort } from './port.js';
import { cycleSources } from './sources.js';

/** Cycle has no version endpoint; the graph speaks its `/v1` platform API. */
export const CYCLE_API_VERSION = 'v1';

export const wireCycle: Wire<CycleConfig, CyclePort, CycleCreateImageBuildInput> = (config, deps) => {
  const cycle = createCycleAdapter({ ...config, onCall: deps.onCall });
  const sources = cycleSources(cycle, deps);
  return {
    port: cycle,
    createBuild: (input) => cycle.createImageBuild(input),
    sources,
    // The origin only: the key and hub id never leave the adapter.
    endpoint: new URL(config.apiUrl).origin,
    // One image on one page: the cheapest call that proves the URL, the key and the hub id together.
    probe: async () => {
      await cycle.listImages({ pageSize: 1 });
      return { apiVersion: CYCLE_API_VERSION };
    },
    // Trackers first (they poll through the adapter's pool), then the pool.
    close: async () => {
      sources.close?.();
      await cycle.close();
    },
  };
};

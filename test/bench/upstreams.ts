/**
 * Bench worker: the five provider emulators in one process of their own, on loopback, with their
 * default (realistic) seeds plus enough Docker images for `images(first: 50)`. Answers the bench's
 * questions about what the upstreams saw (request logs) and lets it drive the Cycle build clock.
 */
import { startCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type StoredImage } from '../../src/emulators/docker-engine/index.js';
import { parseReference } from '../../src/emulators/docker-engine/reference.js';
import { sha256 } from '../../src/emulators/docker-engine/store.js';
import { startSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startTacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import type { RunningEmulator } from '../../src/emulators/kit.js';
import { objectId } from '../../src/emulators/cycle/ids.js';
import { serveWorker } from './rpc.js';

export type BenchProvider = 'DOCKER' | 'CYCLE' | 'SWR' | 'PAI' | 'TAC';

/** Docker images added to the emulator's seed (5 images), so a page of 50 is full. */
export const EXTRA_DOCKER_IMAGES = 60;

const docker = await startDockerEmulator();
// The Cycle clock is stopped: the fan-out section writes build-log lines itself, at known times.
const cycle = await startCycleEmulator({ tickMs: 0 });
const swr = await startSwrEmulator();
const pai = await startPaiEmulator({ tickMs: 0 });
const tac = await startTacEmulator();
const emulators: Record<BenchProvider, RunningEmulator> = { DOCKER: docker, CYCLE: cycle, SWR: swr, PAI: pai, TAC: tac };

// Copies of a seeded image under new ids, tags and creation times (newest first, ahead of the seed).
const template = [...docker.store.images.values()].find((i) => i.layers.length > 0)!;
for (let i = 0; i < EXTRA_DOCKER_IMAGES; i++) {
  const created = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
  const image: StoredImage = {
    ...structuredClone(template),
    id: sha256(`bench-image#${i}`),
    created,
    config: { ...template.config, Labels: { 'org.opencontainers.image.title': `bench-app-${i}`, 'com.example.team': `team-${i % 7}` } },
  };
  docker.store.add(image);
  docker.store.setReference(parseReference(`registry.example.com/bench/app-${i}:1.${i}`), image.id);
}

/**
 * Cycle images added to the emulator's seed when the ratio bench asks (BENCH_EXTRA_CYCLE_IMAGES), so
 * `images(first: 50, filter: {providers: [CYCLE]})` is a full page; run.ts keeps the default seed.
 */
export const EXTRA_CYCLE_IMAGES = Number(process.env.BENCH_EXTRA_CYCLE_IMAGES ?? 0);
const cycleTemplate = [...cycle.state.store.images.values()].find((i) => i.dto.state.current === 'live')!;
for (let i = 0; i < EXTRA_CYCLE_IMAGES; i++) {
  const at = new Date(Date.UTC(2025, 0, 1, 0, i));
  const id = objectId(at);
  const dto = { ...structuredClone(cycleTemplate.dto), id, name: `bench-cycle-${i}`, events: { ...cycleTemplate.dto.events, created: at.toISOString() } };
  cycle.state.store.images.set(id, { ...structuredClone(cycleTemplate), dto });
}

const handlers = {
  info: () => ({
    env: Object.assign({}, ...Object.values(emulators).map((e) => e.env)) as Record<string, string>,
    urls: Object.fromEntries(Object.entries(emulators).map(([p, e]) => [p, e.url])) as Record<BenchProvider, string>,
    swrCredentials: swr.credentials[0]!,
    tacApiToken: tac.env.CSP_API_TOKEN!,
    dockerImages: docker.store.images.size,
  }),
  /** Requests answered so far, per provider. */
  counts: () => Object.fromEntries(Object.entries(emulators).map(([p, e]) => [p, e.requests.length])) as Record<BenchProvider, number>,
  /** The requests one provider answered from index `from` on. */
  requests: ({ provider, from }: { provider: BenchProvider; from: number }) =>
    emulators[provider].requests.slice(from).map((r) => ({ method: r.method, path: r.path, rawUrl: r.rawUrl, status: r.status })),
  /** Drops the request logs (they grow by tens of thousands during the throughput runs). */
  clearRequests: () => {
    for (const e of Object.values(emulators)) e.requests.length = 0;
  },
  setLatency: (ms: number) => {
    for (const e of Object.values(emulators)) e.faults.latencyMs = ms;
  },
  cpu: () => process.cpuUsage(),
  /** Wall-clock times (ms) of the requests one provider answered from index `from` on whose path contains `pathPart`. */
  requestTimes: ({ provider, from, pathPart }: { provider: BenchProvider; from: number; pathPart: string }) =>
    emulators[provider].requests.slice(from).filter((r) => r.path.includes(pathPart)).map((r) => r.at),
  cycleTick: (times: number) => cycle.state.tick(times),
  /** Appends whole lines to a Cycle build log, as the factory writing output does. */
  appendBuildLog: ({ imageId, text }: { imageId: string; text: string }) => {
    const log = cycle.state.store.buildLogs.get(imageId);
    if (!log) throw new Error(`no build log for ${imageId}`);
    log.log += text;
    log.events.updated = new Date().toISOString();
    return log.log.split('\n').length - 1;
  },
  cycleJobDone: (imageId: string) => {
    const state = cycle.state.store.images.get(imageId)?.dto.state.current;
    return state === 'live' || state === 'deleted';
  },
};

export type UpstreamsApi = typeof handlers;

serveWorker(handlers, async () => {
  await Promise.all(Object.values(emulators).map((e) => e.close()));
});

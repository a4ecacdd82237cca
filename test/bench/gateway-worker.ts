/**
 * Bench worker: the real gateway (createServices + createGateway + a node:http listener on
 * 127.0.0.1, via test/support/gateway.ts) with every provider LIVE against the emulators' env, in a
 * process of its own so that its memory and CPU figures are its own. Started with --expose-gc.
 */
import { startTestGateway } from '../support/gateway.js';
import type { Provider } from '../../src/core/provider.js';
import { serveWorker } from './rpc.js';

const env = JSON.parse(process.env.BENCH_GATEWAY_ENV ?? '{}') as Record<string, string>;
const gw = await startTestGateway(env);

const PROVIDERS: Provider[] = ['DOCKER', 'CYCLE', 'SWR', 'PAI', 'TAC'];
const gc = (globalThis as { gc?: () => void }).gc;

const memory = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
};

/** Warnings the gateway emitted (it runs with --no-warnings so they do not interleave with the tables). */
const warnings = new Map<string, { name: string; message: string; count: number }>();
process.on('warning', (w) => {
  // Build ids differ per run; the kind of warning is what matters.
  const message = w.message.replace(/[0-9a-f]{24}/g, '{id}');
  const key = `${w.name}:${message}`;
  const entry = warnings.get(key) ?? { name: w.name, message, count: 0 };
  entry.count += 1;
  warnings.set(key, entry);
});

const handlers = {
  warnings: () => [...warnings.values()],
  url: () => gw.url,
  providers: () => gw.services.providers.map((p) => ({ provider: p.provider, mode: p.mode })),
  memory,
  /** Full GCs (twice, with a turn of the event loop between, so finalizers and weak refs settle), then memory. */
  gc: async () => {
    if (!gc) return { ...memory(), gc: false };
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
    return { ...memory(), gc: true };
  },
  cpu: () => process.cpuUsage(),
  /** Upstream calls the gateway made, per provider (the transport's own count). */
  upstream: () => Object.fromEntries(PROVIDERS.map((p) => [p, gw.services.metrics.upstreamTotal(p)])) as Record<Provider, number>,
  buildLogs: () => ({ polls: gw.services.buildLogs.polls, active: gw.services.buildLogs.activeCount() }),
};

export type GatewayApi = typeof handlers;

serveWorker(handlers, () => gw.close());

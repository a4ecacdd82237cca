import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { missingBinaries, startRedis, startTogether, type RealRedis } from './components.js';

const skipReason = missingBinaries('redis-server');

/** Whether something accepts TCP connections at `redis://host:port`. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('test components', () => {
  describe('startTogether', () => {
    it.skipIf(!!skipReason)('stops the components that started when another fails, then rethrows', async () => {
      let started: RealRedis | undefined;
      const redis = startRedis().then((r) => (started = r));
      const failing = new Promise<RealRedis>((_, reject) => setTimeout(() => reject(new Error('dockerd did not become ready')), 50));
      await expect(startTogether([redis, failing] as const)).rejects.toThrow('dockerd did not become ready');
      expect(started).toBeDefined();
      // With Promise.all this redis-server would still be running, held by no variable.
      expect(await listening(started!.url)).toBe(false);
    });

    it.skipIf(!!skipReason)('returns every component, in order, when all start', async () => {
      const [a, b] = await startTogether([startRedis(), startRedis()] as const);
      try {
        expect(a.url).not.toBe(b.url);
        expect(await listening(a.url)).toBe(true);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
  });
});

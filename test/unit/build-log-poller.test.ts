import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BuildLogPollers } from '../../src/events/build-log-poller.js';
import { createGatewayPubSub } from '../../src/events/pubsub.js';
import type { BuildLogLine, BuildSource, BuildStatus, ImageBuildRecord } from '../../src/core/records.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A build whose log grows by one line per `advance()`; counts what the pollers ask of it. */
function fakeBuild(total: number) {
  let written = 0;
  let status: BuildStatus = 'RUNNING';
  const calls = { getBuilds: 0, getLog: 0 };
  const source: BuildSource = {
    async getBuilds(ids) {
      calls.getBuilds += 1;
      return ids.map((id): ImageBuildRecord => ({ provider: 'CYCLE', id, status, imageId: null, jobId: null, targetImage: null, createdAt: null, finishedAt: null }));
    },
    async listBuilds() {
      return [];
    },
    async getLog(_id, fromLine, limit) {
      calls.getLog += 1;
      const lines: BuildLogLine[] = [];
      for (let n = fromLine; n < Math.min(written, fromLine + limit); n++) lines.push({ number: n, text: `line ${n}` });
      return lines;
    },
  };
  return {
    source,
    calls,
    advance() {
      if (written < total) written += 1;
      if (written === total) status = 'SUCCEEDED';
    },
  };
}

async function collect(iterable: AsyncIterable<{ lines: BuildLogLine[]; done: boolean; status: string }>) {
  const lines: number[] = [];
  let last: { done: boolean; status: string } | undefined;
  for await (const chunk of iterable) {
    lines.push(...chunk.lines.map((l) => l.number));
    last = chunk;
  }
  return { lines, last };
}

describe('build-log-poller', () => {
  describe('BuildLogPollers.follow', () => {
    it('serves 20 subscribers (one joining late from line 3) with one catch-up and one poller', async () => {
      const build = fakeBuild(12);
      const pollers = new BuildLogPollers(createGatewayPubSub(), { intervalMs: 10 });
      build.advance();
      build.advance();
      const early = Array.from({ length: 19 }, () => collect(pollers.follow('CYCLE', 'b1', build.source, 0)));
      const timer = setInterval(() => build.advance(), 15);
      await new Promise((r) => setTimeout(r, 60));
      const late = collect(pollers.follow('CYCLE', 'b1', build.source, 3));
      const results = await Promise.all([...early, late]);
      clearInterval(timer);
      for (const r of results.slice(0, 19)) {
        expect(r.lines).toEqual(Array.from({ length: 12 }, (_, i) => i));
        expect(r.last).toMatchObject({ done: true, status: 'SUCCEEDED' });
      }
      expect(results[19]!.lines).toEqual(Array.from({ length: 9 }, (_, i) => i + 3));
      // Upstream saw one catch-up (1 getBuilds + 1 getLog) and one poller's ticks — not one per subscriber.
      expect(build.calls.getBuilds).toBe(1 + pollers.polls);
      expect(build.calls.getLog).toBe(1 + pollers.polls);
      expect(pollers.activeCount()).toBe(0);
    });

    it('asks only for the status each tick when the source can answer that alone', async () => {
      const build = fakeBuild(4);
      let statusCalls = 0;
      const source: BuildSource = {
        ...build.source,
        async getStatus(id) {
          statusCalls += 1;
          const [b] = await build.source.getBuilds([id]);
          build.calls.getBuilds -= 1; // counted as a status call, not a whole-build load
          return (b as ImageBuildRecord).status;
        },
      };
      const pollers = new BuildLogPollers(createGatewayPubSub(), { intervalMs: 10 });
      const timer = setInterval(() => build.advance(), 15);
      const r = await collect(pollers.follow('CYCLE', 'b3', source, 0));
      clearInterval(timer);
      expect(r.lines).toEqual([0, 1, 2, 3]);
      expect(build.calls.getBuilds).toBe(0);
      expect(statusCalls).toBe(1 + pollers.polls);
    });

    it('lets one subscriber leave while another keeps following, without blocking the event loop', async () => {
      const build = fakeBuild(3);
      build.advance();
      const pollers = new BuildLogPollers(createGatewayPubSub(), { intervalMs: 10 });
      const leaving = pollers.follow('CYCLE', 'b4', build.source, 0)[Symbol.asyncIterator]();
      const staying = collect(pollers.follow('CYCLE', 'b4', build.source, 0));
      expect((await leaving.next()).value).toMatchObject({ lines: [{ number: 0 }] });
      await leaving.return!();
      // Before the fix, the leaving subscriber's loop spun on its settled `stop` and timers never fired.
      await new Promise((r) => setTimeout(r, 20));
      expect(pollers.activeCount()).toBe(1);
      build.advance();
      build.advance();
      const r = await staying;
      expect(r.lines).toEqual([0, 1, 2]);
      expect(r.last).toMatchObject({ done: true, status: 'SUCCEEDED' });
      expect(pollers.activeCount()).toBe(0);
    });

    it('answers a finished build from one read and completes', async () => {
      const build = fakeBuild(3);
      for (let i = 0; i < 3; i++) build.advance();
      const pollers = new BuildLogPollers(createGatewayPubSub(), { intervalMs: 10 });
      const r = await collect(pollers.follow('CYCLE', 'b2', build.source, 1));
      expect(r.lines).toEqual([1, 2]);
      expect(r.last).toMatchObject({ done: true, status: 'SUCCEEDED' });
      expect(pollers.polls).toBe(0);
    });

    it('retains no memory per chunk while a subscriber stays (only the cached line itself)', async () => {
      const build = fakeBuild(1_000_000);
      const pubsub = createGatewayPubSub();
      const pollers = new BuildLogPollers(pubsub, { intervalMs: 3_600_000 });
      const events = pollers.follow('CYCLE', 'mem', build.source, 0)[Symbol.asyncIterator]();
      const text = 'the same text';
      let n = 0;
      const take = async (count: number) => {
        for (let i = 0; i < count; i++, n++) {
          const next = events.next();
          pubsub.publish('build:log', 'CYCLE:mem', { buildKey: 'CYCLE:mem', lines: [{ number: n, text }], status: 'RUNNING', done: false });
          expect((await next).value?.lines.at(-1)?.number).toBe(n);
        }
      };
      await take(1000);
      gc();
      const before = process.memoryUsage().heapUsed;
      const count = 20_000;
      await take(count);
      gc();
      const perChunk = (process.memoryUsage().heapUsed - before) / count;
      // The cache keeps each line ({ number, text }: ~40 B); racing a fresh `stop.then(…)` per chunk
      // kept a pending reaction per chunk on top of it until the subscriber left.
      expect(perChunk).toBeLessThan(150);
      await events.return?.();
    });
  });
});

import { Repeater } from 'graphql-yoga';
import { TERMINAL_BUILD_STATUSES, type BuildLogLine, type BuildSource, type BuildStatus, type Provider } from '../providers/ports.js';
import type { BuildLogEvent, GatewayPubSub } from './pubsub.js';

/** How often a build's log is polled upstream. @default 1000 */
export const BUILD_LOG_POLL_INTERVAL_MS = 1000;
/** Lines fetched per poll. */
export const BUILD_LOG_BATCH = 500;

interface Poller {
  subscribers: number;
  stop: AbortController;
}

export function buildKey(provider: Provider, id: string): string {
  return `${provider}:${id}`;
}

/**
 * One upstream poller per build, however many subscribers it has: started with the first
 * subscriber, stopped with the last. The poller publishes new lines (with their stable numbers) and
 * the build status on the `build:log` topic; each subscriber reads the lines before its `fromLine`
 * once, then follows the topic, dropping lines it has already seen, so every line arrives exactly
 * once and in order.
 */
export class BuildLogPollers {
  private readonly pollers = new Map<string, Poller>();
  /** Upstream poll calls made, for tests and the bench. */
  polls = 0;

  constructor(
    private readonly pubsub: GatewayPubSub,
    private readonly options: { intervalMs?: number } = {},
  ) {}

  activeCount(): number {
    return this.pollers.size;
  }

  private retain(provider: Provider, id: string, source: BuildSource): () => void {
    const key = buildKey(provider, id);
    let poller = this.pollers.get(key);
    if (!poller) {
      poller = { subscribers: 0, stop: new AbortController() };
      this.pollers.set(key, poller);
      void this.run(key, id, source, poller.stop.signal);
    }
    poller.subscribers += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      poller.subscribers -= 1;
      if (poller.subscribers === 0) {
        poller.stop.abort();
        this.pollers.delete(key);
      }
    };
  }

  private async run(key: string, id: string, source: BuildSource, signal: AbortSignal): Promise<void> {
    let next = 0;
    const interval = this.options.intervalMs ?? BUILD_LOG_POLL_INTERVAL_MS;
    while (!signal.aborted) {
      try {
        this.polls += 1;
        const [build] = await source.getBuilds([id]);
        const status: BuildStatus = build instanceof Error || !build ? 'FAILED' : build.status;
        const done = TERMINAL_BUILD_STATUSES.includes(status);
        // Read the log after the status: once a build has ended its log is complete.
        let lines: BuildLogLine[] = [];
        for (;;) {
          const batch = await source.getLog(id, next, BUILD_LOG_BATCH);
          lines = lines.concat(batch);
          if (batch.length) next = batch.at(-1)!.number + 1;
          if (batch.length < BUILD_LOG_BATCH) break;
        }
        if (lines.length || done) this.pubsub.publish('build:log', key, { buildKey: key, lines, status, done });
        if (done) {
          this.pollers.delete(key);
          return;
        }
      } catch {
        // a failed poll is retried at the next tick; the subscribers keep waiting
      }
      await new Promise((r) => setTimeout(r, interval));
    }
  }

  /** A subscription's stream of chunks from `fromLine` on, completing when the build ends. */
  follow(provider: Provider, id: string, source: BuildSource, fromLine: number): AsyncIterable<BuildLogEvent> {
    const key = buildKey(provider, id);
    return new Repeater<BuildLogEvent>(async (push, stop) => {
      const events = this.pubsub.subscribe('build:log', key);
      const release = this.retain(provider, id, source);
      stop.then(() => {
        release();
        void events.return?.();
      });
      // Catch up: everything already written from `fromLine`, read directly (not through the poller).
      let expected = fromLine;
      const [build] = await source.getBuilds([id]);
      if (build instanceof Error) return stop(build);
      for (;;) {
        const batch = await source.getLog(id, expected, BUILD_LOG_BATCH);
        if (batch.length) {
          expected = batch.at(-1)!.number + 1;
          await push({ buildKey: key, lines: batch, status: build!.status, done: false });
        }
        if (batch.length < BUILD_LOG_BATCH) break;
      }
      if (build && TERMINAL_BUILD_STATUSES.includes(build.status)) {
        // Re-read after the status so no line written just before the end is missed.
        const tail = await source.getLog(id, expected, BUILD_LOG_BATCH * 20);
        await push({ buildKey: key, lines: tail, status: build.status, done: true });
        return stop();
      }
      for await (const event of events) {
        const fresh = event.lines.filter((l) => l.number >= expected);
        if (fresh.length) expected = fresh.at(-1)!.number + 1;
        if (fresh.length || event.done) await push({ ...event, lines: fresh });
        if (event.done) break;
      }
      stop();
    });
  }
}

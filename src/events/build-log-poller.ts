import { Repeater } from 'graphql-yoga';
import { NotFoundError } from '../errors.js';
import { TERMINAL_BUILD_STATUSES, type BuildLogLine, type BuildSource, type BuildStatus, type Provider } from '../providers/ports.js';
import { LocalPollCoordinator, type PollCoordinator } from './poll-coordinator.js';
import type { BuildLogEvent, GatewayPubSub } from './pubsub.js';

/** How often a build's log is polled upstream. */
export const BUILD_LOG_POLL_INTERVAL_MS = 1000;
/** Lines fetched per upstream call. */
export const BUILD_LOG_BATCH = 500;

interface LocalFollowers {
  subscribers: number;
  stop: AbortController;
}

export function buildKey(provider: Provider, id: string): string {
  return `${provider}:${id}`;
}

/**
 * One upstream poller per build, however many subscribers it has (and, with a Redis coordinator,
 * however many replicas): the loop runs on each replica that has subscribers, but only the lease
 * holder polls; it publishes new lines with their stable numbers and the build status on the
 * `build:log` topic. Each subscriber reads the lines before its `fromLine` once, then follows the
 * topic and drops lines it has already seen, so every line arrives exactly once and in order.
 */
export class BuildLogPollers {
  private readonly local = new Map<string, LocalFollowers>();
  /** Upstream poll ticks made by this replica (tests and the bench read it). */
  polls = 0;
  private readonly coordinator: PollCoordinator;

  constructor(
    private readonly pubsub: GatewayPubSub,
    private readonly options: { intervalMs?: number; coordinator?: PollCoordinator } = {},
  ) {
    this.coordinator = options.coordinator ?? new LocalPollCoordinator();
  }

  /** Builds with subscribers on this replica. */
  activeCount(): number {
    return this.local.size;
  }

  private retain(key: string, id: string, source: BuildSource): () => void {
    let followers = this.local.get(key);
    if (!followers) {
      followers = { subscribers: 0, stop: new AbortController() };
      this.local.set(key, followers);
      void this.run(key, id, source, followers.stop.signal);
    }
    followers.subscribers += 1;
    const f = followers;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      f.subscribers -= 1;
      if (f.subscribers === 0) {
        f.stop.abort();
        this.local.delete(key);
        void this.coordinator.leave(key).then(() => this.coordinator.release(key)).catch(() => undefined);
      }
    };
  }

  private async run(key: string, id: string, source: BuildSource, signal: AbortSignal): Promise<void> {
    const interval = this.options.intervalMs ?? BUILD_LOG_POLL_INTERVAL_MS;
    while (!signal.aborted) {
      try {
        await this.coordinator.heartbeat(key);
        if (await this.coordinator.acquire(key)) {
          const done = await this.tick(key, id, source);
          if (done) {
            await this.coordinator.release(key);
            return;
          }
        }
      } catch {
        // a failed poll (upstream or Redis) is retried at the next tick; subscribers keep waiting
      }
      await new Promise((r) => setTimeout(r, interval));
    }
  }

  /** One poll by the lease holder: status first, then every new line. Returns true when the build ended. */
  private async tick(key: string, id: string, source: BuildSource): Promise<boolean> {
    this.polls += 1;
    let next = await this.coordinator.loadNext(key);
    const [build] = await source.getBuilds([id]);
    // Only a build that is gone ends the stream; a 429/5xx is retried at the next tick.
    if (build instanceof Error && !(build instanceof NotFoundError)) throw build;
    const status: BuildStatus = build instanceof Error || !build ? 'FAILED' : build.status;
    const done = TERMINAL_BUILD_STATUSES.includes(status);
    // The log is read after the status: once a build has ended, its log is complete.
    let lines: BuildLogLine[] = [];
    for (;;) {
      const batch = await source.getLog(id, next, BUILD_LOG_BATCH);
      lines = lines.concat(batch);
      if (batch.length) next = batch.at(-1)!.number + 1;
      if (batch.length < BUILD_LOG_BATCH) break;
    }
    await this.coordinator.saveNext(key, next);
    if (lines.length || done) this.pubsub.publish('build:log', key, { buildKey: key, lines, status, done });
    return done;
  }

  /** A subscription's chunks from `fromLine` on, completing when the build ends. */
  follow(provider: Provider, id: string, source: BuildSource, fromLine: number): AsyncIterable<BuildLogEvent> {
    const key = buildKey(provider, id);
    return new Repeater<BuildLogEvent>(async (push, stop) => {
      // Subscribe before catching up, so nothing published meanwhile is missed (duplicates are dropped below).
      const events = this.pubsub.subscribe('build:log', key);
      // Yoga's pubsub listens only once iterated: start now so chunks published during catch-up queue up.
      const firstEvent = events.next();
      const release = this.retain(key, id, source);
      stop.then(() => {
        release();
        void events.return?.();
      });
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
        // Read once more after the status so no line written just before the end is missed.
        const tail = await source.getLog(id, expected, BUILD_LOG_BATCH * 20);
        await push({ buildKey: key, lines: tail, status: build.status, done: true });
        return stop();
      }
      for (let next = await firstEvent; !next.done; next = await events.next()) {
        const event = next.value;
        const fresh = event.lines.filter((l) => l.number >= expected);
        if (fresh.length) expected = fresh.at(-1)!.number + 1;
        if (fresh.length || event.done) await push({ ...event, lines: fresh });
        if (event.done) break;
      }
      stop();
    });
  }
}

import { setMaxListeners } from 'node:events';
import { Repeater } from 'graphql-yoga';
import { NotFoundError } from '../core/errors.js';
import { TERMINAL_BUILD_STATUSES, type BuildLogLine, type BuildSource, type BuildStatus, type Provider } from '../core/records.js';
import { LocalPollCoordinator, sleep, type PollCoordinator } from './poll-coordinator.js';
import type { BuildLogEvent, GatewayPubSub } from './pubsub.js';

/** How often a build's log is polled upstream. */
export const BUILD_LOG_POLL_INTERVAL_MS = 1000;
/** Lines fetched per upstream call. */
export const BUILD_LOG_BATCH = 500;

/**
 * A build's status for the poller: a build that is gone mid-stream counts as FAILED (its stream
 * ends); any other failure (429, 5xx) is thrown, so the tick is retried.
 */
async function statusOf(source: BuildSource, id: string, goneIsFailed = true): Promise<BuildStatus> {
  try {
    if (source.getStatus) return await source.getStatus(id);
    const [build] = await source.getBuilds([id]);
    if (build instanceof Error) throw build;
    return build?.status ?? 'FAILED';
  } catch (err) {
    if (goneIsFailed && err instanceof NotFoundError) return 'FAILED';
    throw err;
  }
}

export function buildKey(provider: Provider, id: string): string {
  return `${provider}:${id}`;
}

/**
 * What this replica knows of one followed build: its log so far (index = line number), its status,
 * and the subscribers waiting for more. Filled once from upstream (the catch-up), then from the
 * `build:log` topic, so however many subscribers join, upstream sees one catch-up per replica and
 * one poller's requests.
 */
interface FollowedBuild {
  subscribers: number;
  stop: AbortController;
  lines: BuildLogLine[];
  status: BuildStatus | null;
  done: boolean;
  failure: Error | null;
  /** Resolved when the catch-up read is in the cache. */
  ready: Promise<void>;
  /** Wakes the subscribers after the cache changed. */
  wake: Set<() => void>;
}

/**
 * One upstream poller per build, however many subscribers it has (and, with a Redis coordinator,
 * however many replicas): the poll loop runs on each replica that has subscribers, but only the
 * lease holder polls; it publishes new lines (with their stable numbers) and the status on the
 * `build:log` topic. Each replica listens to the topic once per build and keeps the log in a cache;
 * a subscriber replays the cache from its `fromLine` and then follows it, so every line arrives
 * exactly once and in order.
 */
export class BuildLogPollers {
  private readonly followed = new Map<string, FollowedBuild>();
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
    return this.followed.size;
  }

  private retain(key: string, id: string, source: BuildSource): { build: FollowedBuild; release: () => void } {
    let build = this.followed.get(key);
    if (!build) {
      const stop = new AbortController();
      setMaxListeners(0, stop.signal);
      const b: FollowedBuild = { subscribers: 0, stop, lines: [], status: null, done: false, failure: null, ready: Promise.resolve(), wake: new Set() };
      b.ready = this.start(key, id, source, b);
      this.followed.set(key, b);
      build = b;
    }
    build.subscribers += 1;
    const b = build;
    let released = false;
    return {
      build: b,
      release: () => {
        if (released) return;
        released = true;
        b.subscribers -= 1;
        if (b.subscribers === 0) {
          b.stop.abort();
          this.followed.delete(key);
          void this.coordinator.leave(key).then(() => this.coordinator.release(key)).catch(() => undefined);
        }
      },
    };
  }

  private notify(build: FollowedBuild): void {
    for (const wake of build.wake) wake();
    build.wake.clear();
  }

  /** Adds lines to the cache in number order; a gap is read from upstream so nothing is skipped. */
  private async merge(build: FollowedBuild, id: string, source: BuildSource, lines: BuildLogLine[]): Promise<void> {
    for (const line of lines) {
      if (line.number < build.lines.length) continue;
      if (line.number > build.lines.length) {
        const missing = await source.getLog(id, build.lines.length, line.number - build.lines.length);
        for (const m of missing) if (m.number === build.lines.length) build.lines.push(m);
      }
      if (line.number === build.lines.length) build.lines.push(line);
    }
  }

  /** Listens to the topic, reads what was written before (once), then starts the poll loop. */
  private async start(key: string, id: string, source: BuildSource, build: FollowedBuild): Promise<void> {
    const signal = build.stop.signal;
    const events = this.pubsub.subscribe('build:log', key);
    // Yoga's pubsub listens only once iterated: start now so chunks published during catch-up queue up.
    let pending = events.next();
    signal.addEventListener('abort', () => void events.return?.(), { once: true });
    try {
      // A build that does not exist is the subscriber's error (NotFound), not an ended stream.
      build.status = await statusOf(source, id, false);
      for (let from = 0; ; ) {
        const batch = await source.getLog(id, from, BUILD_LOG_BATCH);
        await this.merge(build, id, source, batch);
        from = build.lines.length;
        if (batch.length < BUILD_LOG_BATCH) break;
      }
      if (TERMINAL_BUILD_STATUSES.includes(build.status)) {
        build.done = true;
        this.notify(build);
        return;
      }
    } catch (err) {
      build.failure = err instanceof Error ? err : new Error(String(err));
      build.done = true;
      this.notify(build);
      return;
    }
    this.notify(build);
    void this.run(key, id, source, signal);
    void (async () => {
      for (let next = await pending; !next.done; next = await (pending = events.next())) {
        const event = next.value;
        await this.merge(build, id, source, event.lines).catch(() => undefined);
        build.status = event.status;
        if (event.done) build.done = true;
        this.notify(build);
        if (event.done) break;
      }
    })();
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
      await sleep(interval, signal);
    }
  }

  /** One poll by the lease holder: status first, then every new line. Returns true when the build ended. */
  private async tick(key: string, id: string, source: BuildSource): Promise<boolean> {
    this.polls += 1;
    let next = await this.coordinator.loadNext(key);
    const status = await statusOf(source, id);
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
      const { build, release } = this.retain(key, id, source);
      // One reaction on `stop` for the whole subscription: racing `stop.then(…)` per chunk left a
      // pending reaction per chunk and subscriber until the subscription ended (as in use-shutdown.ts).
      let gone = false;
      let wakeMe: (() => void) | undefined;
      void stop.then(() => {
        gone = true;
        release();
        wakeMe?.();
      });
      await build.ready;
      let position = fromLine;
      for (;;) {
        if (build.failure) return stop(build.failure);
        const changed = new Promise<void>((resolve) => {
          wakeMe = resolve;
          build.wake.add(resolve);
        });
        const fresh = build.lines.slice(position);
        const done = build.done;
        if (fresh.length) position = fresh.at(-1)!.number + 1;
        if (fresh.length || done) await push({ buildKey: key, lines: fresh, status: build.status ?? 'QUEUED', done });
        if (done) return stop();
        // `gone` stays true once this subscriber has gone: check it, or the loop would spin (each wait
        // settling at once) while other subscribers keep the build followed.
        if (!gone) await changed;
        if (gone || build.stop.signal.aborted) return stop();
      }
    });
  }
}

/**
 * Follows upstream jobs (Cycle jobs, PAI-DLC jobs) for `jobUpdated`: **one** tracker per job however
 * many subscribers it has (refcounted: started by the first `follow`, stopped by the last release or
 * a terminal state), and with a Redis coordinator one poller per job across replicas (the lease of
 * the build-log pollers, under `job:<provider>:<id>`). The holder polls with backoff and publishes
 * every change on `job:updated` under `jobKey(provider, id)`, the topic `followJob` listens to.
 */
import { NotFoundError } from '../core/errors.js';
import { TERMINAL_JOB_STATES, type JobRecord, type Provider } from '../core/records.js';
import { jobKey } from './job-store.js';
import { LocalPollCoordinator, sleep, type PollCoordinator } from './poll-coordinator.js';
import type { GatewayPubSub } from './pubsub.js';

export interface JobTrackerOptions {
  /** First interval, and the interval again after every change. @default 1000 */
  minIntervalMs?: number;
  /** Backoff ceiling while nothing changes. @default 5000 */
  maxIntervalMs?: number;
  /** Growth of the interval per unchanged (or failed) poll. @default 1.5 */
  factor?: number;
  /**
   * A job just created may not be readable yet: this many NotFound answers in a row end the tracker,
   * and subscribers get a FAILED record saying the job is gone.
   * @default 3
   */
  maxNotFound?: number;
  /** Decides which replica polls (Redis lease); in process, this one always does. */
  coordinator?: PollCoordinator;
}

interface Tracked {
  refs: number;
  stop: AbortController;
}

/** What decides "changed": everything a client can see of the job. */
const fingerprint = (job: JobRecord) => JSON.stringify(job);

export class UpstreamJobTracker {
  /** Every open tracker set of this process, for the `imagegraph_job_trackers_running` gauge. */
  private static readonly open = new Set<UpstreamJobTracker>();
  /** Jobs tracked by this process, over every provider. */
  static running(): number {
    let n = 0;
    for (const t of UpstreamJobTracker.open) n += t.activeCount();
    return n;
  }
  private readonly tracked = new Map<string, Tracked>();
  /** Upstream polls made, for tests and the bench. */
  polls = 0;

  private readonly coordinator: PollCoordinator;

  constructor(
    private readonly provider: Provider,
    private readonly read: (id: string) => Promise<JobRecord>,
    private readonly pubsub: GatewayPubSub,
    private readonly options: JobTrackerOptions = {},
  ) {
    this.coordinator = options.coordinator ?? new LocalPollCoordinator();
    UpstreamJobTracker.open.add(this);
  }

  /** Trackers started so far (tests and the bench). */
  started = 0;

  activeCount(): number {
    return this.tracked.size;
  }

  /** Starts (or joins) the tracker of a job; the returned function releases this follower once. */
  follow(id: string): () => void {
    let entry = this.tracked.get(id);
    if (!entry) {
      const created: Tracked = { refs: 0, stop: new AbortController() };
      entry = created;
      this.tracked.set(id, created);
      this.started += 1;
      void this.run(id, created).finally(() => {
        if (this.tracked.get(id) === created) this.tracked.delete(id);
      });
    }
    const current = entry;
    current.refs += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      current.refs -= 1;
      if (current.refs === 0) {
        current.stop.abort();
        if (this.tracked.get(id) === current) this.tracked.delete(id);
        const lease = this.leaseKey(id);
        void this.coordinator.leave(lease).then(() => this.coordinator.release(lease)).catch(() => undefined);
      }
    };
  }

  private async run(id: string, entry: Tracked): Promise<void> {
    const min = this.options.minIntervalMs ?? 1000;
    const max = this.options.maxIntervalMs ?? 5000;
    const factor = this.options.factor ?? 1.5;
    const maxNotFound = this.options.maxNotFound ?? 3;
    const signal = entry.stop.signal;
    let last: string | null = null;
    let interval = min;
    let notFound = 0;
    const lease = this.leaseKey(id);
    while (!signal.aborted) {
      try {
        await this.coordinator.heartbeat(lease);
        if (!(await this.coordinator.acquire(lease))) {
          // Another replica polls this job and publishes through the shared pubsub.
          await sleep(min, signal);
          continue;
        }
        this.polls += 1;
        const job = await this.read(id);
        notFound = 0;
        if (signal.aborted) return;
        const print = fingerprint(job);
        // The first observation is published too: a subscriber's snapshot may be older than it, and a
        // job that ended in between would otherwise never reach that subscriber.
        if (print !== last) {
          last = print;
          interval = min;
          this.pubsub.publish('job:updated', jobKey(this.provider, id), job);
        } else {
          interval = Math.min(max, interval * factor);
        }
        if (TERMINAL_JOB_STATES.includes(job.state)) {
          await this.coordinator.release(lease).catch(() => undefined);
          return;
        }
      } catch (err) {
        if (err instanceof NotFoundError && ++notFound >= maxNotFound) {
          // Gone upstream: subscribers get a terminal record with the reason instead of waiting forever.
          this.pubsub.publish('job:updated', jobKey(this.provider, id), goneJob(this.provider, id, err));
          await this.coordinator.release(lease).catch(() => undefined);
          return;
        }
        // Other failures (throttling, 5xx) are retried with the same backoff as an unchanged answer.
        interval = Math.min(max, interval * factor);
      }
      await sleep(interval, signal);
    }
  }

  private leaseKey(id: string): string {
    return `job:${jobKey(this.provider, id)}`;
  }

  /** Stops every tracker (gateway shutdown). */
  close(): void {
    UpstreamJobTracker.open.delete(this);
    for (const entry of this.tracked.values()) entry.stop.abort();
    this.tracked.clear();
  }
}

/** A terminal record for a job that disappeared upstream. */
function goneJob(provider: Provider, id: string, error: NotFoundError): JobRecord {
  const now = new Date();
  return {
    provider,
    id,
    action: 'unknown',
    state: 'FAILED',
    progress: null,
    caption: null,
    tasks: [],
    layers: [],
    error: `the job no longer exists upstream (${error.upstreamCode ?? 'not found'})`,
    createdAt: now,
    startedAt: null,
    completedAt: now,
    imageId: null,
  };
}

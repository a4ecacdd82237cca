/**
 * `jobUpdated`: one job's current snapshot, then every change until it ends, from any provider's job
 * source and the shared `job:updated` topic (which every replica's trackers publish to).
 */
import { Repeater } from 'graphql-yoga';
import { NotFoundError } from '../core/errors.js';
import { TERMINAL_JOB_STATES, type JobRecord, type JobSource, type JobState, type Provider } from '../core/records.js';
import { jobKey } from './job-store.js';
import type { GatewayPubSub } from './pubsub.js';

/**
 * Subscribes before reading the snapshot so no change between the two is lost; updates older than
 * the snapshot are dropped by comparing progress order (state, then completion). `source.follow`
 * (upstream providers) keeps the job's shared tracker polling while someone listens.
 */
export function followJob(pubsub: GatewayPubSub, source: JobSource, provider: Provider, localId: string): AsyncIterable<JobRecord> {
  const key = jobKey(provider, localId);
  return new Repeater<JobRecord>(async (push, stop) => {
    const updates = pubsub.subscribe('job:updated', key);
    // Yoga's pubsub only listens once iterated: start it now, so a change published while the
    // snapshot is read (even the job's end) is queued rather than lost.
    const firstUpdate = updates.next();
    const release = source.follow?.(localId);
    stop.then(() => {
      release?.();
      void updates.return?.();
    });
    const [snapshot] = await source.getJobs([localId]);
    if (!snapshot || snapshot instanceof Error) {
      stop(snapshot instanceof Error ? snapshot : new NotFoundError(`No ${provider} job ${localId}`, provider));
      return;
    }
    await push(snapshot);
    if (TERMINAL_JOB_STATES.includes(snapshot.state)) return stop();
    let last = snapshot;
    for (let next = await firstUpdate; !next.done; next = await updates.next()) {
      const job = next.value;
      // Updates queued before the snapshot was read may be older than it, or the same: skip them.
      if (JOB_STATE_ORDER[job.state] < JOB_STATE_ORDER[last.state] || sameJob(job, last)) continue;
      last = job;
      await push(job);
      if (TERMINAL_JOB_STATES.includes(job.state)) break;
    }
    stop();
  });
}

/** A job only moves forward: QUEUED → RUNNING → a terminal state. */
const JOB_STATE_ORDER: Record<JobState, number> = { QUEUED: 0, RUNNING: 1, SUCCEEDED: 2, FAILED: 2, CANCELLED: 2, EXPIRED: 2 };

function sameJob(a: JobRecord, b: JobRecord): boolean {
  return a.state === b.state && a.progress === b.progress && JSON.stringify([a.tasks, a.layers, a.error]) === JSON.stringify([b.tasks, b.layers, b.error]);
}

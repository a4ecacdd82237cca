import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { JobRecord, Provider } from '../core/records.js';
import type { JobFilter, JobStore } from './job-store.js';
import { jobKey } from './job-store.js';
import type { PollCoordinator } from './poll-coordinator.js';
import { createGatewayPubSub, type GatewayPubSub } from './pubsub.js';

/** How long a poller lease lives without renewal: a dead holder is replaced after at most this. */
export const POLL_LEASE_MS = 4000;
/** How long a replica's "I have subscribers" mark lives without a heartbeat. */
export const SUBSCRIBER_MARK_MS = 4000;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** JSON with the records' `…At` dates revived, so payloads read from Redis look like local ones. */
export function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && _key.endsWith('At') && ISO.test(value) ? new Date(value) : value;
}

const parse = <T>(text: string): T => JSON.parse(text, reviveDates) as T;

/** How long a running Docker job's lease lives without renewal: a job whose replica died reads as FAILED after this. */
export const JOB_LEASE_MS = 15_000;

/** What a job whose replica stopped reads as. */
export const ORPHANED_JOB_ERROR = 'The gateway replica running this job stopped before it ended';

/**
 * Jobs in Redis: one string per job with a TTL once it ends, and a sorted set by creation time.
 * A job that has not ended carries a lease (`job-lease:<key>`, the running replica's id) that this
 * replica renews while it runs the job. A job found without a lease was left by a replica that died:
 * it reads as FAILED (and is saved so, which tells `jobUpdated` subscribers), instead of RUNNING until its TTL.
 */
export class RedisJobStore implements JobStore {
  private readonly running = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly leaseMs: number;
  readonly replicaId: string;

  constructor(
    private readonly redis: Redis,
    private readonly pubsub: GatewayPubSub,
    private readonly ttlSeconds: number,
    private readonly prefix = 'imagegraph:',
    options: { leaseMs?: number; replicaId?: string } = {},
  ) {
    this.leaseMs = options.leaseMs ?? JOB_LEASE_MS;
    this.replicaId = options.replicaId ?? randomUUID();
  }

  private leaseKey(key: string): string {
    return `${this.prefix}job-lease:${key}`;
  }

  async get(provider: Provider, id: string): Promise<JobRecord | null> {
    const text = await this.redis.get(`${this.prefix}job:${jobKey(provider, id)}`);
    return text ? ((await this.settleOrphans([parse<JobRecord>(text)]))[0] ?? null) : null;
  }

  async save(job: JobRecord): Promise<void> {
    const key = jobKey(job.provider, job.id);
    const multi = this.redis.multi();
    // Running jobs keep a generous TTL (their lease says whether anyone still runs them); ended ones expire after the configured time.
    multi.set(`${this.prefix}job:${key}`, JSON.stringify(job), 'EX', job.completedAt ? this.ttlSeconds : Math.max(this.ttlSeconds, 86_400));
    multi.zadd(`${this.prefix}jobs`, job.createdAt.getTime(), key);
    if (job.completedAt) {
      multi.del(this.leaseKey(key));
      this.running.delete(key);
    } else {
      multi.set(this.leaseKey(key), this.replicaId, 'PX', this.leaseMs);
      this.running.add(key);
      this.heartbeat ??= setInterval(() => void this.renewLeases().catch(() => undefined), Math.max(50, Math.floor(this.leaseMs / 3))).unref();
    }
    await multi.exec();
    this.pubsub.publish('job:updated', key, job);
  }

  private async renewLeases(): Promise<void> {
    if (!this.running.size) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
      return;
    }
    const multi = this.redis.multi();
    for (const key of this.running) multi.set(this.leaseKey(key), this.replicaId, 'PX', this.leaseMs);
    await multi.exec();
  }

  /** Jobs that have not ended and whose lease is gone read (and are saved) as FAILED. */
  private async settleOrphans(jobs: JobRecord[]): Promise<JobRecord[]> {
    const open = jobs.filter((j) => !j.completedAt);
    if (!open.length) return jobs;
    const owners = await this.redis.mget(open.map((j) => this.leaseKey(jobKey(j.provider, j.id))));
    const orphaned = new Set(open.filter((_, i) => owners[i] === null));
    if (!orphaned.size) return jobs;
    const now = new Date();
    return Promise.all(
      jobs.map(async (job) => {
        if (!orphaned.has(job)) return job;
        const failed: JobRecord = { ...job, state: 'FAILED', error: ORPHANED_JOB_ERROR, completedAt: now };
        await this.save(failed);
        return failed;
      }),
    );
  }

  async list(filter: JobFilter = {}): Promise<JobRecord[]> {
    const keys = await this.redis.zrevrange(`${this.prefix}jobs`, 0, 999);
    if (!keys.length) return [];
    const texts = await this.redis.mget(keys.map((k) => `${this.prefix}job:${k}`));
    const expired = keys.filter((_, i) => texts[i] === null);
    if (expired.length) await this.redis.zrem(`${this.prefix}jobs`, ...expired);
    const jobs = await this.settleOrphans(texts.filter((t): t is string => t !== null).map((t) => parse<JobRecord>(t)));
    return jobs
      .filter((j) => !filter.providers?.length || filter.providers.includes(j.provider))
      .filter((j) => !filter.states?.length || filter.states.includes(j.state));
  }

  /** Stops renewing leases: jobs still running here read as FAILED once their leases lapse. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    this.running.clear();
  }
}

/** Renews the lease only if this replica still holds it (compare-and-set in one round trip). */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class RedisPollCoordinator implements PollCoordinator {
  readonly replicaId = randomUUID();
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'imagegraph:',
  ) {}

  async heartbeat(key: string): Promise<void> {
    // A sorted set per build: member = replica, score = when its mark expires.
    await this.redis.zadd(`${this.prefix}subs:${key}`, Date.now() + SUBSCRIBER_MARK_MS, this.replicaId);
  }

  async leave(key: string): Promise<void> {
    await this.redis.zrem(`${this.prefix}subs:${key}`, this.replicaId);
  }

  async acquire(key: string): Promise<boolean> {
    const lease = `${this.prefix}lease:${key}`;
    if ((await this.redis.eval(RENEW, 1, lease, this.replicaId, POLL_LEASE_MS)) === 1) return true;
    return (await this.redis.set(lease, this.replicaId, 'PX', POLL_LEASE_MS, 'NX')) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, `${this.prefix}lease:${key}`, this.replicaId);
  }

  async hasSubscribers(key: string): Promise<boolean> {
    return (await this.redis.zcount(`${this.prefix}subs:${key}`, Date.now(), '+inf')) > 0;
  }

  async loadNext(key: string): Promise<number> {
    return Number((await this.redis.get(`${this.prefix}next:${key}`)) ?? 0);
  }

  async saveNext(key: string, next: number): Promise<void> {
    await this.redis.set(`${this.prefix}next:${key}`, String(next), 'EX', 86_400);
  }

  /** Who holds the lease now (tests). */
  holder(key: string): Promise<string | null> {
    return this.redis.get(`${this.prefix}lease:${key}`);
  }
}

export interface RedisBackplane {
  pubsub: GatewayPubSub;
  jobs: RedisJobStore;
  coordinator: RedisPollCoordinator;
  /** Both connections are up (readiness: no round trip). */
  ready(): boolean;
  /** The command connection (not the subscriber one), for other shared state such as the rate limit. */
  client: Redis;
  close(): Promise<void>;
}

/** How long start-up keeps trying to reach Redis before it gives up with a clear error. */
export const REDIS_CONNECT_WINDOW_MS = 5000;

export interface RedisBackplaneOptions {
  /** @default REDIS_CONNECT_WINDOW_MS */
  connectWindowMs?: number;
  /** @default JOB_LEASE_MS */
  jobLeaseMs?: number;
  /** Connection errors after start-up (counted in metrics); ioredis reconnects by itself. */
  onError?: (err: Error) => void;
}

/** Where REDIS_URL points, without credentials (for messages). */
function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return 'the configured address';
  }
}

/**
 * Connects `client`, retrying for `windowMs`; then a clear error naming REDIS_URL (never its password).
 * Once connected, ioredis reconnects by itself; errors while it does are answered to the commands that
 * meet them, and this listener keeps them from being thrown as unhandled `'error'` events.
 */
async function connectWithin(client: Redis, url: string, windowMs: number): Promise<void> {
  let last: Error | undefined;
  client.on('error', (err: Error) => (last = err));
  await new Promise<void>((resolve, reject) => {
    const onReady = () => {
      client.off('end', onEnd);
      resolve();
    };
    const onEnd = () => {
      client.off('ready', onReady);
      reject(new Error(`REDIS_URL: cannot connect to Redis at ${redisWhere(url)} within ${windowMs} ms (${last?.message ?? 'no answer'})`));
    };
    client.once('ready', onReady);
    client.once('end', onEnd);
    client.connect().catch(() => undefined); // the first failure rejects; retries go on until ready or 'end'
  });
}

/** Pubsub, job store and poll coordination over one Redis, for several replicas. */
export async function createRedisBackplane(url: string, ttlSeconds: number, options: RedisBackplaneOptions = {}): Promise<RedisBackplane> {
  const windowMs = options.connectWindowMs ?? REDIS_CONNECT_WINDOW_MS;
  const started = Date.now();
  const connected = { value: false };
  const clientOptions = {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    connectTimeout: Math.min(windowMs, 10_000),
    // Start-up: retry every 250 ms within the window, then give up (a clear error). Running: reconnect forever, backing off to 2 s.
    retryStrategy: (times: number) => (connected.value ? Math.min(times * 200, 2000) : Date.now() - started + 250 > windowMs ? null : 250),
  };
  const publishClient = new Redis(url, clientOptions);
  const subscribeClient = new Redis(url, clientOptions);
  if (options.onError) for (const client of [publishClient, subscribeClient]) client.on('error', options.onError);
  try {
    await Promise.all([connectWithin(publishClient, url, windowMs), connectWithin(subscribeClient, url, windowMs)]);
    connected.value = true;
  } catch (err) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw err;
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient, serializer: { stringify: JSON.stringify, parse: (t) => parse(t) } });
  const pubsub = createGatewayPubSub(eventTarget as never);
  const jobs = new RedisJobStore(publishClient, pubsub, ttlSeconds, undefined, { leaseMs: options.jobLeaseMs });
  return {
    pubsub,
    jobs,
    coordinator: new RedisPollCoordinator(publishClient),
    ready: () => publishClient.status === 'ready' && subscribeClient.status === 'ready',
    client: publishClient,
    async close() {
      await jobs.close();
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

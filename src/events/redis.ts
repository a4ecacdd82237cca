import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { JobRecord, Provider } from '../providers/ports.js';
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

/** Jobs in Redis: one string per job with a TTL once it ends, and a sorted set by creation time. */
export class RedisJobStore implements JobStore {
  constructor(
    private readonly redis: Redis,
    private readonly pubsub: GatewayPubSub,
    private readonly ttlSeconds: number,
    private readonly prefix = 'imagegraph:',
  ) {}

  async get(provider: Provider, id: string): Promise<JobRecord | null> {
    const text = await this.redis.get(`${this.prefix}job:${jobKey(provider, id)}`);
    return text ? parse<JobRecord>(text) : null;
  }

  async save(job: JobRecord): Promise<void> {
    const key = jobKey(job.provider, job.id);
    const multi = this.redis.multi();
    // Running jobs keep a generous TTL in case their replica dies; ended ones expire after the configured time.
    multi.set(`${this.prefix}job:${key}`, JSON.stringify(job), 'EX', job.completedAt ? this.ttlSeconds : Math.max(this.ttlSeconds, 86_400));
    multi.zadd(`${this.prefix}jobs`, job.createdAt.getTime(), key);
    await multi.exec();
    this.pubsub.publish('job:updated', key, job);
  }

  async list(filter: JobFilter = {}): Promise<JobRecord[]> {
    const keys = await this.redis.zrevrange(`${this.prefix}jobs`, 0, 999);
    if (!keys.length) return [];
    const texts = await this.redis.mget(keys.map((k) => `${this.prefix}job:${k}`));
    const expired = keys.filter((_, i) => texts[i] === null);
    if (expired.length) await this.redis.zrem(`${this.prefix}jobs`, ...expired);
    return texts
      .filter((t): t is string => t !== null)
      .map((t) => parse<JobRecord>(t))
      .filter((j) => !filter.providers?.length || filter.providers.includes(j.provider))
      .filter((j) => !filter.states?.length || filter.states.includes(j.state));
  }

  async close(): Promise<void> {}
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
  /** The command connection (not the subscriber one), for other shared state such as the rate limit. */
  client: Redis;
  close(): Promise<void>;
}

/** Pubsub, job store and poll coordination over one Redis, for several replicas. */
export async function createRedisBackplane(url: string, ttlSeconds: number): Promise<RedisBackplane> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient, serializer: { stringify: JSON.stringify, parse: (t) => parse(t) } });
  const pubsub = createGatewayPubSub(eventTarget as never);
  return {
    pubsub,
    jobs: new RedisJobStore(publishClient, pubsub, ttlSeconds),
    coordinator: new RedisPollCoordinator(publishClient),
    client: publishClient,
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

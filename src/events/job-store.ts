import type { JobRecord, JobState, Provider } from '../core/records.js';
import type { GatewayPubSub } from './pubsub.js';

/** `${provider}:${id}`: the key of a job in the store and in pubsub topics. */
export function jobKey(provider: Provider, id: string): string {
  return `${provider}:${id}`;
}

export interface JobFilter {
  providers?: Provider[];
  states?: JobState[];
}

/**
 * Where the gateway keeps the jobs it runs itself (Docker pulls and imports). Cycle and PAI jobs live
 * upstream and are read from there. The in-memory store is the embedded default; a Redis store
 * implements the same interface for several replicas.
 */
export interface JobStore {
  get(provider: Provider, id: string): Promise<JobRecord | null>;
  /** Saves the job and publishes it on `job:updated`. */
  save(job: JobRecord): Promise<void>;
  /** Newest first. */
  list(filter?: JobFilter): Promise<JobRecord[]>;
  close(): Promise<void>;
}

export interface InMemoryJobStoreOptions {
  pubsub: GatewayPubSub;
  /** Ended jobs are forgotten this long after they end. @default 86400 */
  ttlSeconds?: number;
  /** @default Date.now */
  now?: () => number;
}

export class InMemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: InMemoryJobStoreOptions) {
    this.ttlMs = (options.ttlSeconds ?? 86_400) * 1000;
    this.now = options.now ?? Date.now;
  }

  private expire(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [key, job] of this.jobs) {
      if (job.completedAt && job.completedAt.getTime() < cutoff) this.jobs.delete(key);
    }
  }

  async get(provider: Provider, id: string): Promise<JobRecord | null> {
    this.expire();
    const job = this.jobs.get(jobKey(provider, id));
    return job ? structuredClone(job) : null;
  }

  async save(job: JobRecord): Promise<void> {
    const key = jobKey(job.provider, job.id);
    const copy = structuredClone(job);
    this.jobs.set(key, copy);
    this.options.pubsub.publish('job:updated', key, structuredClone(copy));
  }

  async list(filter: JobFilter = {}): Promise<JobRecord[]> {
    this.expire();
    return [...this.jobs.values()]
      .filter((j) => !filter.providers?.length || filter.providers.includes(j.provider))
      .filter((j) => !filter.states?.length || filter.states.includes(j.state))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((j) => structuredClone(j));
  }

  async close(): Promise<void> {
    this.jobs.clear();
  }
}

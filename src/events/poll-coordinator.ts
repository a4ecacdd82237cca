/**
 * Decides which gateway replica polls a build's log upstream. In one process every poller is local;
 * with Redis, one replica holds a lease per build, renews it while subscribers exist on any replica,
 * and another replica takes over when the holder dies (its lease expires).
 */
export interface PollCoordinator {
  /** This replica still has subscribers for `key` (called every tick while it has). */
  heartbeat(key: string): Promise<void>;
  /** This replica has no subscribers for `key` any more. */
  leave(key: string): Promise<void>;
  /** Takes or renews the lease; true when this replica is the poller now. */
  acquire(key: string): Promise<boolean>;
  /** Gives the lease up (build ended, or no subscribers here). */
  release(key: string): Promise<void>;
  /** Whether any replica still has subscribers. */
  hasSubscribers(key: string): Promise<boolean>;
  /** The next line number to fetch, shared so a new holder continues where the last one stopped. */
  loadNext(key: string): Promise<number>;
  saveNext(key: string, next: number): Promise<void>;
}

/** The embedded default: this process is the only replica. */
export class LocalPollCoordinator implements PollCoordinator {
  private readonly next = new Map<string, number>();
  private readonly present = new Set<string>();
  async heartbeat(key: string) {
    this.present.add(key);
  }
  async leave(key: string) {
    this.present.delete(key);
    this.next.delete(key);
  }
  async acquire() {
    return true;
  }
  async release() {}
  async hasSubscribers(key: string) {
    return this.present.has(key);
  }
  async loadNext(key: string) {
    return this.next.get(key) ?? 0;
  }
  async saveNext(key: string, next: number) {
    this.next.set(key, next);
  }
}

/** Waits `ms`, or less when `signal` aborts first (a poll loop whose last follower left stops at once). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one client request carries down to every upstream call it causes. The transport reads it
 * (request id sent upstream, calls counted) without adapters having to pass it through every port.
 * It is per request by construction: `useRequestScope` runs each execution inside its own scope.
 */
export interface RequestScope {
  /** From the client's `x-request-id` (or generated); sent upstream as `x-request-id` on every call of this request. */
  readonly requestId: string;
  /** Upstream calls (logical calls, not retry attempts) made so far on behalf of this request. */
  upstreamCalls: number;
  /**
   * Epoch ms by which every upstream call of this request must be answered (`GATEWAY_REQUEST_DEADLINE_MS`
   * for queries, `GATEWAY_MUTATION_DEADLINE_MS` for mutations). Absent for subscriptions and background
   * work, whose calls are bounded by the transport's per-attempt timeouts only.
   */
  deadline?: number;
  /** Aborted at the deadline, or when the client goes away; every upstream attempt of the request listens to it. */
  signal?: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it schedules: resolvers, DataLoader batches, upstream calls) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the request being served, or undefined for background work (pollers, job trackers). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context as TraceContext } from '@opentelemetry/api';
import type { Logger } from 'pino';

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
  /** The request's child logger (every line carries `requestId`); set by `useObservability`. */
  log?: Logger;
  /** The operation span's context when tracing is on: parent of the upstream client spans. */
  trace?: TraceContext;
  /**
   * Upstream calls this request may make (`GATEWAY_UPSTREAM_BUDGET`, set by `useUpstreamBudget` for
   * queries and mutations); the transport refuses the call past it. Unset: no limit (subscriptions).
   */
  upstreamBudget?: number;
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

/**
 * Waits for work shared with other requests (a single-flight version negotiation or token exchange,
 * perhaps started by a background probe with no deadline) no longer than this request may: rejects
 * with `onDeadline()` when the request's signal aborts, while the shared work goes on for the others.
 */
export function awaitWithinRequest<T>(shared: Promise<T>, onDeadline: () => Error): Promise<T> {
  const signal = currentRequestScope()?.signal;
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(onDeadline());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onDeadline());
    signal.addEventListener('abort', abort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(err);
      },
    );
  });
}

import { setMaxListeners } from 'node:events';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { runInRequestScope } from '../observe/request-scope.js';

export interface RequestDeadlines {
  /** Time a query may take, from its arrival to its answer, upstream calls and retries included. @default 5000 */
  queryMs: number;
  /** Time a mutation may take (not retried unless idempotent; uploads streamed to Docker are exempt). @default 30000 */
  mutationMs: number;
}

/**
 * Runs every execution and subscription setup inside the request's `RequestScope`, on every
 * transport (HTTP, SSE, graphql-ws all go through envelop's execute/subscribe).
 *
 * A query or mutation also gets its deadline here (the operation type is known only now): the
 * scope's signal aborts at the deadline or when the client goes away, and the transport bounds every
 * upstream attempt by it. Subscriptions get none: they live as long as the client wants, and each of
 * their upstream calls is bounded by the transport's per-attempt timeouts.
 */
export function useRequestScope(deadlines?: RequestDeadlines): Plugin<GatewayContext> {
  // The clock starts when the request arrives, not when it executes: under load, time spent queued,
  // parsed and validated counts too (graphql-ws operations, which have no Request, start at execution).
  const arrivals = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      arrivals.set(request, Date.now());
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const ctx = args.contextValue as GatewayContext & { request?: Request };
      if (deadlines && ctx.scope.deadline === undefined) {
        const kind = getOperationAST(args.document, args.operationName)?.operation;
        const budget = kind === 'mutation' ? deadlines.mutationMs : deadlines.queryMs;
        const arrived = (ctx.request && arrivals.get(ctx.request)) ?? Date.now();
        // Upstream calls stop a little before the deadline (10%, at most 250 ms), leaving the time to
        // assemble and send the answer by the deadline itself.
        ctx.scope.deadline = arrived + budget - Math.min(250, budget / 10);
        const ms = Math.max(1, ctx.scope.deadline - Date.now());
        const timeout = AbortSignal.timeout(ms);
        const clientGone = ctx.request?.signal;
        ctx.scope.signal = clientGone ? AbortSignal.any([clientGone, timeout]) : timeout;
        // Every upstream call of the request listens to it (101 for a page of repositories with tag details).
        setMaxListeners(0, ctx.scope.signal);
      }
      setExecuteFn((args) => runInRequestScope((args.contextValue as GatewayContext).scope, () => executeFn(args)));
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args) => runInRequestScope((args.contextValue as GatewayContext).scope, () => subscribeFn(args)));
    },
  };
}

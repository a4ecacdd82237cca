import type { IncomingMessage } from 'node:http';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { viewerOf, type Viewer } from '../auth/viewer.js';
import type { GatewayContext } from '../context.js';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { errorResponse } from './error-response.js';

export interface RateLimitOptions {
  /** Requests per minute per client (a fixed one-minute window). */
  perMinute: number;
  /**
   * The Redis connection the replicas share (`REDIS_URL`): one window per client across every replica.
   * Absent: the window is this process's. @default undefined
   */
  redis?: Redis;
}

/** What the store said: served, or refused with the whole seconds until the client's window resets. */
type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * One fixed window of `perMinute` requests per client per minute, from rate-limiter-flexible: in
 * Redis when the replicas share one (an atomic INCR + PEXPIRE per request, so two replicas cannot
 * both serve a client's 10th request), else in memory. If Redis stops answering, each replica falls
 * back to its own in-memory window (`insuranceLimiter`) rather than refusing or admitting everyone.
 */
export function createRateLimiter({ perMinute, redis }: RateLimitOptions): (client: string) => Promise<Verdict> {
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'imagegraph-rate' });
  const limiter = redis
    ? new RateLimiterRedis({ storeClient: redis, points: perMinute, duration: 60, keyPrefix: 'imagegraph:rate', rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory;
  return async (client) => {
    try {
      await limiter.consume(client);
      return { ok: true };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      throw res; // a store error the insurance limiter did not absorb
    }
  };
}

/**
 * The client a request counts against: the authenticated viewer (API key name or JWT sub), else the
 * peer address. `X-Forwarded-For` is not trusted (any client can set it); behind a proxy without
 * authentication, every client shares the proxy's bucket.
 */
export function clientKey(viewer: Viewer | undefined, req: Pick<IncomingMessage, 'socket'> | undefined): string {
  if (viewer) return `${viewer.via}:${viewer.name}`;
  return `address:${req?.socket?.remoteAddress ?? 'unknown'}`;
}

const message = (retryAfterSeconds: number) => `Rate limit exceeded: retry in ${retryAfterSeconds} s`;

/**
 * Per-client rate limit (DESIGN §8). HTTP requests to the GraphQL endpoint take one token each in
 * `onRequest` (after `useAuth`, so the bucket is the client's, and before any body is read): 429 with
 * `Retry-After` and a RATE_LIMITED error. A multipart upload, which `useStreamingUploads` re-enters
 * with an inner request, is counted once (by its node request). graphql-ws operations take one token
 * per subscribe message and are refused with the same error. With `redis` the window is shared by
 * every replica (`createRateLimiter`).
 */
export function useRateLimit(options: RateLimitOptions): Plugin<GatewayContext> {
  const take = createRateLimiter(options);
  let endpoint = '/graphql';
  const counted = new WeakSet<object>();

  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    async onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint || request.method === 'OPTIONS') return;
      const req = (serverContext as { req?: IncomingMessage }).req;
      const exchange = req ?? request;
      if (counted.has(exchange)) return;
      counted.add(exchange);
      const taken = await take(clientKey(viewerOf(request), req));
      if (taken.ok) return;
      const headers = { 'retry-after': String(taken.retryAfterSeconds) };
      endResponse(errorResponse(fetchAPI, request, 429, { message: message(taken.retryAfterSeconds), code: 'RATE_LIMITED', extensions: { retryAfterSeconds: taken.retryAfterSeconds } }, headers));
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = await wsRefusal(args.contextValue as GatewayContext & { request?: Request; req?: IncomingMessage });
      if (refusal) setResultAndStopExecution(refusal);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const refusal = await wsRefusal(args.contextValue as GatewayContext & { request?: Request; req?: IncomingMessage });
      if (refusal) setResultAndStopExecution(refusal);
    },
  };

  /** graphql-ws operations have no Fetch `request` (HTTP ones were counted in `onRequest`). */
  async function wsRefusal(context: GatewayContext & { request?: Request; req?: IncomingMessage }): Promise<ExecutionResult | undefined> {
    if (context.request) return undefined;
    const taken = await take(clientKey(context.viewer, context.req));
    if (taken.ok) return undefined;
    const extensions = { code: 'RATE_LIMITED', retryAfterSeconds: taken.retryAfterSeconds, http: { status: 429, headers: { 'retry-after': String(taken.retryAfterSeconds) } } };
    return { errors: [new GraphQLError(message(taken.retryAfterSeconds), { extensions })] };
  }
}

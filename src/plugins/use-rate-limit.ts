import type { IncomingMessage } from 'node:http';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { viewerOf, type Viewer } from '../auth/viewer.js';
import type { GatewayContext } from '../context.js';
import { errorResponse } from './error-response.js';

export interface RateLimitOptions {
  /** Sustained requests per minute per client; also the burst (a full bucket). */
  perMinute: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

/** Buckets are swept this often: a bucket idle long enough to be full again is forgotten. */
const SWEEP_EVERY_MS = 60_000;

/**
 * A token bucket per client: `perMinute` tokens, refilled continuously at `perMinute / 60` per second.
 * Memory is one entry per recently active client.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;
  private lastSweep: number;

  constructor(private readonly capacity: number, private readonly now: () => number = Date.now) {
    this.ratePerMs = capacity / 60_000;
    this.lastSweep = now();
  }

  /** Takes one token; when none is left, the whole seconds until one will be (for `Retry-After`). */
  take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    if (now - this.lastSweep > SWEEP_EVERY_MS) this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.ratePerMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerMs / 1000)) };
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) if (bucket.tokens + (now - bucket.at) * this.ratePerMs >= this.capacity) this.buckets.delete(client);
  }
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
 * per subscribe message and are refused with the same error. Buckets are per replica.
 */
export function useRateLimit({ perMinute, now }: RateLimitOptions): Plugin<GatewayContext> {
  const buckets = new TokenBuckets(perMinute, now);
  let endpoint = '/graphql';
  const counted = new WeakSet<object>();

  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint || request.method === 'OPTIONS') return;
      const req = (serverContext as { req?: IncomingMessage }).req;
      const exchange = req ?? request;
      if (counted.has(exchange)) return;
      counted.add(exchange);
      const taken = buckets.take(clientKey(viewerOf(request), req));
      if (taken.ok) return;
      const headers = { 'retry-after': String(taken.retryAfterSeconds) };
      endResponse(errorResponse(fetchAPI, request, 429, { message: message(taken.retryAfterSeconds), code: 'RATE_LIMITED', extensions: { retryAfterSeconds: taken.retryAfterSeconds } }, headers));
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = wsRefusal(args.contextValue as GatewayContext & { request?: Request; req?: IncomingMessage });
      if (refusal) setResultAndStopExecution(refusal);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = wsRefusal(args.contextValue as GatewayContext & { request?: Request; req?: IncomingMessage });
      if (refusal) setResultAndStopExecution(refusal);
    },
  };

  /** graphql-ws operations have no Fetch `request` (HTTP ones were counted in `onRequest`). */
  function wsRefusal(context: GatewayContext & { request?: Request; req?: IncomingMessage }): ExecutionResult | undefined {
    if (context.request) return undefined;
    const taken = buckets.take(clientKey(context.viewer, context.req));
    if (taken.ok) return undefined;
    const extensions = { code: 'RATE_LIMITED', retryAfterSeconds: taken.retryAfterSeconds, http: { status: 429, headers: { 'retry-after': String(taken.retryAfterSeconds) } } };
    return { errors: [new GraphQLError(message(taken.retryAfterSeconds), { extensions })] };
  }
}

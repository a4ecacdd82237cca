import { Readable } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import type { Provider } from '../providers/provider.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { UpstreamHttpError, UpstreamUnavailableError } from './errors.js';
import {
  IDEMPOTENT_METHODS,
  requestId,
  retry,
  sign,
  timeouts,
  type Interceptor,
  type RequestSigner,
  type RetryPolicy,
} from './interceptors.js';
import { toQueryString, type QueryValue } from './query.js';
import { currentRequestScope } from '../request-scope.js';
import { observeAttempts, registerTransport } from '../upstream-observer.js';
import { UpstreamBudgetExceededError } from '../errors.js';

/** What a provider's error envelope says, extracted by the provider's own parser. */
export interface ParsedUpstreamError {
  code: string;
  message: string;
  fieldErrors?: { path: string; message: string }[];
}

export interface TransportOptions {
  provider: Provider;
  /** `http(s)://host:port[/base]` or `unix:///path/to.sock` (Docker). A path part becomes a prefix of every request. */
  origin: string;
  /** Extra TLS options for `https` origins (Docker `DOCKER_TLS_VERIFY`/`DOCKER_CERT_PATH`). */
  tls?: { ca?: Buffer; cert?: Buffer; key?: Buffer; rejectUnauthorized?: boolean };
  /** Time to wait for response headers per attempt. @default 10000 */
  headersTimeoutMs?: number;
  /** Time allowed between body chunks per attempt. @default 30000 */
  bodyTimeoutMs?: number;
  /** @default { maxRetries: 2, minDelayMs: 100, maxDelayMs: 5000 } */
  retry?: RetryPolicy;
  /** Concurrency cap: at most this many sockets to the upstream; further requests queue. @default 16 */
  connections?: number;
  circuitBreaker?: CircuitBreakerOptions;
  /** Per-attempt request signing (SWR, PAI). Runs inside retry. */
  signer?: RequestSigner;
  /** Provider-specific interceptors placed inside retry (they run on every attempt, after signing is not yet done). */
  attemptInterceptors?: Interceptor[];
  /** Reads the provider's error envelope. */
  parseError?: (status: number, body: string, headers: Record<string, string>) => ParsedUpstreamError;
  /** Headers added to every request (e.g. `Authorization`, `X-Hub-Id`). Never logged. */
  defaultHeaders?: () => Record<string, string>;
  /** Called once per attempt-independent call, for metrics and tests that count upstream calls. */
  onCall?: (call: { provider: Provider; method: string; path: string; status: number | null; durationMs: number }) => void;
}

export interface UpstreamRequest {
  method: Dispatcher.HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** A JSON body; sets `content-type: application/json`. */
  json?: unknown;
  /** A raw body; a stream is sent as it is read and is never retried. */
  body?: string | Buffer | Readable | null;
  /**
   * The request carries an idempotency token (PAI `ClientToken`), so a POST may be retried safely.
   * @default false
   */
  idempotent?: boolean;
  /** Per-call body timeout, e.g. 0 for long-lived streams (Docker `/events`, pull progress). */
  bodyTimeoutMs?: number;
  signal?: AbortSignal;
  /** Statuses to hand back to the caller instead of throwing (e.g. 404 when probing). */
  acceptStatuses?: number[];
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

export interface Transport {
  readonly provider: Provider;
  readonly origin: string;
  /** Sends a request and returns the streaming response; non-2xx (unless accepted) throws `UpstreamHttpError`. */
  request(request: UpstreamRequest): Promise<UpstreamResponse>;
  /** Sends a request and parses a JSON body (`undefined` for an empty body). */
  json<T>(request: UpstreamRequest): Promise<{ status: number; headers: Record<string, string>; data: T }>;
  readonly breaker: CircuitBreaker;
  close(): Promise<void>;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function defaultParseError(status: number, body: string): ParsedUpstreamError {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; code?: unknown };
    if (typeof parsed.message === 'string') return { code: typeof parsed.code === 'string' ? parsed.code : String(status), message: parsed.message };
  } catch {
    // not JSON: fall through to the status text
  }
  return { code: String(status), message: body.slice(0, 300) || `HTTP ${status}` };
}

/**
 * The shared upstream transport: one keep-alive pool per origin, composed from interceptors.
 * Later providers reuse it unchanged and only contribute a signer, an error parser and headers.
 */
export function createTransport(options: TransportOptions): Transport {
  const { provider } = options;
  const url = new URL(options.origin);
  let dispatcher: Dispatcher;
  let basePath = '';
  if (url.protocol === 'unix:') {
    // Docker's unix socket: undici speaks HTTP over it with any placeholder host. A pool, not one
    // client: long-lived streams (`/events`, pulls) must not block other calls.
    dispatcher = new Pool('http://localhost', { socketPath: url.pathname, connections: options.connections ?? 16 });
  } else {
    basePath = url.pathname.replace(/\/$/, '');
    dispatcher = new Pool(url.origin, {
      connections: options.connections ?? 16,
      connect: options.tls ? { ...options.tls } : undefined,
    });
  }
  const origin = url.protocol === 'unix:' ? 'http://localhost' : url.origin;
  const breaker = new CircuitBreaker(options.circuitBreaker);

  // Interceptor order (compose applies the last entry outermost, so read bottom-up for the call order):
  //   requestId  – outermost: one id for all attempts of a call, so retries correlate upstream.
  //   retry      – re-dispatches everything below it on 429/5xx/connection errors.
  //   timeouts   – per attempt.
  //   attempt…   – provider interceptors that must see every attempt (Retry-After header mapping).
  //   sign       – innermost: every attempt is signed anew (fresh date/nonce) right before it is sent.
  const chain: Interceptor[] = [];
  if (options.signer) chain.push(sign(options.signer, origin));
  chain.push(...(options.attemptInterceptors ?? []));
  chain.push(timeouts({ headersTimeoutMs: options.headersTimeoutMs ?? 10_000, bodyTimeoutMs: options.bodyTimeoutMs ?? 30_000 }));
  chain.push(observeAttempts(provider, options.onCall)); // per attempt: logs, metrics, client span + traceparent (upstream-observer.ts)
  chain.push(retry(options.retry));
  chain.push(requestId());
  const composed = dispatcher.compose(chain);
  const parseError = options.parseError ?? defaultParseError;
  const unregister = registerTransport(options.onCall, { provider, circuit: () => breaker.state, pool: () => (dispatcher as Pool).stats });

  async function request(req: UpstreamRequest): Promise<UpstreamResponse> {
    // The request's upstream-call budget (harden): refused before the breaker is asked for a slot.
    const budgeted = currentRequestScope();
    if (budgeted?.upstreamBudget !== undefined && budgeted.upstreamCalls >= budgeted.upstreamBudget) throw new UpstreamBudgetExceededError(budgeted.upstreamBudget);
    if (!breaker.tryAcquire()) {
      throw new UpstreamUnavailableError(provider, `${provider} is failing; calls are paused for a moment (circuit open)`, 'CIRCUIT_OPEN');
    }
    const scope = currentRequestScope();
    if (scope) scope.upstreamCalls += 1;
    const headers: Record<string, string> = { ...(options.defaultHeaders?.() ?? {}), ...(req.headers ?? {}) };
    let body: string | Buffer | Readable | null | undefined = req.body;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['content-type'] ??= 'application/json';
    }
    const path = basePath + req.path + toQueryString(req.query);
    const started = performance.now();
    const streaming = body instanceof Readable;
    const retryMethods = req.idempotent ? [...IDEMPOTENT_METHODS, req.method] : IDEMPOTENT_METHODS;
    let response: Dispatcher.ResponseData;
    try {
      response = await composed.request({
        origin,
        method: req.method,
        path,
        headers,
        body: body ?? null,
        signal: req.signal,
        bodyTimeout: req.bodyTimeoutMs,
        // A streamed body cannot be replayed: no retry for it.
        retryOptions: streaming ? { maxRetries: 0 } : { methods: retryMethods },
      } as Dispatcher.RequestOptions);
    } catch (err) {
      // A client that went away is not an upstream failure: it must not open the circuit.
      if (req.signal?.aborted) breaker.recordAbandoned();
      else breaker.recordFailure();
      options.onCall?.({ provider, method: req.method, path: req.path, status: null, durationMs: performance.now() - started });
      if (req.signal?.aborted) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new UpstreamUnavailableError(provider, `${provider} did not answer: ${message}`, 'UNREACHABLE', { cause: err });
    }
    const status = response.statusCode;
    const resHeaders = flattenHeaders(response.headers);
    options.onCall?.({ provider, method: req.method, path: req.path, status, durationMs: performance.now() - started });
    if (status >= 500) breaker.recordFailure();
    else breaker.recordSuccess();
    if (status >= 400 && !req.acceptStatuses?.includes(status)) {
      const text = await response.body.text().catch(() => '');
      const parsed = parseError(status, text, resHeaders);
      const retryAfter = resHeaders['retry-after'] ? Number(resHeaders['retry-after']) : undefined;
      throw new UpstreamHttpError(provider, status, parsed.code, parsed.message, Number.isFinite(retryAfter) ? retryAfter : undefined, parsed.fieldErrors);
    }
    return { status, headers: resHeaders, body: response.body };
  }

  return {
    provider,
    origin: options.origin,
    breaker,
    request,
    async json<T>(req: UpstreamRequest) {
      const res = await request(req);
      const text = await (res.body as Dispatcher.ResponseData['body']).text();
      let data: T;
      try {
        data = (text.length ? JSON.parse(text) : undefined) as T;
      } catch {
        throw new UpstreamHttpError(provider, res.status, 'INVALID_RESPONSE', `${provider} answered with a body that is not JSON`);
      }
      return { status: res.status, headers: res.headers, data };
    },
    async close() {
      unregister();
      await dispatcher.close();
    },
  };
}


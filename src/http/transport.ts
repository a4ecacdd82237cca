import { Readable } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import type { Provider } from '../core/provider.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { UpstreamHttpError, UpstreamUnavailableError } from './errors.js';
import {
  IDEMPOTENT_METHODS,
  RETRYABLE_STATUSES,
  requestId,
  sign,
  type Interceptor,
  type RequestSigner,
  type RetryPolicy,
} from './interceptors.js';
import { redact, secretPieces, SECRET_HEADERS } from './redact.js';
import { toQueryString, type QueryValue } from './query.js';
import { awaitWithinRequest, currentRequestScope } from '../observe/request-scope.js';
import { observeAttempts, registerTransport } from './observe-attempts.js';
import { UpstreamBudgetExceededError } from '../core/errors.js';

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
  /**
   * The provider's secrets (API keys, secret keys, tokens): never copied from an upstream's answer
   * into an error, even when the upstream echoes them. Credential headers we send are redacted too.
   */
  secrets?: () => (string | undefined)[];
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
  /**
   * Awaits work that several requests share (a single-flight version negotiation or token exchange,
   * perhaps started by a background probe): fails fast while the circuit is open, and gives up at this
   * request's deadline, counted as the timeout it is, while the shared work goes on for the others.
   */
  join<T>(shared: Promise<T>): Promise<T>;
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
  // Not JSON (a proxy's HTML page, an echo of our request): not copied, it may hold anything.
  return { code: String(status), message: body.length ? `HTTP ${status} (a ${body.length}-byte body that is not JSON)` : `HTTP ${status}` };
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** Without a request deadline (background pollers), a `Retry-After` longer than this is not waited for. */
export const MAX_RETRY_AFTER_WITHOUT_DEADLINE_MS = 60_000;

/** An attempt is not started with less time than this left before the deadline: it could not be answered. */
const MIN_ATTEMPT_MS = 25;

const RETRYABLE_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * The shared upstream transport: one keep-alive pool per origin, composed from interceptors, with the
 * retry loop, request deadline and circuit breaker around them. Providers only contribute a signer,
 * an error parser, headers and the secrets to keep out of error texts.
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
  const headersTimeoutMs = options.headersTimeoutMs ?? 10_000;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 30_000;
  const maxRetries = options.retry?.maxRetries ?? 2;
  const minDelayMs = options.retry?.minDelayMs ?? 100;
  const maxDelayMs = options.retry?.maxDelayMs ?? 5000;

  // Interceptor order (compose applies the last entry outermost, so read bottom-up for the call order):
  //   requestId  – outermost: one id for all attempts of a call, so retries correlate upstream.
  //   attempt…   – provider interceptors that must see every attempt (Retry-After header mapping).
  //   sign       – innermost: every attempt is signed anew (fresh date/nonce) right before it is sent.
  // Retries are the loop in `send` below, around this chain: it knows the request deadline (undici's
  // retry interceptor does not, and caps Retry-After at its own maximum).
  const chain: Interceptor[] = [];
  if (options.signer) chain.push(sign(options.signer, origin));
  chain.push(...(options.attemptInterceptors ?? []));
  chain.push(observeAttempts(provider, options.onCall)); // per attempt: logs, metrics, client span + traceparent (upstream-observer.ts)
  chain.push(requestId());
  const composed = dispatcher.compose(chain);
  const parseError = options.parseError ?? defaultParseError;
  const unregister = registerTransport(options.onCall, { provider, circuit: () => breaker.state, pool: () => (dispatcher as Pool).stats });

  /** What may not appear in an error text: the provider's secrets and every credential header we send. */
  function secretsOf(headers: Record<string, string>): string[] {
    const values: (string | undefined)[] = [...(options.secrets?.() ?? [])];
    for (const [name, value] of Object.entries(headers)) if (SECRET_HEADERS.has(name)) values.push(value);
    return secretPieces(values);
  }

  const deadlineError = () => new UpstreamUnavailableError(provider, `${provider} did not answer before the request deadline`, 'DEADLINE_EXCEEDED');

  interface Sent {
    status: number;
    headers: Record<string, string>;
    body: Dispatcher.ResponseData['body'];
    /** Classifies a failure while reading the body (deadline, truncation) and records it on the breaker. */
    bodyFailure(err: unknown): Error;
  }

  async function send(req: UpstreamRequest): Promise<Sent> {
    const scope = currentRequestScope();
    // The request's upstream-call budget: refused before the breaker is asked for a slot.
    if (scope?.upstreamBudget !== undefined && scope.upstreamCalls >= scope.upstreamBudget) throw new UpstreamBudgetExceededError(scope.upstreamBudget);
    const headers: Record<string, string> = { ...(options.defaultHeaders?.() ?? {}), ...(req.headers ?? {}) };
    let body: string | Buffer | Readable | null | undefined = req.body;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['content-type'] ??= 'application/json';
    }
    const streaming = body instanceof Readable;
    // Streams (an upload sent as it is read, a long-lived response such as Docker `/events` or pull
    // progress) outlive the request that starts them: they are bounded by the per-attempt timeouts,
    // not by the request deadline, and only the caller's own signal ends them.
    const bounded = !streaming && req.bodyTimeoutMs !== 0 && scope?.deadline !== undefined;
    const deadline = bounded ? scope!.deadline! : Infinity;
    const signals = [req.signal, bounded ? scope!.signal : undefined].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const path = basePath + req.path + toQueryString(req.query);
    const canRetry = !streaming && (IDEMPOTENT_METHODS.includes(req.method) || req.idempotent === true);
    const started = performance.now();
    const report = (status: number | null) => options.onCall?.({ provider, method: req.method, path: req.path, status, durationMs: performance.now() - started });
    const pastDeadline = () => Date.now() >= deadline - 5;
    // Why the call was given up: the deadline (an upstream timeout, counted) or the client (not counted).
    const abandoned = () => !!req.signal?.aborted || (!!scope?.signal?.aborted && !pastDeadline());

    if (pastDeadline()) throw deadlineError();
    if (!breaker.tryAcquire()) {
      throw new UpstreamUnavailableError(provider, `${provider} is failing; calls are paused for a moment (circuit open)`, 'CIRCUIT_OPEN');
    }
    // Counted once it is really sent: retries are not new calls, refused calls are none.
    if (scope) scope.upstreamCalls += 1;

    for (let attempt = 0; ; attempt += 1) {
      let response: Dispatcher.ResponseData;
      try {
        response = await composed.request({
          origin,
          method: req.method,
          path,
          headers,
          body: body ?? null,
          signal,
          // The deadline is the signal's job; these bound an attempt when there is no deadline.
          headersTimeout: headersTimeoutMs,
          bodyTimeout: req.bodyTimeoutMs ?? bodyTimeoutMs,
          // Read by `observeAttempts` (logs, metrics, spans): each attempt is its own dispatch here.
          attempt: attempt + 1,
        } as Dispatcher.RequestOptions);
      } catch (err) {
        if (abandoned()) {
          breaker.recordAbandoned();
          report(null);
          throw err;
        }
        if (signal?.aborted || pastDeadline()) {
          breaker.recordFailure();
          report(null);
          throw deadlineError();
        }
        const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
        if (canRetry && attempt < maxRetries && RETRYABLE_ERROR_CODES.has(errorCode(err) ?? '') && Date.now() + delay + MIN_ATTEMPT_MS < deadline && breaker.state !== 'open') {
          await wait(delay);
          continue;
        }
        breaker.recordFailure();
        report(null);
        const message = err instanceof Error ? err.message : String(err);
        const timedOut = errorCode(err) === 'UND_ERR_HEADERS_TIMEOUT' || errorCode(err) === 'UND_ERR_CONNECT_TIMEOUT';
        throw new UpstreamUnavailableError(provider, `${provider} did not answer: ${redact(message, secretsOf(headers))}`, timedOut ? 'TIMEOUT' : 'UNREACHABLE', { cause: err });
      }

      const status = response.statusCode;
      const resHeaders = flattenHeaders(response.headers);
      if (canRetry && attempt < maxRetries && RETRYABLE_STATUSES.includes(status)) {
        const hinted = retryAfterMs(resHeaders['retry-after']);
        const delay = hinted ?? Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
        const fits = deadline === Infinity ? delay <= MAX_RETRY_AFTER_WITHOUT_DEADLINE_MS : Date.now() + delay + MIN_ATTEMPT_MS < deadline;
        // Not when the circuit opened meanwhile: the other calls already know the provider is failing.
        if (fits && breaker.state !== 'open') {
          await response.body.dump().catch(() => undefined);
          await wait(delay);
          continue;
        }
      }

      report(status);
      if (status >= 400 && !req.acceptStatuses?.includes(status)) {
        const failed = status >= 500 || status === 429;
        let text: string;
        try {
          text = await response.body.text();
        } catch (err) {
          throw bodyFailure(err);
        }
        if (failed) breaker.recordFailure();
        else breaker.recordSuccess();
        const pieces = secretsOf(headers);
        const parsed = parseError(status, text, resHeaders);
        const hinted = retryAfterMs(resHeaders['retry-after']);
        throw new UpstreamHttpError(
          provider,
          status,
          redact(parsed.code, pieces),
          redact(parsed.message, pieces),
          hinted !== undefined ? Math.ceil(hinted / 1000) : undefined,
          parsed.fieldErrors?.map((f) => ({ path: redact(f.path, pieces), message: redact(f.message, pieces) })),
        );
      }
      return { status, headers: resHeaders, body: response.body, bodyFailure };
    }

    /** Sleeps before a retry; an abort meanwhile ends the call (the client left, or the deadline came). */
    async function wait(ms: number): Promise<void> {
      try {
        await sleep(ms, signal);
      } catch (err) {
        report(null);
        if (abandoned()) {
          breaker.recordAbandoned();
          throw err;
        }
        breaker.recordFailure();
        throw deadlineError();
      }
    }

    function bodyFailure(err: unknown): Error {
      if (abandoned()) {
        breaker.recordAbandoned();
        return err instanceof Error ? err : new Error(String(err));
      }
      breaker.recordFailure();
      if (signal?.aborted || pastDeadline()) return deadlineError();
      const reason = errorCode(err) === 'UND_ERR_BODY_TIMEOUT' ? 'the body stalled' : 'the connection closed before the body was complete';
      return new UpstreamUnavailableError(provider, `${provider} sent a truncated response: ${reason}`, 'TRUNCATED_BODY', { cause: err });
    }
  }

  async function request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const sent = await send(req);
    breaker.recordSuccess();
    return { status: sent.status, headers: sent.headers, body: sent.body };
  }

  return {
    provider,
    origin: options.origin,
    breaker,
    request,
    join<T>(shared: Promise<T>): Promise<T> {
      if (breaker.state === 'open') {
        shared.catch(() => undefined); // its failure is the sharers' to see; unobserved here, it must not be unhandled
        return Promise.reject(new UpstreamUnavailableError(provider, `${provider} is failing; calls are paused for a moment (circuit open)`, 'CIRCUIT_OPEN'));
      }
      return awaitWithinRequest(shared, () => {
        breaker.recordFailure();
        return deadlineError();
      });
    },
    async json<T>(req: UpstreamRequest) {
      const sent = await send(req);
      let text: string;
      try {
        text = await sent.body.text();
      } catch (err) {
        throw sent.bodyFailure(err);
      }
      let data: T;
      try {
        data = (text.length ? JSON.parse(text) : undefined) as T;
      } catch {
        breaker.recordFailure();
        throw new UpstreamHttpError(provider, sent.status, 'INVALID_RESPONSE', `${provider} answered with a body that is not JSON (${text.length} bytes)`);
      }
      breaker.recordSuccess();
      return { status: sent.status, headers: sent.headers, data };
    },
    async close() {
      unregister();
      await dispatcher.close();
    },
  };
}

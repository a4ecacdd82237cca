import { randomUUID } from 'node:crypto';
import { DecoratorHandler, type Dispatcher } from 'undici';
import { currentRequestScope } from '../observe/request-scope.js';

/**
 * Transport interceptors, each `opts => dispatch => (opts, handler) => …` in undici's compose style.
 * They are composed in `transport.ts`, where the order is written down.
 */
export type Interceptor = Dispatcher.DispatcherComposeInterceptor;

/** Header names compared case-insensitively; undici accepts several header shapes, we normalise to a record. */
export function headersToRecord(headers: Dispatcher.DispatchOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    return out;
  }
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function' && !(typeof headers === 'object' && !Array.isArray(headers) && Object.getPrototypeOf(headers) === Object.prototype)) {
    for (const [k, v] of headers as Iterable<[string, string | string[] | undefined]>) {
      if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
  }
  for (const [k, v] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/**
 * Adds `x-request-id` so upstream logs can be correlated with ours: kept when the caller set one, else
 * the id of the client request being served (`RequestScope`), else (background work) a fresh one.
 */
export function requestId(generate: () => string = randomUUID): Interceptor {
  return (dispatch) => (opts, handler) => {
    const headers = headersToRecord(opts.headers);
    headers['x-request-id'] ??= currentRequestScope()?.requestId ?? generate();
    return dispatch({ ...opts, headers }, handler);
  };
}

/** Methods that are safe to send again: RFC 9110 idempotent methods (POST/PATCH only with an idempotency token). */
export const IDEMPOTENT_METHODS: Dispatcher.HttpMethod[] = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

/** Statuses worth another attempt; everything else (400, 401, 403, 404, 409, 410, 422…) is final, as in octokit. */
export const RETRYABLE_STATUSES = [429, 500, 502, 503, 504];

/** The transport's retry loop (`transport.ts`): how many retries, and the backoff when no `Retry-After` is given. */
export interface RetryPolicy {
  /** @default 2 */
  maxRetries?: number;
  /** @default 100 */
  minDelayMs?: number;
  /** Cap of the exponential backoff (not of `Retry-After`, which is honoured up to the request deadline). @default 5000 */
  maxDelayMs?: number;
}

/**
 * A header-rewriting interceptor for providers whose throttling header is not `Retry-After`
 * (Alibaba sends `x-acs-retry-after` in milliseconds). It runs on every attempt's response.
 */
// undici 7's typings still describe DecoratorHandler with the legacy callbacks; its runtime has the new ones.
type DecoratorBase = new (handler: Dispatcher.DispatchHandler) => Dispatcher.DispatchHandler & {
  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void;
};

export function mapRetryAfter(headerName: string, toSeconds: (value: string) => number): Interceptor {
  const name = headerName.toLowerCase();
  // DecoratorHandler normalises legacy and new-style handlers; it is the documented base for this in undici 7.
  class RetryAfterHandler extends (DecoratorHandler as unknown as DecoratorBase) {
    override onResponseStart(
      controller: Dispatcher.DispatchController,
      statusCode: number,
      headers: Record<string, string | string[] | undefined>,
      statusMessage?: string,
    ): void {
      const raw = headers[name];
      if (raw !== undefined && headers['retry-after'] === undefined) {
        const seconds = toSeconds(Array.isArray(raw) ? (raw[0] ?? '') : raw);
        if (Number.isFinite(seconds)) headers['retry-after'] = String(Math.max(0, Math.ceil(seconds)));
      }
      super.onResponseStart(controller, statusCode, headers, statusMessage);
    }
  }
  return (dispatch) => (opts, handler) => dispatch(opts, new RetryAfterHandler(handler));
}

/**
 * Signs each attempt. Innermost in the chain, so a retried request is signed again (fresh date, nonce).
 * Returns the complete header set to send. Synchronous on purpose: HMAC signing needs no I/O, and
 * token-based auth (TAC) obtains its token before dispatch.
 */
export type RequestSigner = (request: {
  method: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}) => Record<string, string>;

export function sign(signer: RequestSigner, origin: string): Interceptor {
  return (dispatch) => (opts, handler) => {
    const headers = headersToRecord(opts.headers);
    const body = typeof opts.body === 'string' || Buffer.isBuffer(opts.body) ? opts.body : undefined;
    return dispatch({ ...opts, headers: signer({ method: opts.method, origin, path: opts.path, headers, body }) }, handler);
  };
}

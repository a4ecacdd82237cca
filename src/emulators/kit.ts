import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Fault knobs every emulator honours, for resilience tests and benchmarks. Mutable at run time
 * through `RunningEmulator.faults`.
 */
export interface FaultKnobs {
  /** Added before every response. @default 0 */
  latencyMs?: number;
  /** Fraction (0..1) of requests answered with a 500 in the provider's error envelope. @default 0 */
  errorRate?: number;
  /** Fraction (0..1) of requests answered with 429 and `Retry-After`. @default 0 */
  rateLimitRate?: number;
  /** `Retry-After` seconds sent with injected 429s. @default 1 */
  retryAfterSeconds?: number;
  /** Fraction (0..1) of requests whose connection is destroyed without an answer. @default 0 */
  resetRate?: number;
  /** Delay between body chunks of 1 KiB. @default 0 */
  slowBodyMs?: number;
  /** Fraction (0..1) of responses cut off halfway through their body (the connection is then destroyed). @default 0 */
  truncateRate?: number;
  /** Fraction (0..1) of requests answered 200 with a body that is not valid JSON. @default 0 */
  malformedRate?: number;
  /** Fraction (0..1) of requests never answered: the connection stays open and silent until the client leaves. @default 0 */
  silenceRate?: number;
  /**
   * Fraction (0..1) of requests answered 500 in the provider's error envelope whose message echoes
   * every request header (some proxies and debug servers do): the gateway must not pass our
   * credentials on. @default 0
   */
  echoHeadersRate?: number;
  /** Only apply faults to paths matching this. @default every path */
  pathPattern?: RegExp;
  /** Deterministic fault decisions for tests: fail exactly the next N requests with this status. */
  failNext?: { count: number; status: number };
}

export interface EmulatorRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the handler. */
  path: string;
  /** The raw `path?query` as received (signature verification needs it verbatim). */
  rawUrl: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** Reads the whole body (emulators only; the gateway itself never buffers uploads). */
  body(): Promise<Buffer>;
  json<T = unknown>(): Promise<T>;
  /** The underlying request stream, for handlers that consume uploads incrementally. */
  stream: IncomingMessage;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings/Buffers as they are; async iterables are streamed chunk by chunk. */
  body?: unknown;
}

export type RouteHandler = (req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/** A tiny router: `/v1/images/:imageId` style patterns; `:name*` matches across slashes. */
/** Binds route functions of the form `(ctx, req) => response` to one emulator's context, for a router table. */
export function bindTo<C>(ctx: C): (handler: (ctx: C, req: EmulatorRequest) => ReturnType<RouteHandler>) => RouteHandler {
  return (handler) => (req) => handler(ctx, req);
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = path.replace(/:([A-Za-z_]+)(\*)?/g, (_m, key: string, star?: string) => {
      keys.push(key);
      return star ? '(.+)' : '([^/]+)';
    });
    this.routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  match(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | 'method-not-allowed' | 'bad-request' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      try {
        route.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1] ?? '')));
      } catch {
        return 'bad-request';
      }
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

export interface RecordedRequest {
  method: string;
  path: string;
  rawUrl: string;
  status: number;
  at: number;
  /** The `x-request-id` the caller sent (the gateway sends its client request's id). */
  requestId?: string;
  /** The W3C `traceparent` the caller sent (the gateway sends its client span's, when tracing is on). */
  traceparent?: string;
}

export interface EmulatorOptions {
  provider: string;
  router: Router;
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  faults?: FaultKnobs;
  /** The provider's error envelope, used for 404/405 and injected faults. */
  errorResponse: (status: number, message: string) => EmulatorResponse;
  /** The environment the gateway needs to use this emulator as a LIVE provider. */
  env: (url: string) => Record<string, string>;
  /** Runs before routing (authentication, signature checks); a response short-circuits. */
  before?: (req: EmulatorRequest) => EmulatorResponse | undefined | Promise<EmulatorResponse | undefined>;
  /** Stops timers (job progress, build logs) on close. */
  onClose?: () => void | Promise<void>;
}

export interface RunningEmulator {
  provider: string;
  url: string;
  port: number;
  env: Record<string, string>;
  /** Mutable fault knobs. */
  faults: FaultKnobs;
  /** Every request answered, in order (tests count upstream calls with it). */
  requests: RecordedRequest[];
  server: Server;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function makeRequest(req: IncomingMessage): EmulatorRequest {
  const url = new URL(req.url ?? '/', 'http://emulator');
  let cached: Promise<Buffer> | undefined;
  const body = () =>
    (cached ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    })());
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    rawUrl: req.url ?? '/',
    query: url.searchParams,
    params: {},
    headers: req.headers,
    body,
    async json<T>() {
      const b = await body();
      return (b.length ? JSON.parse(b.toString('utf8')) : undefined) as T;
    },
    stream: req,
  };
}

async function writeResponse(res: ServerResponse, out: EmulatorResponse, slowBodyMs: number): Promise<void> {
  const headers: Record<string, string> = { ...(out.headers ?? {}) };
  let payload: Buffer | AsyncIterable<unknown> | undefined;
  if (out.body === undefined || out.body === null) payload = undefined;
  else if (typeof out.body === 'string') payload = Buffer.from(out.body);
  else if (Buffer.isBuffer(out.body)) payload = out.body;
  else if (typeof (out.body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') payload = out.body as AsyncIterable<unknown>;
  else {
    payload = Buffer.from(JSON.stringify(out.body));
    headers['content-type'] ??= 'application/json';
  }
  if (Buffer.isBuffer(payload) && !slowBodyMs) headers['content-length'] = String(payload.length);
  res.writeHead(out.status, headers);
  if (payload === undefined) return void res.end();
  // Long-lived streams (events, progress) must show their headers before the first chunk.
  if (!Buffer.isBuffer(payload)) res.flushHeaders();
  if (Buffer.isBuffer(payload)) {
    if (!slowBodyMs) return void res.end(payload);
    for (let i = 0; i < payload.length; i += 1024) {
      res.write(payload.subarray(i, i + 1024));
      await sleep(slowBodyMs);
    }
    return void res.end();
  }
  for await (const chunk of payload) {
    if (res.destroyed) break;
    res.write(typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk : JSON.stringify(chunk));
  }
  res.end();
}

/** Announces the whole body in `content-length`, sends half of it, and drops the connection. */
function truncate(res: ServerResponse, out: EmulatorResponse): void {
  const full = Buffer.from(typeof out.body === 'string' || Buffer.isBuffer(out.body) ? out.body : JSON.stringify(out.body ?? {}));
  res.writeHead(out.status, { ...(out.headers ?? {}), 'content-type': out.headers?.['content-type'] ?? 'application/json', 'content-length': String(full.length) });
  res.write(full.subarray(0, Math.floor(full.length / 2)));
  setTimeout(() => res.socket?.destroy(), 10);
}

/** Decides, per request, which injected fault (if any) applies. */
type Fault = { kind: 'reset' | 'truncate' | 'malformed' | 'silence' | 'echo' } | { kind: 'status'; status: number };

function pickFault(faults: FaultKnobs, path: string): Fault | undefined {
  if (faults.pathPattern && !faults.pathPattern.test(path)) return undefined;
  if (faults.failNext && faults.failNext.count > 0) {
    faults.failNext.count -= 1;
    return { kind: 'status', status: faults.failNext.status };
  }
  if (faults.resetRate && Math.random() < faults.resetRate) return { kind: 'reset' };
  if (faults.silenceRate && Math.random() < faults.silenceRate) return { kind: 'silence' };
  if (faults.echoHeadersRate && Math.random() < faults.echoHeadersRate) return { kind: 'echo' };
  if (faults.malformedRate && Math.random() < faults.malformedRate) return { kind: 'malformed' };
  if (faults.truncateRate && Math.random() < faults.truncateRate) return { kind: 'truncate' };
  if (faults.rateLimitRate && Math.random() < faults.rateLimitRate) return { kind: 'status', status: 429 };
  if (faults.errorRate && Math.random() < faults.errorRate) return { kind: 'status', status: 500 };
  return undefined;
}

/** Starts an emulator on loopback. Every emulator is built from this, so fault knobs behave the same everywhere. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const faults: FaultKnobs = { ...(options.faults ?? {}) };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const er = makeRequest(req);
      let out: EmulatorResponse;
      let fault: Fault | undefined;
      try {
        if (faults.latencyMs) await sleep(faults.latencyMs);
        fault = pickFault(faults, er.path);
        if (fault?.kind === 'reset') {
          requests.push({ method: er.method, path: er.path, rawUrl: er.rawUrl, status: 0, at: Date.now(), requestId: String(er.headers['x-request-id'] ?? '') || undefined });
          req.socket.destroy();
          return;
        }
        if (fault?.kind === 'silence') {
          requests.push({ method: er.method, path: er.path, rawUrl: er.rawUrl, status: 0, at: Date.now(), requestId: String(er.headers['x-request-id'] ?? '') || undefined });
          req.resume();
          return; // never answered; close() destroys the socket
        }
        if (fault?.kind === 'echo') {
          out = options.errorResponse(500, `Internal error; your request was ${er.method} ${er.rawUrl} with headers ${JSON.stringify(er.headers)}`);
        } else if (fault?.kind === 'malformed') {
          out = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"data": [{"id": "tru' };
        } else if (fault?.kind === 'status') {
          out = options.errorResponse(fault.status, fault.status === 429 ? 'Too many requests (injected fault)' : 'Internal error (injected fault)');
          if (fault.status === 429) out.headers = { ...(out.headers ?? {}), 'retry-after': String(faults.retryAfterSeconds ?? 1) };
        } else {
          out = (await options.before?.(er)) ?? (await route(er));
        }
      } catch (err) {
        out = options.errorResponse(500, err instanceof Error ? err.message : String(err));
      }
      requests.push({ method: er.method, path: er.path, rawUrl: er.rawUrl, status: out.status, at: Date.now(), requestId: String(er.headers['x-request-id'] ?? '') || undefined, traceparent: String(er.headers.traceparent ?? '') || undefined });
      // Drain an unread request body so keep-alive connections stay usable.
      if (!req.readableEnded) req.resume();
      if (fault?.kind === 'truncate') return truncate(res, out);
      await writeResponse(res, out, faults.slowBodyMs ?? 0).catch(() => res.destroy());
    })();
  });

  async function route(er: EmulatorRequest): Promise<EmulatorResponse> {
    const match = options.router.match(er.method, er.path);
    if (match === undefined) return options.errorResponse(404, `No route for ${er.method} ${er.path}`);
    if (match === 'method-not-allowed') return options.errorResponse(405, `Method ${er.method} not allowed on ${er.path}`);
    if (match === 'bad-request') return options.errorResponse(400, `Malformed percent-encoding in ${er.path}`);
    er.params = match.params;
    return match.handler(er);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    provider: options.provider,
    url,
    port,
    env: options.env(url),
    faults,
    requests,
    server,
    async close() {
      await options.onClose?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------- helpers every emulator's handlers share

const refusals = new WeakSet<object>();

/**
 * Marks a response as a refusal, so a helper can return "the value, or the answer to give instead"
 * (`T | EmulatorResponse`) and the caller tell the two apart with `isRefusal`, whatever `T` looks like
 * (stored records have `status` fields too).
 */
export function refusal<R extends EmulatorResponse>(response: R): R {
  refusals.add(response);
  return response;
}

/** Whether a helper answered with a refusal (see `refusal`) rather than a value. */
export function isRefusal(value: unknown): value is EmulatorResponse {
  return typeof value === 'object' && value !== null && refusals.has(value);
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request's JSON body: `{ok, body}` (`body` is `undefined` for an empty body) or `{ok: false}` when it does not parse. */
export async function parseJsonBody(req: EmulatorRequest): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await req.json() };
  } catch {
    return { ok: false };
  }
}

/**
 * The request's body as a JSON object, or the provider's refusal: `refuse('invalid-json')` when it does
 * not parse, `refuse('not-an-object')` when it is not an object. An empty body is `empty` (default: not an object).
 */
export async function readJsonObject(
  req: EmulatorRequest,
  refuse: (problem: 'invalid-json' | 'not-an-object') => EmulatorResponse,
  empty?: Record<string, unknown>,
): Promise<Record<string, unknown> | EmulatorResponse> {
  const parsed = await parseJsonBody(req);
  if (!parsed.ok) return refusal(refuse('invalid-json'));
  const body = parsed.body === undefined && empty ? empty : parsed.body;
  return isJsonObject(body) ? body : refusal(refuse('not-an-object'));
}

/** Page `page` (1-based) of `size` items. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The token of an `Authorization: Bearer <token>` header, if that is what was sent. */
export function bearerToken(req: EmulatorRequest): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

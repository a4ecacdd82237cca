import { SpanKind, SpanStatusCode, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { DecoratorHandler, type Dispatcher } from 'undici';
import type { Logger } from 'pino';
import type { CircuitState } from './circuit-breaker.js';
import type { Interceptor } from './interceptors.js';
import { headersToRecord } from './interceptors.js';
import type { Metrics } from '../observe/metrics.js';
import type { Provider } from '../core/provider.js';
import { currentRequestScope } from '../observe/request-scope.js';
import { activeTracer, injectTraceContext } from '../observe/tracing.js';

/**
 * Upstream logs, metrics and client spans, per attempt. Transports are created deep inside the
 * provider clients, which only pass the transport's `onCall` hook through; so the gateway's observer
 * is attached to that function (`observeUpstream`) and the transport finds it there: one interceptor
 * (`observeAttempts`, inside retry) and one registration (`registerTransport`, for pool and circuit gauges).
 */
export interface UpstreamObserver {
  metrics: Metrics;
  logger: Logger;
}

type OnCall = (...args: never[]) => void;
const observers = new WeakMap<OnCall, UpstreamObserver & { transports: Set<ObservedTransport> }>();

export interface ObservedTransport {
  provider: Provider;
  circuit(): CircuitState;
  pool(): { connected: number; free: number; pending: number; queued: number; running: number; size: number } | undefined;
}

/** Attaches `observer` to a transport `onCall` hook; transports created with that hook report to it. */
export function observeUpstream<F extends OnCall>(onCall: F, observer: UpstreamObserver): F {
  observers.set(onCall, { ...observer, transports: new Set() });
  return onCall;
}

/** The transports created with `onCall` that are still open. */
export function observedTransports(onCall: OnCall): ObservedTransport[] {
  return [...(observers.get(onCall)?.transports ?? [])];
}

/** Called by `createTransport`; returns the function that unregisters it on close. */
export function registerTransport(onCall: OnCall | undefined, transport: ObservedTransport): () => void {
  const set = onCall ? observers.get(onCall)?.transports : undefined;
  set?.add(transport);
  return () => set?.delete(transport);
}

/** Route words of the five APIs; any other path segment is a value and becomes `{}` in a template. */
const ROUTE_WORDS = new Set([
  'api', 'manage', 'namespaces', 'repos', 'tags', 'images', 'imagebuilds', 'jobs', 'stop', 'pods', 'logs', 'events', 'base-images',
  'registries', 'operating-systems', 'version', '_ping', 'json', 'tag', 'create', 'prune', 'sources', 'tasks', 'build-log', 'push',
  'history', 'search', 'info', 'csp', 'gateway', 'am', 'auth', 'api-tokens', 'authorize', 'hubs', 'current', 'builds', 'containers',
]);

/** `/v1/images/abc123/tasks?x=1` → `/v1/images/{}/tasks`: no ids, names or query values in logs, metrics or spans. */
export function pathTemplate(path: string): string {
  const bare = path.split('?')[0]!;
  return bare
    .split('/')
    .map((s) => (s === '' || ROUTE_WORDS.has(s) || /^v\d+(\.\d+)?$/.test(s) ? s : '{}'))
    .join('/');
}

// undici 7's typings still describe DecoratorHandler with the legacy callbacks; its runtime has the new ones (as in interceptors.ts).
type DecoratorBase = new (handler: Dispatcher.DispatchHandler) => Dispatcher.DispatchHandler & {
  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void;
  onResponseError(controller: Dispatcher.DispatchController, err: Error): void;
};

/** Reports the attempt's outcome when its response headers (or its error) arrive. */
class ObservingHandler extends (DecoratorHandler as unknown as DecoratorBase) {
  constructor(
    handler: Dispatcher.DispatchHandler,
    private readonly finish: (status: number | null, error?: Error) => void,
  ) {
    super(handler);
  }
  override onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void {
    this.finish(statusCode);
    super.onResponseStart(controller, statusCode, headers, statusMessage);
  }
  override onResponseError(controller: Dispatcher.DispatchController, err: Error): void {
    this.finish(null, err);
    super.onResponseError(controller, err);
  }
}

/** Statuses worth a warn line: the upstream failed or throttled us (a 404 or 409 is an answer, not a failure). */
const failed = (status: number | null) => status === null || status >= 500 || status === 429;

/**
 * One interceptor placed inside retry (so it sees every attempt, before signing): counts the attempt,
 * starts a client span whose `traceparent` it adds to the request, and when the response headers (or
 * an error) arrive records the attempt's metrics, ends the span and logs a warn line if it failed.
 */
export function observeAttempts(provider: Provider, onCall: OnCall | undefined): Interceptor {
  // RetryHandler passes itself as the handler of every attempt of one call: attempts are counted per handler.
  const attempts = new WeakMap<object, number>();
  return (dispatch) => (opts, handler) => {
    const observer = onCall ? observers.get(onCall) : undefined;
    const tracer = activeTracer();
    if (!observer && !tracer) return dispatch(opts, handler);
    // The transport numbers its attempts in `opts.attempt`; without it, count dispatches per handler (undici's RetryHandler reuses one).
    const attempt = (opts as { attempt?: number }).attempt ?? (attempts.get(handler) ?? 0) + 1;
    attempts.set(handler, attempt);
    const scope = currentRequestScope();
    const method = opts.method;
    const path = pathTemplate(opts.path);
    const started = performance.now();
    let headers = opts.headers;
    const span = tracer?.startSpan(
      `${method} ${path}`,
      { kind: SpanKind.CLIENT, attributes: { provider, 'http.request.method': method, 'url.template': path, 'http.request.resend_count': attempt - 1, 'imagegraph.attempt': attempt } },
      scope?.trace ?? ROOT_CONTEXT,
    );
    if (span) {
      const record = headersToRecord(opts.headers);
      injectTraceContext(trace.setSpan(scope?.trace ?? ROOT_CONTEXT, span), record);
      headers = record;
    }
    let done = false;
    const finish = (status: number | null, error?: Error) => {
      if (done) return;
      done = true;
      const durationMs = performance.now() - started;
      observer?.metrics.recordAttempt({ provider, method, status, attempt, durationMs });
      if (span) {
        if (status !== null) span.setAttribute('http.response.status_code', status);
        if (failed(status) || (status !== null && status >= 400)) span.setStatus({ code: SpanStatusCode.ERROR, ...(error ? { message: (error as NodeJS.ErrnoException).code ?? error.name } : {}) });
        span.end();
      }
      if (observer && failed(status)) {
        const log = scope?.log ?? observer.logger;
        const reason = error ? ((error as NodeJS.ErrnoException).code ?? error.name) : undefined;
        log.warn({ provider, method, path, status, attempt, durationMs: Math.round(durationMs), ...(reason ? { reason } : {}) }, 'upstream call failed');
      }
    };
    return dispatch({ ...opts, headers }, new ObservingHandler(handler, finish));
  };
}

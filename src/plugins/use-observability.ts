import { createHash } from 'node:crypto';
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { getOperationAST, GraphQLError, print, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { GatewayError } from '../core/errors.js';
import { requestIdFrom, type Logger } from '../observe/logger.js';
import type { Metrics, OperationOutcome } from '../observe/metrics.js';
import { activeTracer, extractTraceContext, ROOT_CONTEXT } from '../observe/tracing.js';

/** One GraphQL operation as logged and counted. */
interface OperationRecord {
  name: string | null;
  type: string;
  outcome: OperationOutcome;
  codes: string[];
  durationMs: number;
  upstreamCalls: number;
  client: string | null;
}

interface RequestState {
  id: string;
  started: number;
  /** The request's child logger, made on first use (a failed upstream call): the operation line does not need it. */
  readonly log: Logger;
  /** A request to the GraphQL endpoint (not a probe, a preflight or the GraphiQL page). */
  graphql: boolean;
  span?: Span;
  trace?: ReturnType<typeof extractTraceContext>;
  operation?: OperationRecord;
  /** Errors of a result produced without execution (parse, validation, limits). */
  rejectedCodes?: string[];
  operationName?: string | null;
  operationType?: string;
}

const requests = new WeakMap<Request, RequestState>();

/** The request id of an HTTP request (`x-request-id`, the trace id of `traceparent`, or a new one), stable per request. */
export function requestIdOf(request: Request | undefined): string {
  if (!request) return requestIdFrom(undefined);
  return requests.get(request)?.id ?? requestIdFrom(request.headers);
}

function codeOf(error: unknown): string {
  if (error instanceof GraphQLError) {
    if (error.originalError instanceof GatewayError) return error.originalError.code;
    const code = error.extensions?.code;
    if (typeof code === 'string') return code;
    return error.originalError ? 'INTERNAL_SERVER_ERROR' : 'GRAPHQL_VALIDATION_FAILED';
  }
  if (error instanceof GatewayError) return error.code;
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

const documentHashes = new WeakMap<DocumentNode, string>();
function documentHash(document: DocumentNode): string {
  let hash = documentHashes.get(document);
  if (!hash) {
    hash = createHash('sha256').update(print(document)).digest('hex');
    documentHashes.set(document, hash);
  }
  return hash;
}

function firstField(op: OperationDefinitionNode | null | undefined): string {
  const sel = op?.selectionSet.selections.find((s) => s.kind === 'Field');
  return sel && sel.kind === 'Field' ? sel.name.value : 'unknown';
}

function outcomeOf(result: ExecutionResult, ctx: GatewayContext): OperationOutcome {
  if (result.data === undefined) return 'rejected';
  if (result.data === null) return 'error';
  return result.errors?.length || ctx.partialErrors?.length ? 'partial' : 'ok';
}

/**
 * Request ids, the per-operation log line, operation and request metrics, and the server and
 * operation spans. Placed before the security plugins so that refused requests are logged and
 * counted as `rejected` with their code (their `onExecute` after-hooks would not run otherwise).
 */
export function useObservability(options: { logger: Logger; metrics: Metrics }): Plugin<GatewayContext> {
  const { logger, metrics } = options;
  let endpoint = '/graphql';

  // The operation line's fields are the gateway's own (ids, names, codes, numbers), none under a key
  // pino redacts: written by a child without the redaction walk, with the request id as the first field
  // (where a per-request child would put it): ~3 µs a line instead of ~17 (test/bench/PROFILE.md).
  const operations = logger.child({}, { redact: [] });
  const emit = (op: OperationRecord, requestId: string, extra: Record<string, unknown> = {}) => {
    const name = metrics.operationName(op.name);
    metrics.operations.inc({ operation_name: name, operation_type: op.type, outcome: op.outcome });
    if (op.outcome === 'rejected') for (const code of new Set(op.codes.length ? op.codes : ['UNKNOWN'])) metrics.rejected.inc({ code });
    operations.info(
      {
        requestId,
        operation: { name: op.name, type: op.type },
        outcome: op.outcome,
        durationMs: Math.round(op.durationMs * 10) / 10,
        ...(op.codes.length ? { errorCodes: [...new Set(op.codes)] } : {}),
        upstreamCalls: op.upstreamCalls,
        client: op.client,
        ...extra,
      },
      'graphql operation',
    );
  };

  /** Starts an operation: child logger and span on the scope, so resolvers' upstream calls use them. */
  const begin = (ctx: GatewayContext, document: DocumentNode, operationName: string | null | undefined) => {
    const op = getOperationAST(document, operationName);
    const request = (ctx as { request?: Request }).request;
    const state = request ? requests.get(request) : undefined;
    let log: Logger | undefined;
    Object.defineProperty(ctx.scope, 'log', {
      configurable: true,
      enumerable: true,
      get: () => (log ??= state?.log ?? logger.child({ requestId: ctx.scope.requestId })),
      set: (value: Logger) => (log = value),
    });
    const name = operationName ?? op?.name?.value ?? null;
    const type = op?.operation ?? 'unknown';
    const tracer = activeTracer();
    let span: Span | undefined;
    if (tracer) {
      const parent = state?.trace ?? ROOT_CONTEXT;
      span = tracer.startSpan(`${type}${name ? ` ${name}` : ''}`, {
        kind: SpanKind.INTERNAL,
        attributes: { 'graphql.operation.type': type, 'graphql.operation.name': name ?? '', 'graphql.document.hash': documentHash(document), 'imagegraph.request_id': ctx.scope.requestId },
      }, parent);
      ctx.scope.trace = trace.setSpan(parent, span);
    }
    return { name, type, op, state, span, started: performance.now() };
  };

  const end = (
    begun: ReturnType<typeof begin>,
    ctx: GatewayContext,
    outcome: OperationOutcome,
    errors: readonly unknown[] | undefined,
  ): OperationRecord => {
    const durationMs = performance.now() - begun.started;
    const record: OperationRecord = {
      name: begun.name,
      type: begun.type,
      outcome,
      codes: [...(errors ?? []).map(codeOf), ...(ctx.partialErrors ?? []).map(({ error }) => codeOf(error))],
      durationMs,
      upstreamCalls: ctx.scope.upstreamCalls,
      client: ctx.viewer?.name ?? null,
    };
    metrics.operationDuration.observe({ operation_name: metrics.operationName(record.name), operation_type: record.type, outcome }, durationMs / 1000);
    if (begun.span) {
      begun.span.setAttribute('imagegraph.outcome', outcome);
      if (outcome === 'error' || outcome === 'rejected') begun.span.setStatus({ code: SpanStatusCode.ERROR });
      begun.span.end();
    }
    // HTTP: the line is written when the response goes out (with the HTTP status); graphql-ws: now.
    if (begun.state) begun.state.operation = record;
    else emit(record, ctx.scope.requestId, { transport: 'graphql-ws' });
    return record;
  };

  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, url }) {
      const id = requestIdFrom(request.headers);
      // A request re-entered with a copy of these headers (streaming uploads' inner request) keeps the same id.
      if (request.headers.get('x-request-id') !== id) {
        try {
          request.headers.set('x-request-id', id);
        } catch {
          // immutable headers: the inner request, if any, gets an id of its own
        }
      }
      const accept = request.headers.get('accept') ?? '';
      const graphiqlPage = request.method === 'GET' && accept.includes('text/html') && !url.searchParams.has('query');
      let log: Logger | undefined;
      const state: RequestState = {
        id,
        started: performance.now(),
        get log() {
          return (log ??= logger.child({ requestId: id }));
        },
        graphql: url.pathname === endpoint && request.method !== 'OPTIONS' && !graphiqlPage,
      };
      const tracer = activeTracer();
      if (tracer) {
        const parent = extractTraceContext((name) => request.headers.get(name));
        state.span = tracer.startSpan(`${request.method} ${url.pathname === endpoint ? endpoint : 'other'}`, {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': request.method, 'url.path': url.pathname, 'http.route': url.pathname === endpoint ? endpoint : 'other', 'imagegraph.request_id': id },
        }, parent);
        state.trace = trace.setSpan(parent, state.span);
      }
      requests.set(request, state);
    },
    onParams({ request, params }) {
      const state = requests.get(request);
      if (state) state.operationName = params.operationName ?? null;
    },
    onParse({ context }) {
      const state = requests.get((context as { request?: Request }).request as Request);
      if (!state) return;
      return ({ result }) => {
        if (!result || result instanceof Error || !('kind' in result)) return;
        const op = getOperationAST(result, state.operationName);
        state.operationName ??= op?.name?.value ?? null;
        state.operationType = op?.operation;
      };
    },
    onExecute({ args }) {
      const ctx = args.contextValue as GatewayContext;
      const begun = begin(ctx, args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return; // incremental delivery: not used by this schema
          end(begun, ctx, outcomeOf(result, ctx), result.errors);
        },
      };
    },
    onSubscribe({ args }) {
      const ctx = args.contextValue as GatewayContext;
      const begun = begin(ctx, args.document, args.operationName);
      const transport = (ctx as { request?: Request }).request ? 'sse' : 'graphql-ws';
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) {
            end(begun, ctx, outcomeOf(result, ctx), result.errors);
            return;
          }
          end(begun, ctx, 'ok', undefined);
          const labels = { field: firstField(begun.op), transport };
          metrics.subscriptions.inc(labels);
          return { onEnd: () => metrics.subscriptions.dec(labels) };
        },
      };
    },
    onResultProcess({ request, result }) {
      const state = requests.get(request);
      if (!state || state.operation || Array.isArray(result) || Symbol.asyncIterator in result) return;
      state.rejectedCodes = (result.errors ?? []).map(codeOf);
    },
    async onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      try {
        response.headers.set('x-request-id', state.id);
      } catch {
        // an immutable Response (none of ours today): the id is still in the logs and upstream
      }
      if (!state.graphql) {
        state.span?.end();
        return;
      }
      let op = state.operation;
      if (!op && !state.rejectedCodes && response.status < 400) {
        // Answered without an operation of its own (uploads run theirs in an inner request, logged there).
        state.span?.end();
        return;
      }
      if (!op) {
        // Refused before execution: by a plugin's own response (401, 403, 429…) or with a result Yoga built (400: parse, validation, limits).
        let codes = state.rejectedCodes;
        if (!codes && response.status >= 400 && response.headers.get('content-type')?.includes('json')) {
          const body = (await response.clone().json().catch(() => undefined)) as { errors?: unknown[] } | undefined;
          codes = (body?.errors ?? []).map(codeOf);
        }
        op = { name: state.operationName ?? null, type: state.operationType ?? 'unknown', outcome: 'rejected', codes: codes?.length ? codes : [`HTTP_${response.status}`], durationMs: performance.now() - state.started, upstreamCalls: 0, client: null };
      }
      const durationMs = performance.now() - state.started;
      metrics.requestDuration.observe({ operation_name: metrics.operationName(op.name), operation_type: op.type, outcome: op.outcome }, durationMs / 1000);
      emit(op, state.id, { httpStatus: response.status, requestMs: Math.round(durationMs * 10) / 10 });
      if (state.span) {
        state.span.setAttribute('http.response.status_code', response.status);
        if (response.status >= 500) state.span.setStatus({ code: SpanStatusCode.ERROR });
        state.span.end();
      }
    },
  };
}

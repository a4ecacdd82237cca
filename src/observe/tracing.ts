import { propagation, ROOT_CONTEXT, trace, type Context, type Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';

export interface TracingConfig {
  /** OTLP/HTTP traces endpoint (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`). */
  endpoint: string;
  /** `OTEL_SERVICE_NAME`. @default imagegraph */
  serviceName: string;
  /** `OTEL_EXPORTER_OTLP_HEADERS`/`OTEL_EXPORTER_OTLP_TRACES_HEADERS` (`k=v,k2=v2`): sent to the collector, never logged. */
  headers: Record<string, string>;
}

let tracer: Tracer | undefined;

/** The tracer when tracing is on, else undefined: every instrumentation point checks this first, so off is free. */
export function activeTracer(): Tracer | undefined {
  return tracer;
}

/**
 * Starts OpenTelemetry tracing: the SDK is loaded only here (so it costs nothing when `OTEL_*` is
 * unset), spans are batched and exported over OTLP/HTTP (JSON), and W3C `traceparent` is the
 * propagation format. Parents are passed explicitly (HTTP request → operation through the
 * `RequestScope` → upstream attempt), so no async context manager is installed.
 * Returns a function that flushes and stops the exporter.
 */
export async function startTracing(config: TracingConfig, logger: Logger): Promise<() => Promise<void>> {
  const [{ BasicTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }, { W3CTraceContextPropagator }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  const exporter = new OTLPTraceExporter({ url: config.endpoint, headers: config.headers });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 })],
  });
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  tracer = provider.getTracer('imagegraph');
  logger.info({ endpoint: new URL(config.endpoint).origin }, 'tracing: exporting spans over OTLP/HTTP');
  return async () => {
    tracer = undefined;
    await provider.shutdown().catch(() => undefined);
  };
}

/** The caller's trace context from `traceparent` (and `tracestate`), or the root context. */
export function extractTraceContext(get: (name: string) => string | null | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, null, { get: (_c, key) => get(key) ?? undefined, keys: () => ['traceparent', 'tracestate'] });
}

/** `traceparent` (and `tracestate`) for `context`, added to `headers`. */
export function injectTraceContext(context: Context, headers: Record<string, string>): void {
  propagation.inject(context, headers, { set: (carrier, key, value) => (carrier[key] = value) });
}

export { trace, ROOT_CONTEXT };

/**
 * OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, one query that fans out to two providers is
 * one trace (continued from the client's `traceparent`): a server span, an operation span under it,
 * and a client span per upstream attempt under that, each upstream receiving its own span's
 * `traceparent`. The collector is a local OTLP/HTTP (JSON) receiver started here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwTracingMergedDocument } from '../generated/graphql.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number; boolValue?: boolean } }[];
}
const SERVER = 2;
const CLIENT = 3;

const attr = (span: OtlpSpan, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v?.stringValue ?? (v?.intValue !== undefined ? Number(v.intValue) : v?.boolValue);
};

let receiver: Server;
const spans: OtlpSpan[] = [];
const exportHeaders: Record<string, string | string[] | undefined>[] = [];
let docker: RunningDockerEmulator;
let cycle: RunningCycleEmulator;
let gw: TestGateway;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      exportHeaders.push(req.headers);
      const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      for (const rs of parsed.resourceSpans) for (const ss of rs.scopeSpans) spans.push(...ss.spans);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  [docker, cycle] = await Promise.all([startDockerEmulator(), startCycleEmulator({ tickMs: 0 })]);
  gw = await startTestGateway({
    ...docker.env,
    ...cycle.env,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-token=t0ken',
  });
}, 60_000);

afterAll(async () => {
  await gw?.close();
  await Promise.all([docker?.close(), cycle?.close()]);
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('traces', () => {
  it('one query over two providers: one trace, server → operation → client span per upstream attempt, traceparent upstream', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const clientSpanId = 'b7ad6b7169203331';
    const marks = [docker.requests.length, cycle.requests.length] as const;
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${clientSpanId}-01` },
      body: JSON.stringify({ query: print(GwTracingMergedDocument) }),
    });
    const body = (await res.json()) as { data?: { images: { edges: { node: { provider: string } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const upstream = [...docker.requests.slice(marks[0]), ...cycle.requests.slice(marks[1])];
    expect(upstream.length).toBeGreaterThanOrEqual(2);

    // The batch processor exports every 500 ms: wait for the client spans of every upstream call to arrive.
    const mine = () => spans.filter((s) => s.traceId === traceId);
    for (let i = 0; i < 100 && mine().filter((s) => s.kind === CLIENT).length < upstream.length; i++) await new Promise((r) => setTimeout(r, 100));
    const trace = mine();

    const server = trace.filter((s) => s.kind === SERVER);
    expect(server).toHaveLength(1);
    expect(server[0]!.parentSpanId).toBe(clientSpanId);
    expect(attr(server[0]!, 'http.response.status_code')).toBe(200);

    const operation = trace.filter((s) => attr(s, 'graphql.operation.type') !== undefined);
    expect(operation).toHaveLength(1);
    expect(operation[0]!.parentSpanId).toBe(server[0]!.spanId);
    expect(attr(operation[0]!, 'graphql.operation.name')).toBe('GwTracingMerged');
    expect(attr(operation[0]!, 'graphql.operation.type')).toBe('query');
    expect(attr(operation[0]!, 'graphql.document.hash')).toMatch(/^[0-9a-f]{64}$/);

    const clients = trace.filter((s) => s.kind === CLIENT);
    expect(clients).toHaveLength(upstream.length);
    for (const c of clients) {
      expect(c.parentSpanId).toBe(operation[0]!.spanId);
      expect(attr(c, 'http.request.method')).toBe('GET');
      expect(attr(c, 'http.response.status_code')).toBe(200);
      expect(attr(c, 'imagegraph.attempt')).toBe(1);
      expect(String(attr(c, 'url.template'))).not.toContain('?');
    }
    expect(new Set(clients.map((c) => attr(c, 'provider')))).toEqual(new Set(['DOCKER', 'CYCLE']));
    expect(clients.map((c) => attr(c, 'url.template'))).toContain('/v1/images');

    // Each upstream saw the traceparent of its own client span.
    const sent = upstream.map((r) => r.traceparent);
    expect(new Set(sent)).toEqual(new Set(clients.map((c) => `00-${traceId}-${c.spanId}-01`)));
    // The collector got the configured headers (OTEL_EXPORTER_OTLP_HEADERS).
    expect(exportHeaders.some((h) => h['x-collector-token'] === 't0ken')).toBe(true);
  });
});

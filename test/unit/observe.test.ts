import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { requestIdFrom } from '../../src/observe/logger.js';
import { pathTemplate } from '../../src/http/observe-attempts.js';

describe('pathTemplate', () => {
  it.each([
    ['/v1/images/abc123/build-log?page[size]=5', '/v1/images/{}/build-log'],
    ['/v1.47/images/docker.io%2Flibrary%2Fnginx%3Alatest/json', '/v1.47/images/{}/json'],
    ['/v2/manage/namespaces/team-a/repos/web%2Fapp/tags', '/v2/manage/namespaces/{}/repos/{}/tags'],
    ['/api/v1/jobs/dlc-42/pods/pod-1/logs', '/api/v1/jobs/{}/pods/{}/logs'],
    ['/v1/base-images', '/v1/base-images'],
    ['/_ping', '/_ping'],
  ])('%s → %s (no ids, names or query values)', (path, template) => {
    expect(pathTemplate(path)).toBe(template);
  });
});

describe('request ids', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('keep a sane x-request-id, else take the trace id of traceparent, else generate one', () => {
    expect(requestIdFrom(headers({ 'x-request-id': 'abc' }))).toBe('abc');
    expect(requestIdFrom(headers({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(requestIdFrom(headers({ 'x-request-id': 'x'.repeat(200) }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(headers({ traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' }))).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('observability config', () => {
  const load = (env: Record<string, string>) => loadConfig({ GATEWAY_SANDBOX: 'off', ...env }, () => false);
  it('has defaults: info logs, probes every 30 s, no drain delay outside production, no tracing', () => {
    expect(load({})).toMatchObject({ logLevel: 'info', providerProbeIntervalMs: 30_000, shutdownDrainDelayMs: 0, metricsPort: undefined, tracing: undefined });
    expect(load({ NODE_ENV: 'production', GATEWAY_AUTH: 'off' }).shutdownDrainDelayMs).toBe(5000);
  });
  it('turns tracing on with an OTLP endpoint, unless disabled', () => {
    expect(load({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({ endpoint: 'http://collector:4318/v1/traces', serviceName: 'imagegraph', headers: {} });
    expect(load({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
  });
  it.each([
    ['LOG_LEVEL', 'loud'],
    ['LOG_FORMAT', 'xml'],
    ['METRICS_PORT', '99999'],
    ['PROVIDER_PROBE_INTERVAL_MS', 'soon'],
    ['SHUTDOWN_DRAIN_DELAY_MS', '-1'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'not a url'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'],
  ])('refuses %s=%s in one line naming it', (name, value) => {
    let error: unknown;
    try {
      load({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('throttled (repeating warnings)', () => {
  it('logs the first at once, then at most one per interval with how many it held back', async () => {
    const { throttled } = await import('../../src/observe/throttle.js');
    let now = 0;
    const lines: [string, number][] = [];
    const warn = throttled<string>(10_000, (reason, suppressed) => lines.push([reason, suppressed]), () => now);
    for (let t = 0; t <= 25_000; t += 250) {
      now = t;
      warn('ECONNREFUSED');
    }
    expect(lines).toEqual([
      ['ECONNREFUSED', 0],
      ['ECONNREFUSED', 39],
      ['ECONNREFUSED', 39],
    ]);
  });
});

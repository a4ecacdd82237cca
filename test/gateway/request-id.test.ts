/**
 * The client's `x-request-id` travels with every upstream call its request causes (RequestScope), so an
 * operator can follow one request from the gateway into each provider's logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwRequestIdBaseImagesWithOsDocument, GwRequestIdBasesDocument, GwRequestIdFirstBaseImageDocument, GwTypenameDocument } from '../generated/graphql.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { createLogger } from '../../src/observe/logger.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let emu: TacEmulator;
let gw: TestGateway;
/** Every JSON line the gateway logged. */
const lines: string[] = [];

beforeAll(async () => {
  emu = await startTacEmulator();
  gw = await startTestGateway(emu.env, { logger: createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } }) });
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

describe('x-request-id', () => {
  it('is sent upstream on every call of that request, and a different request gets its own', async () => {
    const query = print(GwRequestIdBaseImagesWithOsDocument);
    const send = (id?: string) =>
      gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ query }),
      });
    const from = emu.requests.length;
    const res = await send('abc');
    expect(res.status).toBe(200);
    const calls = emu.requests.slice(from).filter((r) => r.path.startsWith('/v1/'));
    expect(calls.length).toBeGreaterThan(1); // the list, then the operating systems it does not embed
    expect(calls.map((r) => r.requestId)).toEqual(calls.map(() => 'abc'));

    const next = emu.requests.length;
    await send();
    const other = emu.requests.slice(next).filter((r) => r.path.startsWith('/v1/'));
    expect(other.length).toBeGreaterThan(0);
    const ids = new Set(other.map((r) => r.requestId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBe('abc');
  });

  it('is echoed in the response and on every log line of the request, as JSON', async () => {
    const from = emu.requests.length;
    lines.length = 0;
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc', authorization: 'Bearer not-a-real-secret-0123456789' },
      body: JSON.stringify({ query: print(GwRequestIdBasesDocument), variables: { n: 2 } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('abc');
    const calls = emu.requests.slice(from).filter((r) => r.path.startsWith('/v1/'));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((r) => r.requestId === 'abc')).toBe(true);

    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const mine = parsed.filter((l) => l.requestId === 'abc');
    expect(mine.length).toBeGreaterThan(0);
    const op = mine.find((l) => l.msg === 'graphql operation');
    expect(op).toMatchObject({ level: 'info', operation: { name: 'GwRequestIdBases', type: 'query' }, outcome: 'ok', httpStatus: 200, upstreamCalls: calls.length });
    expect(typeof op?.durationMs).toBe('number');
    // Nothing from the request itself: no header values, no variables, no body.
    expect(lines.join('\n')).not.toContain('not-a-real-secret');
  });

  it('takes the trace id of traceparent when there is no x-request-id, and generates one otherwise', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ query: print(GwTypenameDocument) }),
    });
    expect(res.headers.get('x-request-id')).toBe(traceId);
    const plain = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'has spaces\tand tabs' }, body: JSON.stringify({ query: print(GwTypenameDocument) }) });
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a warn line per failed upstream attempt with the path template, not its values', async () => {
    lines.length = 0;
    emu.faults.failNext = { status: 503, count: 1 };
    emu.faults.pathPattern = /^\/v1\/base-images$/;
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'warn-1' },
      body: JSON.stringify({ query: print(GwRequestIdFirstBaseImageDocument) }),
    });
    expect(res.status).toBe(200);
    const warn = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 'warn' && l.msg === 'upstream call failed');
    expect(warn).toMatchObject({ requestId: 'warn-1', provider: 'TAC', method: 'GET', path: '/v1/base-images', status: 503, attempt: 1 });
  });
});

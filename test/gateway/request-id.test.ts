/**
 * The client's `x-request-id` travels with every upstream call its request causes (RequestScope), so an
 * operator can follow one request from the gateway into each provider's logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let emu: TacEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emu = await startTacEmulator();
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

describe('x-request-id', () => {
  it('is sent upstream on every call of that request, and a different request gets its own', async () => {
    const query = '{ baseImages(first: 5) { edges { node { id operatingSystem { name status } } } } }';
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
});

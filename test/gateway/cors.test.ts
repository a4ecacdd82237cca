import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwTypenameDocument } from '../generated/graphql.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const LISTED = 'https://app.example.com';
const ALSO_LISTED = 'http://localhost:5173';
const UNLISTED = 'https://evil.example.net';

/** A browser's preflight for a JSON POST carrying an API key. */
async function preflight(gw: TestGateway, origin: string): Promise<Response> {
  return gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
}

async function post(gw: TestGateway, origin: string): Promise<Response> {
  return gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(GwTypenameDocument) }),
  });
}

describe('CORS (CORS_ORIGINS)', () => {
  const gateways: TestGateway[] = [];
  let none: TestGateway;
  let listed: TestGateway;
  let any: TestGateway;

  beforeAll(async () => {
    none = await startTestGateway({});
    listed = await startTestGateway({ CORS_ORIGINS: `${LISTED}, ${ALSO_LISTED}` });
    any = await startTestGateway({ CORS_ORIGINS: '*' });
    gateways.push(none, listed, any);
  });

  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
  });

  describe('unset (the default)', () => {
    it('answers a preflight without any Access-Control-Allow-* header', async () => {
      const res = await preflight(none, UNLISTED);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('gives a cross-origin POST no Access-Control-Allow-Origin (the browser hides the answer)', async () => {
      const res = await post(none, LISTED);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('exact origins', () => {
    it('allows a listed origin’s preflight, with credentials, its methods and headers', async () => {
      for (const origin of [LISTED, ALSO_LISTED]) {
        const res = await preflight(listed, origin);
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
        expect(res.headers.get('access-control-allow-credentials')).toBe('true');
        expect(res.headers.get('access-control-allow-methods')).toContain('POST');
        expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
        expect(res.headers.get('access-control-max-age')).toBe('600');
        expect(res.headers.get('vary')).toContain('Origin');
      }
    });

    it('echoes the listed origin on the actual request', async () => {
      const res = await post(listed, LISTED);
      expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    });

    it('gives an unlisted origin no Access-Control-Allow-Origin, on the preflight and the request', async () => {
      for (const res of [await preflight(listed, UNLISTED), await post(listed, UNLISTED), await preflight(listed, `${LISTED}.evil.example.net`)]) {
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
    });
  });

  describe('"*"', () => {
    it('allows any origin, never with credentials', async () => {
      const res = await preflight(any, UNLISTED);
      expect(res.headers.get('access-control-allow-origin')).toBe(UNLISTED);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('config', () => {
    it('refuses what is not an exact origin, and "*" mixed with origins', () => {
      for (const bad of ['https://app.example.com/', 'https://app.example.com/graphql', 'app.example.com', 'ftp://files.example.com', `*, ${LISTED}`]) {
        expect(() => loadConfig({ CORS_ORIGINS: bad }, () => false), bad).toThrow(ConfigError);
      }
      expect(loadConfig({}, () => false).corsOrigins).toEqual([]);
      expect(loadConfig({ CORS_ORIGINS: `${LISTED},${ALSO_LISTED}` }, () => false).corsOrigins).toEqual([LISTED, ALSO_LISTED]);
    });
  });
});

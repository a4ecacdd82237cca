import { describe, expect, it } from 'vitest';
// The official Node SDK's signer, a devDependency used only here as an oracle (no exports map: deep import).
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js';
import { createSwrSigner, formatSdkDate } from '../../src/providers/huawei-swr/sign.js';
import { toQueryString, type QueryValue } from '../../src/http/query.js';

const AK = 'HPUAORACLETESTAK0001';
const SK = 'oracle-test-secret-key-not-real-0001';
const DATE = new Date(Date.UTC(2026, 11, 4, 20, 45, 7));
const ORIGIN = 'https://swr-api.ap-southeast-1.myhuaweicloud.com';

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | string[]>;
  json?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** What the SWR client sends: JSON content type on every call (the SDK declares it required), plus the request id. */
const CASES: Case[] = [
  { name: 'list namespaces', method: 'GET', path: '/v2/manage/namespaces' },
  { name: 'list repositories with a query', method: 'GET', path: '/v2/manage/repos', query: { namespace: 'acme', limit: '100', offset: '0', name: 'web app~1' } },
  { name: 'repeated query values', method: 'GET', path: '/v2/manage/repos', query: { center: ['self', 'other'], filter: 'a*b' } },
  { name: 'tags of a nested repository ($ for /)', method: 'GET', path: '/v2/manage/namespaces/acme/repos/base$debian/tags', query: { limit: '5' } },
  { name: 'create a repository (JSON body)', method: 'POST', path: '/v2/manage/namespaces/acme/repos', json: { repository: 'web', is_public: false, category: 'linux', description: 'Debian ✓ 中文' } },
  { name: 'update a repository', method: 'PATCH', path: '/v2/manage/namespaces/acme/repos/web', json: { is_public: true, category: 'app_server', description: '' } },
  { name: 'delete a repository', method: 'DELETE', path: '/v2/manage/namespaces/acme/repos/web' },
  { name: 'another endpoint (port)', method: 'GET', path: '/v2/manage/namespaces', headers: {} },
];

function ours(c: Case, origin = ORIGIN): Record<string, string> {
  const signer = createSwrSigner({ ak: AK, sk: SK, now: () => DATE });
  const headers = { 'content-type': 'application/json', 'x-request-id': 'req-oracle-1', ...(c.headers ?? {}) };
  return signer({ method: c.method, origin, path: c.path + toQueryString(c.query as Record<string, QueryValue>), headers, body: c.json ? JSON.stringify(c.json) : undefined });
}

function sdk(c: Case, origin = ORIGIN): Record<string, string> {
  const credential = new BasicCredentials().withAk(AK).withSk(SK);
  const headers = { 'content-type': 'application/json', 'x-request-id': 'req-oracle-1', ...(c.headers ?? {}), 'X-Sdk-Date': formatSdkDate(DATE) };
  return AKSKSigner.sign({ endpoint: origin + c.path, method: c.method, headers, queryParams: c.query ?? {}, data: c.json }, credential) as Record<string, string>;
}

/** Issue 13, acceptance 6: SWR requests are signed exactly as Huawei's own Node SDK signs them. */
describe('huawei-swr sign against the official SDK (AKSKSigner.sign)', () => {
  it.each(CASES)('$name: same signed headers and signature', (c) => {
    const mine = ours(c);
    const theirs = sdk(c);
    expect(mine.authorization).toBe(theirs.Authorization);
    expect(mine.authorization).toMatch(/SignedHeaders=content-type;host;x-request-id;x-sdk-date,/);
    expect(mine.host).toBe(theirs.host);
  });

  it('binds the endpoint: the same request to another host has another signature (in both)', () => {
    const other = 'http://127.0.0.1:8443';
    const c = CASES[0]!;
    expect(ours(c, other).authorization).toBe(sdk(c, other).Authorization);
    expect(ours(c, other).authorization).not.toBe(ours(c).authorization);
  });
});

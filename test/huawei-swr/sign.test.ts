import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalQueryString,
  canonicalUri,
  createSwrSigner,
  createSwrTokenSigner,
  formatSdkDate,
  parseSdkDate,
  signRequest,
  verifySwrSignature,
} from '../../src/providers/huawei-swr/sign.js';

/**
 * The expected values below are computed here, independently of the signer: the canonical request is
 * spelled out literally and hashed with node:crypto, so a canonicalisation bug in sign.ts cannot also
 * be in the expectation.
 */
const AK = 'HPUAFIXEDTESTAK00001';
const SK = 'fixed-test-secret-key-do-not-use-0001';
const DATE = new Date(Date.UTC(2024, 5, 1, 12, 34, 56));
const SDK_DATE = '20240601T123456Z';
const HOST = 'swr-api.ap-southeast-1.myhuaweicloud.com';
const HOST_LINE = `host:${HOST}`;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
function expectedAuthorization(canonical: string, signedHeaders: string): string {
  const toSign = `SDK-HMAC-SHA256\n${SDK_DATE}\n${sha256(canonical)}`;
  const sig = createHmac('sha256', SK).update(toSign, 'utf8').digest('hex');
  return `SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=${signedHeaders}, Signature=${sig}`;
}

const sign = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  createSwrSigner({ ak: AK, sk: SK, now: () => DATE })({ method, origin: 'https://swr-api.ap-southeast-1.myhuaweicloud.com', path, headers, body });

describe('huawei-swr sign', () => {
  describe('formatSdkDate / parseSdkDate', () => {
    it('uses YYYYMMDDTHHMMSSZ in UTC and round-trips', () => {
      expect(formatSdkDate(DATE)).toBe(SDK_DATE);
      expect(parseSdkDate(SDK_DATE)?.getTime()).toBe(DATE.getTime());
      expect(parseSdkDate('2024-06-01T12:34:56Z')).toBeUndefined();
      expect(parseSdkDate('20241301T123456Z')).toBeUndefined();
    });
  });

  describe('fixed vectors', () => {
    it('GET with an empty body: trailing slash added, content-type and host signed (as the Node SDK does), empty-body hash', () => {
      const headers = sign('GET', '/v2/manage/namespaces', { 'content-type': 'application/json', 'x-request-id': 'req-1' });
      const canonical = ['GET', '/v2/manage/namespaces/', '', 'content-type:application/json', HOST_LINE, 'x-request-id:req-1', `x-sdk-date:${SDK_DATE}`, '', 'content-type;host;x-request-id;x-sdk-date', EMPTY_SHA256].join('\n');
      expect(headers['x-sdk-date']).toBe(SDK_DATE);
      expect(headers.host).toBe(HOST);
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-request-id;x-sdk-date'));
      expect(headers['content-type']).toBe('application/json');
    });

    it('POST with a JSON body hashes the exact bytes sent', () => {
      const body = '{"repository":"base/debian","is_public":true,"category":"linux","description":"Debian ✓"}';
      const headers = sign('POST', '/v2/manage/namespaces/acme/repos', { 'content-type': 'application/json;charset=utf-8' }, body);
      const canonical = [
        'POST',
        '/v2/manage/namespaces/acme/repos/',
        '',
        'content-type:application/json;charset=utf-8',
        HOST_LINE,
        `x-sdk-date:${SDK_DATE}`,
        '',
        'content-type;host;x-sdk-date',
        createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex'),
      ].join('\n');
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-sdk-date'));
    });

    it('query strings: sorted keys, sorted repeated values, RFC 3986 encoding of space, *, ~ and unicode', () => {
      const path = '/v2/manage/repos?name=a%20b&tag=x*y&z=~t&q=%E4%B8%AD%F0%9F%90%B3&k=2&k=1&A=up&empty=';
      const headers = sign('GET', path, { 'content-type': 'application/json' });
      const query = 'A=up&empty=&k=1&k=2&name=a%20b&q=%E4%B8%AD%F0%9F%90%B3&tag=x%2Ay&z=~t';
      const canonical = ['GET', '/v2/manage/repos/', query, 'content-type:application/json', HOST_LINE, `x-sdk-date:${SDK_DATE}`, '', 'content-type;host;x-sdk-date', EMPTY_SHA256].join('\n');
      expect(canonicalQueryString(path.split('?')[1]!)).toBe(query);
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-sdk-date'));
    });

    it('keys and values sort by UTF-8 bytes, as Go does (not by UTF-16 units)', () => {
      // U+FF21 (EF BC A1) sorts before U+1F433 (F0 9F 90 B3) in UTF-8, after it in UTF-16.
      expect(canonicalQueryString('k=%F0%9F%90%B3&k=%EF%BC%A1')).toBe('k=%EF%BC%A1&k=%F0%9F%90%B3');
    });

    it('a repository name with "/" travels as "$" and is canonicalised as %24', () => {
      const headers = sign('DELETE', '/v2/manage/namespaces/acme/repos/base$debian', { 'content-type': 'application/json' });
      const canonical = ['DELETE', '/v2/manage/namespaces/acme/repos/base%24debian/', '', 'content-type:application/json', HOST_LINE, `x-sdk-date:${SDK_DATE}`, '', 'content-type;host;x-sdk-date', EMPTY_SHA256].join('\n');
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-sdk-date'));
      // `$` and `%24` on the wire are the same name.
      expect(canonicalUri('/a/base%24debian')).toBe(canonicalUri('/a/base$debian'));
    });

    it('header values are trimmed, names lower-cased and sorted; host is always the endpoint’s, whatever the caller set', () => {
      const headers = sign(
        'GET',
        '/v2/manage/namespaces/acme',
        { 'Content-Type': 'application/json', 'X-Project-Id': '  0123abc  ', 'X-Custom_Header': 'ignored', 'Host': ' swr-api.example.com ' },
      );
      const canonical = [
        'GET',
        '/v2/manage/namespaces/acme/',
        '',
        'content-type:application/json',
        HOST_LINE,
        'x-custom_header:ignored',
        'x-project-id:0123abc',
        `x-sdk-date:${SDK_DATE}`,
        '',
        'content-type;host;x-custom_header;x-project-id;x-sdk-date',
        EMPTY_SHA256,
      ].join('\n');
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-custom_header;x-project-id;x-sdk-date'));
    });

    it('a non-JSON content type is sent with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, which replaces the body hash', () => {
      const headers = sign('PUT', '/v2/upload', { 'content-type': 'application/octet-stream' }, 'binary-bytes');
      expect(headers['x-sdk-content-sha256']).toBe('UNSIGNED-PAYLOAD');
      const canonical = ['PUT', '/v2/upload/', '', 'content-type:application/octet-stream', HOST_LINE, 'x-sdk-content-sha256:UNSIGNED-PAYLOAD', `x-sdk-date:${SDK_DATE}`, '', 'content-type;host;x-sdk-content-sha256;x-sdk-date', 'UNSIGNED-PAYLOAD'].join('\n');
      expect(headers.authorization).toBe(expectedAuthorization(canonical, 'content-type;host;x-sdk-content-sha256;x-sdk-date'));
    });

    it('re-signing replaces a previous attempt’s date and Authorization', () => {
      const first = signRequest({ method: 'GET', path: '/x', headers: {} }, { ak: AK, sk: SK }, new Date(0));
      const again = signRequest({ method: 'GET', path: '/x', headers: first }, { ak: AK, sk: SK }, DATE);
      expect(again['x-sdk-date']).toBe(SDK_DATE);
      expect(again.authorization).toBe(expectedAuthorization(['GET', '/x/', '', `x-sdk-date:${SDK_DATE}`, '', 'x-sdk-date', EMPTY_SHA256].join('\n'), 'x-sdk-date'));
    });
  });

  describe('createSwrSigner / createSwrTokenSigner', () => {
    it('refuses empty credentials without echoing them', () => {
      expect(() => createSwrSigner({ ak: AK, sk: '' })).toThrow(/HUAWEICLOUD_SDK_SK/);
      expect(() => createSwrSigner({ ak: '', sk: SK })).toThrow(/HUAWEICLOUD_SDK_AK/);
    });

    it('token mode sends X-Auth-Token and no signature', () => {
      const headers = createSwrTokenSigner('iam-token-value')({ method: 'GET', origin: 'http://x', path: '/v2/manage/namespaces', headers: { 'content-type': 'application/json' }, body: undefined });
      expect(headers['x-auth-token']).toBe('iam-token-value');
      expect(headers.authorization).toBeUndefined();
    });
  });

  describe('verifySwrSignature', () => {
    const path = '/v2/manage/namespaces/acme/repos/base$debian?limit=10&offset=20';
    const body = '{"is_public":false,"description":"hello world"}';
    const signed = sign('PATCH', path, { 'content-type': 'application/json', 'x-request-id': 'abc' }, body);
    const lookup = (ak: string) => (ak === AK ? SK : undefined);
    const verify = (over: Partial<{ method: string; rawUrl: string; headers: Record<string, string>; body: string }> = {}, now = DATE) =>
      verifySwrSignature({ method: 'PATCH', rawUrl: path, headers: signed, body, ...over }, lookup, now);

    it('accepts what the signer produced (round trip)', () => {
      expect(verify()).toEqual({ ok: true, accessKey: AK });
      // Within the 15-minute window on either side.
      expect(verify({}, new Date(DATE.getTime() + 14 * 60_000)).ok).toBe(true);
      expect(verify({}, new Date(DATE.getTime() - 14 * 60_000)).ok).toBe(true);
    });

    it('rejects every single-character change of the signature', () => {
      const auth = signed.authorization!;
      const start = auth.indexOf('Signature=') + 'Signature='.length;
      for (let i = start; i < auth.length; i++) {
        const c = auth[i] === '0' ? '1' : '0';
        const tampered = auth.slice(0, i) + c + auth.slice(i + 1);
        const result = verify({ headers: { ...signed, authorization: tampered } });
        expect(result.ok, `position ${i}`).toBe(false);
      }
      const truncated = verify({ headers: { ...signed, authorization: auth.slice(0, -1) } });
      expect(truncated).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
    });

    it('rejects every single-byte change of the method, path, query, body and signed headers', () => {
      const mutate = (s: string, i: number) => s.slice(0, i) + (s[i] === 'q' ? 'r' : 'q') + s.slice(i + 1);
      for (let i = 0; i < path.length; i++) expect(verify({ rawUrl: mutate(path, i) }).ok, `path byte ${i}`).toBe(false);
      for (let i = 0; i < body.length; i++) expect(verify({ body: mutate(body, i) }).ok, `body byte ${i}`).toBe(false);
      expect(verify({ method: 'PUT' }).ok).toBe(false);
      expect(verify({ headers: { ...signed, 'x-request-id': 'abd' } }).ok).toBe(false);
      // A date change within the window is still a signature mismatch.
      expect(verify({ headers: { ...signed, 'x-sdk-date': '20240601T123457Z' } })).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
      // content-type and host are signed: neither may change.
      expect(verify({ headers: { ...signed, 'content-type': 'application/json;charset=utf-8' } }).ok).toBe(false);
      expect(verify({ headers: { ...signed, host: 'swr-api.eu-west-0.myhuaweicloud.com' } })).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
    });

    it('refuses a signature that does not bind host (replayable against another endpoint)', () => {
      const noHost = signRequest({ method: 'GET', path: '/v2/manage/namespaces', headers: { 'content-type': 'application/json' } }, { ak: AK, sk: SK }, DATE);
      const result = verifySwrSignature({ method: 'GET', rawUrl: '/v2/manage/namespaces', headers: { ...noHost, host: HOST }, body: '' }, lookup, DATE);
      expect(result).toMatchObject({ ok: false, reason: 'MALFORMED_AUTHORIZATION', message: 'host must be a signed header' });
    });

    it('rejects a stale date, an unknown access key and a missing or malformed Authorization', () => {
      expect(verify({}, new Date(DATE.getTime() + 16 * 60_000))).toMatchObject({ ok: false, reason: 'STALE_DATE' });
      expect(verify({}, new Date(DATE.getTime() - 16 * 60_000))).toMatchObject({ ok: false, reason: 'STALE_DATE' });
      const otherAk = { ...signed, authorization: signed.authorization!.replace(AK, 'UNKNOWNAK00000000001') };
      const unknown = verify({ headers: otherAk });
      expect(unknown).toMatchObject({ ok: false, reason: 'UNKNOWN_ACCESS_KEY' });
      const { authorization: _a, ...noAuth } = signed;
      expect(verify({ headers: noAuth })).toMatchObject({ ok: false, reason: 'MISSING_AUTHORIZATION' });
      expect(verify({ headers: { ...signed, authorization: 'Bearer x' } })).toMatchObject({ ok: false, reason: 'MALFORMED_AUTHORIZATION' });
    });

    it('never puts the secret key into a result', () => {
      const results = [verify(), verify({ body: 'x' }), verify({}, new Date(0))];
      for (const r of results) expect(JSON.stringify(r)).not.toContain(SK);
    });
  });
});

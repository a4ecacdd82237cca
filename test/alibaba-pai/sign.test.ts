import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acs3Timestamp, canonicalQueryString, createAcs3Signer, verifyAcs3Signature } from '../../src/providers/alibaba-pai/sign.js';

// Fixed inputs: every expected value below is spelled out literally and hashed here with node:crypto,
// independent of the implementation, so a canonicalisation bug cannot cancel itself out.
const ID = 'LTAI5tTestKeyId0001';
const SECRET = 'test-secret-do-not-use-0001';
const DATE = new Date('2026-03-04T05:06:07.890Z');
const NONCE = '3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c';
const ORIGIN = 'https://aiworkspace.cn-hangzhou.aliyuncs.com';
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const expectedAuth = (canonical: string, signed: string, id = ID, secret = SECRET) => {
  const sts = `ACS3-HMAC-SHA256\n${sha(canonical)}`;
  const sig = createHmac('sha256', secret).update(sts, 'utf8').digest('hex');
  return `ACS3-HMAC-SHA256 Credential=${id},SignedHeaders=${signed},Signature=${sig}`;
};

const signer = (extra: { securityToken?: string } = {}) =>
  createAcs3Signer({ accessKeyId: ID, accessKeySecret: SECRET, now: () => DATE, nonce: () => NONCE, ...extra });

const baseHeaders = (action: string) => ({ 'x-acs-action': action, 'x-acs-version': '2021-02-04', accept: 'application/json' });

describe('ACS3-HMAC-SHA256', () => {
  describe('acs3Timestamp', () => {
    it('is ISO 8601 UTC without milliseconds', () => {
      expect(acs3Timestamp(DATE)).toBe('2026-03-04T05:06:07Z');
    });
  });

  describe('createAcs3Signer', () => {
    it('signs a GET with an empty body (fixed vector)', () => {
      const headers = signer()({ method: 'GET', origin: ORIGIN, path: '/api/v1/images/image-abc123', headers: baseHeaders('GetImage'), body: undefined });
      const canonical =
        'GET\n' +
        '/api/v1/images/image-abc123\n' +
        '\n' +
        'host:aiworkspace.cn-hangzhou.aliyuncs.com\n' +
        'x-acs-action:GetImage\n' +
        `x-acs-content-sha256:${EMPTY_SHA}\n` +
        'x-acs-date:2026-03-04T05:06:07Z\n' +
        `x-acs-signature-nonce:${NONCE}\n` +
        'x-acs-version:2021-02-04\n' +
        '\n' +
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n' +
        EMPTY_SHA;
      expect(headers['x-acs-content-sha256']).toBe(EMPTY_SHA);
      expect(headers['x-acs-date']).toBe('2026-03-04T05:06:07Z');
      expect(headers['x-acs-signature-nonce']).toBe(NONCE);
      expect(headers.host).toBe('aiworkspace.cn-hangzhou.aliyuncs.com');
      expect(headers.accept).toBe('application/json');
      expect(headers.authorization).toBe(expectedAuth(canonical, 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version'));
    });

    it('signs a JSON POST: content-type is signed and the payload hash covers the exact bytes', () => {
      const body = JSON.stringify({ Name: 'nlp', ImageUri: 'registry.cn-hangzhou.aliyuncs.com/pai/nlp:gpu', Labels: [{ Key: 'k', Value: 'ü' }] });
      const bodySha = sha(body);
      const headers = signer()({
        method: 'POST',
        origin: ORIGIN,
        path: '/api/v1/images',
        headers: { ...baseHeaders('AddImage'), 'Content-Type': 'application/json; charset=utf-8' },
        body,
      });
      const canonical =
        'POST\n/api/v1/images\n\n' +
        'content-type:application/json; charset=utf-8\n' +
        'host:aiworkspace.cn-hangzhou.aliyuncs.com\n' +
        'x-acs-action:AddImage\n' +
        `x-acs-content-sha256:${bodySha}\n` +
        'x-acs-date:2026-03-04T05:06:07Z\n' +
        `x-acs-signature-nonce:${NONCE}\n` +
        'x-acs-version:2021-02-04\n\n' +
        'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n' +
        bodySha;
      expect(headers['x-acs-content-sha256']).toBe(bodySha);
      expect(headers.authorization).toBe(expectedAuth(canonical, 'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version'));
    });

    it('canonicalises a query needing encoding: spaces, *, ~, unicode, repeated keys, sorted', () => {
      // As sent by toQueryString (RFC 3986), in unsorted order with a repeated key.
      const path = '/api/v1/images?Name=a%20b%2Ac~d&Labels=system.framework%3DXGBoost%201.6.0&Zeta=%E4%B8%AD%E6%96%87&Labels=a%3D%28x%29%21&PageSize=20';
      const headers = signer()({ method: 'GET', origin: ORIGIN, path, headers: baseHeaders('ListImages'), body: undefined });
      const query =
        'Labels=a%3D%28x%29%21&Labels=system.framework%3DXGBoost%201.6.0&Name=a%20b%2Ac~d&PageSize=20&Zeta=%E4%B8%AD%E6%96%87';
      const canonical =
        'GET\n/api/v1/images\n' +
        query +
        '\n' +
        'host:aiworkspace.cn-hangzhou.aliyuncs.com\n' +
        'x-acs-action:ListImages\n' +
        `x-acs-content-sha256:${EMPTY_SHA}\n` +
        'x-acs-date:2026-03-04T05:06:07Z\n' +
        `x-acs-signature-nonce:${NONCE}\n` +
        'x-acs-version:2021-02-04\n\n' +
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n' +
        EMPTY_SHA;
      expect(headers.authorization).toBe(expectedAuth(canonical, 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version'));
    });

    it('re-encodes a query sent with other (still valid) escapes the same way', () => {
      // `~` escaped, `*` and `!` raw: canonical form is the same as above.
      expect(canonicalQueryString('b=%7E*!&a=x')).toBe('a=x&b=~%2A%21');
      expect(canonicalQueryString('')).toBe('');
      expect(canonicalQueryString('Flag')).toBe('Flag=');
    });

    it('trims header values with surrounding spaces and lower-cases names', () => {
      const headers = signer()({
        method: 'GET',
        origin: 'http://127.0.0.1:8080',
        path: '/api/v1/jobs/dlc-1',
        headers: { 'X-Acs-Action': '  GetJob ', 'x-acs-version': '2020-12-03\t', 'X-ACS-Custom': ' a b ' },
        body: undefined,
      });
      const canonical =
        'GET\n/api/v1/jobs/dlc-1\n\n' +
        'host:127.0.0.1:8080\n' +
        'x-acs-action:GetJob\n' +
        `x-acs-content-sha256:${EMPTY_SHA}\n` +
        'x-acs-custom:a b\n' +
        'x-acs-date:2026-03-04T05:06:07Z\n' +
        `x-acs-signature-nonce:${NONCE}\n` +
        'x-acs-version:2020-12-03\n\n' +
        'host;x-acs-action;x-acs-content-sha256;x-acs-custom;x-acs-date;x-acs-signature-nonce;x-acs-version\n' +
        EMPTY_SHA;
      expect(headers.authorization).toBe(
        expectedAuth(canonical, 'host;x-acs-action;x-acs-content-sha256;x-acs-custom;x-acs-date;x-acs-signature-nonce;x-acs-version'),
      );
    });

    it('adds and signs the STS headers', () => {
      const headers = signer({ securityToken: 'CAIS-sts-token==' })({ method: 'DELETE', origin: ORIGIN, path: '/api/v1/images/image-x', headers: baseHeaders('RemoveImage'), body: undefined });
      expect(headers['x-acs-security-token']).toBe('CAIS-sts-token==');
      expect(headers['x-acs-accesskey-id']).toBe(ID);
      const canonical =
        'DELETE\n/api/v1/images/image-x\n\n' +
        'host:aiworkspace.cn-hangzhou.aliyuncs.com\n' +
        `x-acs-accesskey-id:${ID}\n` +
        'x-acs-action:RemoveImage\n' +
        `x-acs-content-sha256:${EMPTY_SHA}\n` +
        'x-acs-date:2026-03-04T05:06:07Z\n' +
        'x-acs-security-token:CAIS-sts-token==\n' +
        `x-acs-signature-nonce:${NONCE}\n` +
        'x-acs-version:2021-02-04\n\n' +
        'host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version\n' +
        EMPTY_SHA;
      expect(headers.authorization).toBe(
        expectedAuth(canonical, 'host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version'),
      );
    });

    it('never puts the secret in a header', () => {
      const headers = signer()({ method: 'GET', origin: ORIGIN, path: '/', headers: baseHeaders('ListImages'), body: undefined });
      expect(JSON.stringify(headers)).not.toContain(SECRET);
    });
  });

  describe('verifyAcs3Signature', () => {
    const lookup = (id: string) => (id === ID ? SECRET : undefined);
    const body = '{"WorkspaceId":"12345","Image":{"Name":"n","Uri":"r/x:1"}}';
    const path = '/api/v1/imagebuilds?ClientToken=tok%20en';
    const signed = () =>
      signer()({ method: 'POST', origin: 'http://127.0.0.1:9', path, headers: { ...baseHeaders('CreateImageBuild'), 'content-type': 'application/json' }, body });
    const verify = (headers: Record<string, string>, overrides: { rawUrl?: string; body?: string; method?: string; now?: Date } = {}) =>
      verifyAcs3Signature(
        { method: overrides.method ?? 'POST', rawUrl: overrides.rawUrl ?? path, headers, body: Buffer.from(overrides.body ?? body) },
        lookup,
        overrides.now ?? DATE,
      );

    it('accepts what the signer produced (round trip)', () => {
      expect(verify(signed())).toEqual({ ok: true, accessKeyId: ID, nonce: NONCE });
    });

    it('rejects any single-byte change of signature, body, path, query, method or a signed header', () => {
      const good = signed();
      const sig = good.authorization!;
      const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
      expect(verify({ ...good, authorization: flipped })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      expect(verify(good, { body: body.replace('12345', '12346') })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      expect(verify(good, { rawUrl: path.replace('imagebuilds', 'imagebuildz') })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      expect(verify(good, { rawUrl: path.replace('tok', 'tak') })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      expect(verify(good, { method: 'PUT' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      for (const name of ['x-acs-action', 'x-acs-version', 'x-acs-signature-nonce', 'content-type', 'host']) {
        const value = good[name]!;
        const changed = value.slice(0, -1) + (value.endsWith('a') ? 'b' : 'a');
        expect(verify({ ...good, [name]: changed }), name).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      }
      // Changing the body hash header alone: it no longer matches the body.
      expect(verify({ ...good, 'x-acs-content-sha256': EMPTY_SHA })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    });

    it('rejects an unknown key, a stale or future date, an unsigned x-acs header and a missing Authorization', () => {
      const good = signed();
      const other = createAcs3Signer({ accessKeyId: 'LTAIunknown', accessKeySecret: SECRET, now: () => DATE, nonce: () => NONCE })({
        method: 'POST',
        origin: 'http://127.0.0.1:9',
        path,
        headers: { ...baseHeaders('CreateImageBuild'), 'content-type': 'application/json' },
        body,
      });
      expect(verify(other)).toMatchObject({ ok: false, code: 'InvalidAccessKeyId.NotFound' });
      expect(verify(good, { now: new Date(DATE.getTime() + 16 * 60_000) })).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
      expect(verify(good, { now: new Date(DATE.getTime() - 16 * 60_000) })).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
      expect(verify(good, { now: new Date(DATE.getTime() + 14 * 60_000) })).toMatchObject({ ok: true });
      expect(verify({ ...good, 'x-acs-extra': 'smuggled' })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
      const { authorization: _drop, ...unsigned } = good;
      expect(verify(unsigned)).toMatchObject({ ok: false, code: 'IncompleteSignature' });
      expect(verify({ ...good, authorization: good.authorization!.replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3') })).toMatchObject({
        ok: false,
        code: 'InvalidSignatureMethod',
      });
    });

    it('accepts STS-signed requests and reports the token', () => {
      const headers = signer({ securityToken: 'sts' })({ method: 'GET', origin: ORIGIN, path: '/api/v1/images', headers: baseHeaders('ListImages'), body: undefined });
      expect(verifyAcs3Signature({ method: 'GET', rawUrl: '/api/v1/images', headers, body: Buffer.alloc(0) }, lookup, DATE)).toMatchObject({
        ok: true,
        securityToken: 'sts',
      });
    });
  });
});

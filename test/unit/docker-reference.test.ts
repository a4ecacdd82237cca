import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { encodeRegistryAuth } from '../../src/providers/docker-engine/auth.js';
import { negotiateApiVersion, PullProgress } from '../../src/providers/docker-engine/client.js';
import { checkChanges, resolvePullReference } from '../../src/providers/docker-engine/validate.js';

describe('docker-engine', () => {
  describe('resolvePullReference', () => {
    it('defaults to latest instead of every tag', () => {
      expect(resolvePullReference('alpine', undefined)).toEqual({ name: 'alpine', tag: 'latest', reference: 'alpine:latest' });
      expect(resolvePullReference('alpine', '')).toEqual({ name: 'alpine', tag: 'latest', reference: 'alpine:latest' });
    });
    it('takes the tag or digest from the image or the tag argument', () => {
      const digest = 'sha256:' + 'a'.repeat(64);
      expect(resolvePullReference('127.0.0.1:5000/team/app:1.2', null)).toEqual({ name: '127.0.0.1:5000/team/app', tag: '1.2', reference: '127.0.0.1:5000/team/app:1.2' });
      expect(resolvePullReference('alpine', '3.20')).toEqual({ name: 'alpine', tag: '3.20', reference: 'alpine:3.20' });
      expect(resolvePullReference('alpine:3.19', '3.19')).toEqual({ name: 'alpine', tag: '3.19', reference: 'alpine:3.19' });
      // A digest pull is inspected and named by `name@digest` (not `name:sha256:…`, which is a 404).
      expect(resolvePullReference(`alpine@${digest}`, null)).toEqual({ name: 'alpine', tag: digest, reference: `alpine@${digest}` });
      expect(resolvePullReference(`alpine:3.19@${digest}`, null)).toEqual({ name: 'alpine', tag: digest, reference: `alpine@${digest}` });
      expect(resolvePullReference('alpine', digest)).toEqual({ name: 'alpine', tag: digest, reference: `alpine@${digest}` });
    });
    it.each([
      ['alpine:3.19', '3.20'],
      ['alpine@sha256:' + 'a'.repeat(64), 'latest'],
      ['alpine:3.19', 'sha256:' + 'b'.repeat(64)],
    ])('refuses %j with a contradicting tag %j, naming input.tag', (image, tag) => {
      expect(() => resolvePullReference(image, tag)).toThrow(/contradicts/);
      try {
        resolvePullReference(image, tag);
      } catch (err) {
        expect((err as ValidationError).fieldErrors[0]?.path).toBe('input.tag');
      }
    });
    it.each(['UPPER/case', 'a//b', '-lead', 'ok:bad tag', ''])('rejects %j with a ValidationError naming input.image', (image) => {
      expect(() => resolvePullReference(image, null)).toThrow(ValidationError);
      try {
        resolvePullReference(image, null);
      } catch (err) {
        expect((err as ValidationError).fieldErrors[0]?.path).toBe('input.image');
      }
    });
  });

  describe('checkChanges', () => {
    it('accepts the instructions the API allows and rejects others by index', () => {
      expect(() => checkChanges(['CMD ["sh"]', 'env A=1', 'WORKDIR /x'], 'input.changes')).not.toThrow();
      try {
        checkChanges(['CMD ["sh"]', 'RUN rm -rf /'], 'input.changes');
        expect.unreachable();
      } catch (err) {
        expect((err as ValidationError).fieldErrors[0]?.path).toBe('input.changes.1');
      }
    });
  });

  describe('encodeRegistryAuth', () => {
    it('is padded base64url, as Go URLEncoding expects', () => {
      const value = encodeRegistryAuth({ username: 'u', password: 'p?>', serveraddress: 'r' });
      expect(value.length % 4).toBe(0);
      expect(value).not.toMatch(/[+/]/);
      expect(JSON.parse(Buffer.from(value, 'base64url').toString())).toEqual({ username: 'u', password: 'p?>', serveraddress: 'r' });
    });
  });

  describe('negotiateApiVersion', () => {
    it('uses min(client max, daemon version)', () => {
      expect(negotiateApiVersion('1.41')).toBe('1.41');
      expect(negotiateApiVersion('1.47')).toBe('1.44');
    });
  });

  describe('PullProgress', () => {
    it('weights progress by bytes and records an in-stream error', () => {
      const p = new PullProgress();
      p.apply({ status: 'Pulling from library/alpine', id: '3.20' });
      p.apply({ status: 'Downloading', id: 'l1', progressDetail: { current: 50, total: 100 } });
      p.apply({ status: 'Downloading', id: 'l2', progressDetail: { current: 0, total: 300 } });
      expect(p.progress).toBeCloseTo(0.9 * (50 / 400), 5);
      p.apply({ status: 'Pull complete', id: 'l1' });
      p.apply({ error: 'unauthorized: authentication required', errorDetail: { message: 'unauthorized: authentication required' } });
      expect(p.error).toBe('unauthorized: authentication required');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalReference, imageNamesMatch, referenceMatches, type CanonicalReference } from '../../src/core/image-reference.js';
import { isSwrRegistryHost, swrRegistryHostOf, swrRepositoryKeyOf } from '../../src/providers/huawei-swr/validate.js';

const ref = (input: string): CanonicalReference => {
  const parsed = canonicalReference(input);
  if (!parsed) throw new Error(`${input} did not parse`);
  return parsed;
};
const matches = (wanted: string, candidate: string) => referenceMatches(ref(wanted), ref(candidate));
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('image-reference', () => {
  describe('canonicalReference', () => {
    it.each([
      ['debian', { registry: 'docker.io', path: 'library/debian', tag: 'latest', digest: null }],
      ['debian:12', { registry: 'docker.io', path: 'library/debian', tag: '12', digest: null }],
      ['bitnami/node:20', { registry: 'docker.io', path: 'bitnami/node', tag: '20', digest: null }],
      ['docker.io/library/debian:12', { registry: 'docker.io', path: 'library/debian', tag: '12', digest: null }],
      ['docker.io/debian:12', { registry: 'docker.io', path: 'library/debian', tag: '12', digest: null }],
      ['index.docker.io/library/debian:12', { registry: 'docker.io', path: 'library/debian', tag: '12', digest: null }],
      ['registry-1.docker.io/library/debian:12', { registry: 'docker.io', path: 'library/debian', tag: '12', digest: null }],
      ['Harbor.ACME.example:443/base/node:20.11', { registry: 'harbor.acme.example', path: 'base/node', tag: '20.11', digest: null }],
      ['localhost:5000/team/app', { registry: 'localhost:5000', path: 'team/app', tag: 'latest', digest: null }],
      ['localhost/app:1', { registry: 'localhost', path: 'app', tag: '1', digest: null }],
      [`alpine@${DIGEST}`, { registry: 'docker.io', path: 'library/alpine', tag: null, digest: DIGEST }],
      [`alpine:3.19@${DIGEST.toUpperCase().replace('SHA256', 'sha256')}`, { registry: 'docker.io', path: 'library/alpine', tag: '3.19', digest: DIGEST }],
      ['https://swr.ap-southeast-1.myhuaweicloud.com/acme/base/debian:12', { registry: 'swr.ap-southeast-1.myhuaweicloud.com', path: 'acme/base/debian', tag: '12', digest: null }],
    ])('%s', (input, expected) => {
      expect(canonicalReference(input)).toEqual(expected);
    });

    it.each(['', '   ', 'library/Alpine', 'debian:', 'debian:-bad', 'alpine@sha256:short', 'a//b', 'host.example/'])('rejects %j', (input) => {
      expect(canonicalReference(input)).toBeNull();
    });
  });

  describe('referenceMatches', () => {
    it('matches the same image written with or without Docker Hub defaults', () => {
      expect(matches('docker.io/library/alpine:3.19', 'alpine:3.19')).toBe(true);
      expect(matches('alpine', 'alpine:latest')).toBe(true);
      expect(matches('index.docker.io/library/alpine:latest', 'docker.io/alpine')).toBe(true);
    });

    it('needs the same tag, registry and path', () => {
      expect(matches('alpine:3.19', 'alpine:3.20')).toBe(false);
      expect(matches('alpine:3.19', 'quay.io/alpine:3.19')).toBe(false);
      expect(matches('acme/alpine:3.19', 'alpine:3.19')).toBe(false);
      expect(matches('harbor.acme.example/base/node:20', 'HARBOR.acme.example/base/node:20')).toBe(true);
    });

    it('compares digests when the wanted reference pins one; a digest-only name has no tag', () => {
      expect(matches(`alpine@${DIGEST}`, `alpine@${DIGEST}`)).toBe(true);
      expect(matches(`alpine:3.19@${DIGEST}`, `alpine@${DIGEST}`)).toBe(true);
      expect(matches(`alpine@${DIGEST}`, 'alpine:3.19')).toBe(false);
      expect(matches('alpine:latest', `alpine@${DIGEST}`)).toBe(false);
    });
  });

  describe('imageNamesMatch', () => {
    it('is true when any of RepoTags/RepoDigests names the image, and ignores names that do not parse', () => {
      const wanted = ref('docker.io/library/nginx:1.25');
      expect(imageNamesMatch(wanted, ['<none>:<none>', 'nginx:1.25', `nginx@${DIGEST}`])).toBe(true);
      expect(imageNamesMatch(wanted, ['<none>:<none>', 'nginx:1.24'])).toBe(false);
      expect(imageNamesMatch(ref(`nginx@${DIGEST}`), ['nginx:1.25', `nginx@${DIGEST}`])).toBe(true);
    });
  });

  describe('SWR hosts', () => {
    it('derives the registry host from the API endpoint', () => {
      expect(swrRegistryHostOf('https://swr-api.ap-southeast-1.myhuaweicloud.com')).toBe('swr.ap-southeast-1.myhuaweicloud.com');
      expect(swrRegistryHostOf('https://swr-api.eu-west-101.myhuaweicloud.eu/')).toBe('swr.eu-west-101.myhuaweicloud.eu');
      expect(swrRegistryHostOf('http://127.0.0.1:4100')).toBeNull();
      expect(swrRegistryHostOf('not a url')).toBeNull();
    });

    it('knows the public pattern and the configured hosts', () => {
      expect(isSwrRegistryHost('swr.cn-north-4.myhuaweicloud.com')).toBe(true);
      expect(isSwrRegistryHost('SWR.cn-north-4.myhuaweicloud.com:443')).toBe(true);
      expect(isSwrRegistryHost('swr.eu-west-101.myhuaweicloud.eu')).toBe(false);
      expect(isSwrRegistryHost('swr.eu-west-101.myhuaweicloud.eu', ['swr.eu-west-101.myhuaweicloud.eu'])).toBe(true);
      expect(isSwrRegistryHost('docker.io')).toBe(false);
      expect(isSwrRegistryHost('evil.example/swr.cn-north-4.myhuaweicloud.com')).toBe(false);
    });

    it('splits the organisation from a repository name that may hold /', () => {
      expect(swrRepositoryKeyOf(ref('swr.ap-southeast-1.myhuaweicloud.com/acme/base/debian:12'))).toEqual({ namespace: 'acme', name: 'base/debian' });
      expect(swrRepositoryKeyOf({ path: 'debian' })).toBeNull();
    });
  });
});

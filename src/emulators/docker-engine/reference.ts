/**
 * Image references as the daemon parses them (`github.com/distribution/reference`): `[domain/]path[:tag][@digest]`,
 * Docker Hub as the default domain and `library/` as the default namespace. The emulator keeps fully qualified
 * names inside and prints "familiar" ones (`alpine:3.19`, `127.0.0.1:5000/team/app:1.0`) exactly like the daemon.
 */

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

export interface ImageReference {
  /** Registry host, e.g. `docker.io`, `127.0.0.1:5000`. */
  domain: string;
  /** Repository path inside the registry, e.g. `library/alpine`. */
  path: string;
  tag?: string;
  digest?: string;
}

export class ReferenceError extends Error {}

/** `reference.ParseNormalizedNamed`. Throws `ReferenceError` with the daemon's wording. */
export function parseReference(input: string): ImageReference {
  if (input === '' ) throw new ReferenceError('invalid reference format');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ReferenceError('invalid reference format');
    if (digest.startsWith('sha256:') && !SHA256_DIGEST.test(digest)) throw new ReferenceError('invalid checksum digest length');
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ReferenceError('invalid reference format');
  }
  let domain = DEFAULT_DOMAIN;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first;
      path = rest.slice(slash + 1);
    }
  }
  if (!DOMAIN.test(domain)) throw new ReferenceError('invalid reference format');
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (path !== path.toLowerCase()) throw new ReferenceError('invalid reference format: repository name must be lowercase');
  if (path === '' || !path.split('/').every((c) => COMPONENT.test(c))) throw new ReferenceError('invalid reference format');
  if (domain === DEFAULT_DOMAIN && !path.includes('/')) path = `library/${path}`;
  if (`${domain}/${path}`.length > 255) throw new ReferenceError('repository name must not be more than 255 characters');
  return { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** `reference.TagNameOnly`: adds `:latest` when there is neither tag nor digest. */
export function withDefaultTag(ref: ImageReference): ImageReference {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref;
}

/** Fully qualified repository name, e.g. `docker.io/library/alpine`. */
export function fullName(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** `reference.FamiliarName`: `alpine`, `team/app`, `127.0.0.1:5000/team/app`. */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') && ref.path.split('/').length === 2 ? ref.path.slice('library/'.length) : ref.path;
}

/** `reference.FamiliarString`: familiar name plus `:tag` and `@digest` when present. */
export function familiarString(ref: ImageReference): string {
  return `${familiarName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The key the reference store uses: fully qualified, with either a tag or a digest. */
export function referenceKey(ref: ImageReference): string {
  return `${fullName(ref)}${ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`}`;
}

export function isTagValid(tag: string): boolean {
  return TAG.test(tag);
}

export function isDigest(value: string): boolean {
  return SHA256_DIGEST.test(value);
}

/** Shell-style glob used by the `reference` filter (`path.Match` semantics: `*` and `?` stop at `/`). */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

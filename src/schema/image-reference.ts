/**
 * When does one image reference name the same image as another? The cross-provider relations
 * (`BaseImage.dockerImages`, `BaseImage.repositories`, `DockerImage.repository`) compare references
 * written by different systems: TAC stores `REPOSITORY/IMAGE:TAG` as a user typed it, Docker lists
 * "familiar" names (`alpine:3.19`), SWR reports `swr.<region>.myhuaweicloud.com/<namespace>/<repo>`.
 * Pure functions, so the rules are unit-tested on their own (test/unit/image-reference.test.ts).
 *
 * The rules (those of `github.com/distribution/reference` ParseNormalizedNamed, plus host spelling):
 * - The first path component is a registry host only if it holds `.` or `:`, is `localhost`, or has
 *   upper case;
 *   otherwise the registry is Docker Hub. Hosts compare case-insensitively, `:443` is dropped, and
 *   Docker Hub's other spellings (`index.docker.io`, `registry-1.docker.io`, `registry.hub.docker.com`)
 *   are `docker.io`.
 * - On Docker Hub a one-component path is an official image: `debian` is `library/debian`.
 * - With neither tag nor digest the tag is `latest` (what `docker pull` would fetch).
 * - Two references name the same image when registry and path are equal and: the wanted one pins a
 *   digest and the other has that digest; or the wanted one has no digest and the tags are equal
 *   (a digest, when present, wins over a tag, as it does for `docker pull name:tag@digest`).
 * - A repository (SWR) matches a reference when registry and path are equal; the tag is not checked
 *   (the repository is where every tag of that name lives; `Repository.tags` tells which exist).
 * Anything that does not parse is `null` and matches nothing.
 */

export interface CanonicalReference {
  /** Registry host, lower case, Docker Hub spelled `docker.io`. */
  registry: string;
  /** Repository path inside the registry; Docker Hub official images under `library/`. */
  path: string;
  /** The tag; `latest` when neither tag nor digest was given; null when only a digest was. */
  tag: string | null;
  /** `algorithm:hex`, lower case, when the reference pins one. */
  digest: string | null;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const HOST = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-f0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-f0-9]{32,}$/;

/** The canonical form of `[host[:port]/]path[:tag][@digest]`, or null when it is not a reference. */
export function canonicalReference(input: string): CanonicalReference | null {
  // Some tools store references as URLs; the scheme says nothing about the image.
  let rest = input.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return null;
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return null;
  }
  let registry = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // As distribution's splitDockerDomain: an upper-case first component can only be a host.
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      registry = normalizeRegistryHost(first);
      path = rest.slice(slash + 1);
    }
  }
  if (!HOST.test(registry) || !PATH.test(path)) return null;
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`;
  return { registry, path, tag: tag ?? (digest ? null : 'latest'), digest };
}

/** Lower case, no default HTTPS port, Docker Hub under one name. */
export function normalizeRegistryHost(host: string): string {
  const h = host.toLowerCase().replace(/:443$/, '');
  return DOCKER_HUB_ALIASES.has(h) ? DOCKER_HUB : h;
}

/** True when `candidate` names the image `wanted` asks for (see the rules above). */
export function referenceMatches(wanted: CanonicalReference, candidate: CanonicalReference): boolean {
  if (!sameRepository(wanted, candidate)) return false;
  if (wanted.digest) return candidate.digest === wanted.digest;
  return candidate.tag !== null && candidate.tag === wanted.tag;
}

export function sameRepository(a: Pick<CanonicalReference, 'registry' | 'path'>, b: Pick<CanonicalReference, 'registry' | 'path'>): boolean {
  return a.registry === b.registry && a.path === b.path;
}

/** True when any of an image's names (Docker `RepoTags` and `RepoDigests`) names the wanted image. */
export function imageNamesMatch(wanted: CanonicalReference, names: readonly string[]): boolean {
  return names.some((name) => {
    const candidate = canonicalReference(name);
    return candidate !== null && referenceMatches(wanted, candidate);
  });
}

// ── SWR ──────────────────────────────────────────────────────────────────────────────────────────

/** SWR's public registry hosts: `swr.<region>.myhuaweicloud.com` (the `path` of every SWR repository). */
const SWR_PUBLIC_HOST = /^swr\.[a-z0-9-]+\.myhuaweicloud\.com$/;

/**
 * The registry host of an SWR API endpoint: `https://swr-api.<region>.<domain>` serves the registry
 * `swr.<region>.<domain>`. Null for an endpoint without that shape (an emulator on 127.0.0.1).
 */
export function swrRegistryHostOf(endpoint: string): string | null {
  let host: string;
  try {
    host = new URL(endpoint).host.toLowerCase();
  } catch {
    return null;
  }
  return host.startsWith('swr-api.') ? normalizeRegistryHost(`swr.${host.slice('swr-api.'.length)}`) : null;
}

/** True for a host SWR serves: the public pattern, or one of the given hosts (the configured endpoint's). */
export function isSwrRegistryHost(host: string, configuredHosts: readonly string[] = []): boolean {
  const h = normalizeRegistryHost(host);
  return SWR_PUBLIC_HOST.test(h) || configuredHosts.includes(h);
}

/**
 * The SWR repository a reference points into: the first path component is the organisation, the rest
 * the repository name (which may hold `/`). Null when the path has a single component (SWR has none).
 */
export function swrRepositoryKeyOf(ref: Pick<CanonicalReference, 'path'>): { namespace: string; name: string } | null {
  const slash = ref.path.indexOf('/');
  if (slash <= 0) return null;
  return { namespace: ref.path.slice(0, slash), name: ref.path.slice(slash + 1) };
}

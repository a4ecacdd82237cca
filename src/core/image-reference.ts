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

// The grammar of github.com/distribution/reference `regexp.go`: the one copy in the gateway (the
// Docker adapter validates input with it; the emulator keeps its own as an independent oracle).
/** The sources of the grammar's parts, for formats built from them (TAC's `container_image`). */
export const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** A repository path: components of lower-case letters and digits joined by `.`, `_`, `__` or dashes. */
export const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
/** A registry host: DNS name or bracketed IPv6, optional port. */
export const HOST_SOURCE = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
export const HOST = new RegExp(`^${HOST_SOURCE}$`);
/** A tag: up to 128 of `[A-Za-z0-9_.-]`, not starting with `.` or `-`. */
export const TAG_SOURCE = '[\\w][\\w.-]{0,127}';
export const TAG = new RegExp(`^${TAG_SOURCE}$`);
/** A digest: `algorithm:hex` (at least 32 hex digits). */
export const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/;

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

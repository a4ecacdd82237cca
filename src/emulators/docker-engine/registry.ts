import { createHash } from 'node:crypto';
import { familiarName, fullName, parseReference, type ImageReference } from './reference.js';
import { emptyConfig, sha256, type ImageConfig, type StoredImage } from './store.js';

/** What a registry holds for one reference: the manifest digest, the blobs to download and the resulting image. */
export interface CatalogEntry {
  reference: ImageReference;
  private: boolean;
  manifestDigest: string;
  /** Compressed layer blobs, in manifest order; `size` is what `Downloading` counts. */
  blobs: { digest: string; size: number }[];
  image: StoredImage;
  /** How the entry was built, so the same reference can be built for another architecture. */
  source: { reference: string; layers?: number };
}

export interface RegistryCredential {
  username: string;
  password: string;
  /** When set, the credential is only valid for this registry host (e.g. `registry.example.com`). */
  serveraddress?: string;
}

export interface RegistryOptions {
  images: { reference: string; private?: boolean; layers?: number }[];
  credentials?: RegistryCredential[];
}

/** Stable pseudo-random integers from a label (seeded data must not change between runs). */
function hashInt(label: string, modulo: number): number {
  return createHash('sha256').update(label).digest().readUInt32BE(0) % modulo;
}

const KNOWN_CONFIGS: Record<string, Partial<ImageConfig> & { layerCommands?: string[] }> = {
  'library/alpine': { Cmd: ['/bin/sh'], layerCommands: ['/bin/sh -c #(nop) ADD file:9a4f77dfaba7fd2aa78186e4ef0e7486ad55101cefc1fabbc1b385601bb38920 in / '] },
  'library/nginx': {
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGQUIT',
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  },
  'library/redis': { Cmd: ['redis-server'], Entrypoint: ['docker-entrypoint.sh'], ExposedPorts: { '6379/tcp': {} }, WorkingDir: '/data', Volumes: { '/data': {} } },
  'library/busybox': { Cmd: ['sh'] },
};

/**
 * Builds the image a registry reference resolves to. Everything is derived from the reference so ids are
 * stable: seeded local images and the fake registry agree, and a re-pull says "Image is up to date".
 */
export function buildCatalogEntry(reference: string, opts: { private?: boolean; layers?: number; architecture?: string } = {}): CatalogEntry {
  const ref = parseReference(reference.replace(/:$/, ''));
  const tagged: ImageReference = ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref;
  const architecture = opts.architecture ?? 'amd64';
  // amd64 keeps the keys seeded images were made with; another architecture has its own layers and config.
  const key = `${fullName(tagged)}:${tagged.tag ?? ''}${architecture === 'amd64' ? '' : `#${architecture}`}`;
  const listKey = `${fullName(tagged)}:${tagged.tag ?? ''}`;
  const known = KNOWN_CONFIGS[tagged.path] ?? {};
  const layerCount = Math.max(1, opts.layers ?? (tagged.path === 'library/alpine' || tagged.path === 'library/busybox' ? 1 : 3));
  // Dates in 2024, one per image, layers a few minutes apart.
  const createdBase = Date.UTC(2024, 0, 1) / 1000 + hashInt(`${key}#created`, 300 * 86400);
  const blobs: { digest: string; size: number }[] = [];
  const layers: StoredImage['layers'] = [];
  for (let i = 0; i < layerCount; i += 1) {
    const uncompressed = i === 0 ? 3_000_000 + hashInt(`${key}#${i}`, 70_000_000) : 1_000 + hashInt(`${key}#${i}`, 20_000_000);
    blobs.push({ digest: sha256(`${key}#blob${i}`), size: Math.round(uncompressed * 0.38) });
    layers.push({
      diffId: sha256(`${key}#diff${i}`),
      size: uncompressed,
      created: createdBase + i * 60,
      createdBy: known.layerCommands?.[i] ?? `/bin/sh -c set -eux; step ${i + 1} of ${layerCount} # buildkit`,
      ...(i > 0 ? { comment: 'buildkit.dockerfile.v0' } : {}),
    });
  }
  const { layerCommands: _ignored, ...configFields } = known;
  const config: ImageConfig = {
    ...emptyConfig(),
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['/bin/sh'],
    ...configFields,
  };
  const created = new Date((createdBase + layerCount * 60) * 1000).toISOString().replace('.000Z', `.${String(hashInt(`${key}#ns`, 1e9)).padStart(9, '0')}Z`);
  const configJson = JSON.stringify({ architecture, os: 'linux', config, created, rootfs: layers.map((l) => l.diffId) });
  const image: StoredImage = {
    id: sha256(configJson),
    parent: '',
    created,
    comment: layerCount > 1 ? 'buildkit.dockerfile.v0' : '',
    author: '',
    dockerVersion: '',
    architecture,
    os: 'linux',
    config,
    layers,
    emptyHistory: [{ created: createdBase + layerCount * 60, createdBy: `/bin/sh -c #(nop)  CMD ${JSON.stringify(config.Cmd)}` }],
  };
  // The manifest digest is the manifest list's: one per tag, whatever the platform.
  return { reference: tagged, private: opts.private ?? false, manifestDigest: sha256(`${listKey}#manifest`), blobs, image, source: { reference, layers: opts.layers } };
}

/** The manifest list's entry for `architecture` (linux): the image `--platform linux/<arch>` pulls. */
export function forArchitecture(entry: CatalogEntry, architecture: string): CatalogEntry {
  if (entry.image.architecture === architecture) return entry;
  return buildCatalogEntry(entry.source.reference, { private: entry.private, layers: entry.source.layers, architecture });
}

/** Docker Hub's catalogue plus a private registry; used when `registry` is not given. */
export const DEFAULT_REGISTRY: Required<RegistryOptions> = {
  images: [
    { reference: 'alpine:3.19' },
    { reference: 'alpine:3.20' },
    { reference: 'alpine:latest' },
    { reference: 'nginx:1.25' },
    { reference: 'nginx:latest' },
    { reference: 'redis:7.2' },
    { reference: 'busybox:1.36' },
    { reference: 'registry.example.com/acme/api:1.0', private: true },
    { reference: 'registry.example.com/acme/worker:2.3', private: true, layers: 5 },
  ],
  credentials: [{ username: 'demo', password: 'demo-password', serveraddress: 'registry.example.com' }],
};

/** Decoded `X-Registry-Auth`, or undefined (anonymous) when missing or undecodable — as the daemon does on pull. */
export function decodeRegistryAuth(header: string | string[] | undefined): Record<string, unknown> | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  // Go's base64.URLEncoding is the URL alphabet *with* padding: unpadded or standard-alphabet values fail to
  // decode and the daemon silently pulls anonymously (verified against dockerd 20.10).
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export type PullResolution =
  | { kind: 'ok'; entries: CatalogEntry[] }
  | { kind: 'not-found'; status: 404; message: string }
  | { kind: 'unauthorized'; status: 500; message: string };

/** The fake registry behind `POST /images/create?fromImage=…` (Docker Hub-style token auth). */
export class FakeRegistry {
  readonly entries: CatalogEntry[];
  readonly credentials: RegistryCredential[];

  constructor(options: RegistryOptions) {
    this.entries = options.images.map((i) => buildCatalogEntry(i.reference, i));
    this.credentials = options.credentials ?? [];
  }

  /**
   * Resolves a pull the way the daemon reports registry answers (`distribution/errors.go`): an unknown repository,
   * or a private one without access, is `pull access denied … denied: requested access to the resource is denied`
   * (404); a known repository without that tag is `manifest for X not found: manifest unknown: manifest unknown`
   * (404); credentials the registry rejects give `unauthorized: incorrect username or password` (500).
   */
  resolve(ref: ImageReference, auth: Record<string, unknown> | undefined): PullResolution {
    const repo = this.entries.filter((e) => fullName(e.reference) === fullName(ref));
    const denied = {
      kind: 'not-found' as const,
      status: 404 as const,
      message: `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
    const hasCredentials = auth !== undefined && (typeof auth.username === 'string' || typeof auth.password === 'string');
    if (hasCredentials && !this.accepts(ref, auth)) {
      const host = ref.domain === 'docker.io' ? 'registry-1.docker.io' : ref.domain;
      return { kind: 'unauthorized', status: 500, message: `Get "https://${host}/v2/": unauthorized: incorrect username or password` };
    }
    if (repo.length === 0) return denied;
    if (repo.some((e) => e.private) && !hasCredentials) return denied;
    const entries =
      ref.digest !== undefined
        ? repo.filter((e) => e.manifestDigest === ref.digest)
        : ref.tag !== undefined
          ? repo.filter((e) => e.reference.tag === ref.tag)
          : repo;
    if (entries.length === 0) {
      const shown = `${familiarName(ref)}${ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`}`;
      return { kind: 'not-found', status: 404, message: `manifest for ${shown} not found: manifest unknown: manifest unknown` };
    }
    return { kind: 'ok', entries };
  }

  /**
   * Whether a push of `ref` with these credentials is allowed, as the registry answers the daemon's first blob
   * upload: null when it is, else the message the daemon writes in-stream. Docker Hub refuses anonymous pushes
   * (`denied: …`), a registry with credentials asks for them (`unauthorized: authentication required`), a
   * host the registry does not know cannot be reached.
   */
  authorizePush(ref: ImageReference, auth: Record<string, unknown> | undefined): string | null {
    const hasCredentials = auth !== undefined && (typeof auth.username === 'string' || typeof auth.password === 'string');
    if (hasCredentials) return this.accepts(ref, auth) ? null : 'unauthorized: incorrect username or password';
    if (ref.domain === 'docker.io') return 'denied: requested access to the resource is denied';
    if (this.credentials.some((c) => c.serveraddress === ref.domain)) return 'unauthorized: authentication required';
    if (this.entries.some((e) => e.reference.domain === ref.domain)) return null;
    const host = ref.domain.replace(/:\d+$/, '');
    return `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host}: no such host`;
  }

  /** Whether the registry already has a blob in `ref`'s registry (a push then says `Layer already exists`). */
  hasBlob(domain: string, digest: string): boolean {
    return this.entries.some((e) => e.reference.domain === domain && e.blobs.some((b) => b.digest === digest));
  }

  /** The blobs a push of `image` uploads: one compressed blob per layer, derived from its diff id. */
  static blobsOf(image: StoredImage): { digest: string; size: number }[] {
    return image.layers.map((l) => ({ digest: sha256(`${l.diffId}#blob`), size: Math.round(l.size * 0.38) }));
  }

  /**
   * Stores a pushed image under `ref` (tagged) and returns its manifest digest and size; a later pull of
   * `ref` gets this image back.
   */
  publish(ref: ImageReference, image: StoredImage): { digest: string; size: number } {
    const blobs = FakeRegistry.blobsOf(image);
    const manifest = JSON.stringify({ schemaVersion: 2, config: image.id, layers: blobs });
    const manifestDigest = sha256(manifest);
    const tagged = { domain: ref.domain, path: ref.path, tag: ref.tag ?? 'latest' };
    const i = this.entries.findIndex((e) => fullName(e.reference) === fullName(tagged) && e.reference.tag === tagged.tag);
    const entry: CatalogEntry = {
      reference: tagged,
      private: ref.domain !== 'docker.io' || this.credentials.some((c) => c.serveraddress === ref.domain),
      manifestDigest,
      blobs,
      image: structuredClone(image),
      source: { reference: `${fullName(tagged)}:${tagged.tag}` },
    };
    if (i >= 0) this.entries[i] = entry;
    else this.entries.push(entry);
    return { digest: manifestDigest, size: manifest.length };
  }

  private accepts(ref: ImageReference, auth: Record<string, unknown>): boolean {
    return this.credentials.some(
      (c) =>
        c.username === auth.username &&
        c.password === auth.password &&
        (c.serveraddress === undefined || c.serveraddress === ref.domain || (ref.domain === 'docker.io' && /docker\.io/.test(c.serveraddress))),
    );
  }
}

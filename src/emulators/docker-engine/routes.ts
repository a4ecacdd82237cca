import type { Socket } from 'node:net';
import { bindTo, Router, type EmulatorRequest, type EmulatorResponse } from '../kit.js';
import { boolFilter, boolParam, DaemonError, matchesLabels, parseFilters, parseTimestamp, validateFilterKeys } from './filters.js';
import { frame, goJson, layerStatus, progressMessage, streamError, type StreamMessage } from './progress.js';
import {
  familiarName,
  familiarString,
  fullName,
  globToRegExp,
  isDigest,
  isTagValid,
  parseReference,
  ReferenceError,
  withDefaultTag,
  type ImageReference,
} from './reference.js';
import { forArchitecture, decodeRegistryAuth, FakeRegistry, type CatalogEntry } from './registry.js';
import { chainIds, emptyConfig, imageSize, sha256, type DockerEvent, type DockerImageStore, type ImageConfig, type StoredImage } from './store.js';

export interface DaemonProfile {
  apiVersion: string;
  minApiVersion: string;
  engineVersion: string;
  /** Daemons up to API 1.41 (Docker 20.10) word and number a few errors differently; see `isLegacy`. */
  legacy: boolean;
  tickMs: number;
  pullErrors: 'http' | 'in-stream';
}

export interface RouteContext {
  store: DockerImageStore;
  registry: FakeRegistry;
  profile: DaemonProfile;
  /** Version the request asked for (`/v1.41/…`) or the daemon's own for unversioned paths. */
  versionOf(req: EmulatorRequest): string;
  /** Open `/events` streams, ended when the emulator closes. */
  streams: Set<() => void>;
}

/** Numeric comparison of API versions (`1.9` < `1.41`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const json = (status: number, body: unknown): EmulatorResponse => ({ status, headers: { 'content-type': 'application/json' }, body: `${goJson(body)}\n` });
const noSuchImage = (name: string) => new DaemonError(404, `No such image: ${describeMissing(name)}`);
/** The daemon names a missing image by its normalised familiar reference (`nope` → `nope:latest`). */
function describeMissing(name: string): string {
  if (/^(?:sha256:)?[a-f0-9]{64}$/.test(name)) return name;
  try {
    return familiarString(withDefaultTag(parseReference(name)));
  } catch {
    return name;
  }
}

const ALLOWED_CHANGES = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR'];

/** Applies `changes` (Dockerfile instructions) to a config, as `dockerfile.BuildFromConfig` does on import. */
export function applyChanges(config: ImageConfig, changes: string[]): ImageConfig {
  const out: ImageConfig = structuredClone(config);
  for (const change of changes) {
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(change);
    if (!m) continue;
    const instruction = (m[1] ?? '').toUpperCase();
    const args = (m[2] ?? '').trim();
    if (!ALLOWED_CHANGES.includes(instruction)) throw new DaemonError(400, `${instruction.toLowerCase()} is not a valid change command`);
    const list = (): string[] => {
      if (args.startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(args);
          if (Array.isArray(parsed)) return parsed.map(String);
        } catch {
          // shell form below
        }
      }
      return ['/bin/sh', '-c', args];
    };
    switch (instruction) {
      case 'CMD':
        out.Cmd = list();
        break;
      case 'ENTRYPOINT':
        out.Entrypoint = list();
        break;
      case 'ENV': {
        const pairs = args.includes('=') ? args.split(/\s+/).filter(Boolean) : [args.replace(/\s+/, '=')];
        const env = [...(out.Env ?? [])];
        for (const pair of pairs) {
          const key = pair.split('=')[0] ?? '';
          const i = env.findIndex((e) => e.startsWith(`${key}=`));
          if (i >= 0) env[i] = pair;
          else env.push(pair);
        }
        out.Env = env;
        break;
      }
      case 'EXPOSE':
        out.ExposedPorts = { ...(out.ExposedPorts ?? {}) };
        for (const port of args.split(/\s+/).filter(Boolean)) out.ExposedPorts[port.includes('/') ? port : `${port}/tcp`] = {};
        break;
      case 'ONBUILD':
        out.OnBuild = [...(out.OnBuild ?? []), args];
        break;
      case 'USER':
        out.User = args;
        break;
      case 'VOLUME': {
        out.Volumes = { ...(out.Volumes ?? {}) };
        const volumes = args.startsWith('[') ? list() : args.split(/\s+/).filter(Boolean);
        for (const v of volumes) out.Volumes[v] = {};
        break;
      }
      case 'WORKDIR':
        out.WorkingDir = args;
        break;
    }
  }
  return out;
}

/** The full `container.Config` the daemon prints for images (Go zero values included). */
function fullConfig(config: ImageConfig) {
  return {
    Hostname: '',
    Domainname: '',
    User: config.User,
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...(config.ExposedPorts ? { ExposedPorts: config.ExposedPorts } : {}),
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: config.Env,
    Cmd: config.Cmd,
    Image: '',
    Volumes: config.Volumes,
    WorkingDir: config.WorkingDir,
    Entrypoint: config.Entrypoint,
    OnBuild: config.OnBuild,
    Labels: config.Labels,
    ...(config.StopSignal ? { StopSignal: config.StopSignal } : {}),
  };
}

export function createdUnix(img: StoredImage): number {
  return img.created ? Math.floor(Date.parse(img.created) / 1000) : 0;
}

/** `ImageSummary` with the per-version rules of `image_routes.go` (`<none>` placeholders < 1.43, `VirtualSize` < 1.44). */
export function imageSummary(ctx: RouteContext, img: StoredImage, version: string, repoTags?: string[], sharedSize = -1) {
  let tags: string[] | null = repoTags ?? ctx.store.repoTags(img.id);
  let digests: string[] | null = ctx.store.repoDigests(img.id);
  if (compareVersions(version, '1.43') < 0) {
    if (tags.length === 0 && digests.length === 0) {
      tags = ['<none>:<none>'];
      digests = ['<none>@<none>'];
    } else {
      // Go's nil slices: the 20.10 daemon prints `null` for an empty list next to a non-empty one.
      if (tags.length === 0) tags = null;
      if (digests.length === 0) digests = null;
    }
  }
  const size = imageSize(img);
  return {
    Containers: -1,
    Created: createdUnix(img),
    Id: img.id,
    Labels: img.config.Labels,
    ParentId: img.parent,
    RepoDigests: digests,
    RepoTags: tags,
    SharedSize: sharedSize,
    Size: size,
    ...(compareVersions(version, '1.44') < 0 ? { VirtualSize: size } : {}),
  };
}

/** `ImageInspect` (v1.44 layout; `VirtualSize` < 1.44; `Container`/`ContainerConfig` < 1.45). */
export function imageInspect(ctx: RouteContext, img: StoredImage, version: string) {
  const chains = chainIds(img.layers);
  const dir = (chain: string | undefined) => `/var/lib/docker/overlay2/${(chain ?? sha256('empty')).slice(7)}`;
  const top = dir(chains[chains.length - 1]);
  const lower = chains.slice(0, -1).reverse().map((c) => `${dir(c)}/diff`).join(':');
  const size = imageSize(img);
  const old = compareVersions(version, '1.45') < 0;
  return {
    Id: img.id,
    RepoTags: ctx.store.repoTags(img.id),
    RepoDigests: ctx.store.repoDigests(img.id),
    Parent: img.parent,
    Comment: img.comment,
    ...(img.created ? { Created: img.created } : {}),
    ...(old ? { Container: '', ContainerConfig: fullConfig(emptyConfig()) } : {}),
    DockerVersion: img.dockerVersion,
    Author: img.author,
    Config: fullConfig(img.config),
    Architecture: img.architecture,
    ...(img.variant ? { Variant: img.variant } : {}),
    Os: img.os,
    Size: size,
    ...(compareVersions(version, '1.44') < 0 ? { VirtualSize: size } : {}),
    GraphDriver: {
      Data: { ...(lower ? { LowerDir: lower } : {}), MergedDir: `${top}/merged`, UpperDir: `${top}/diff`, WorkDir: `${top}/work` },
      Name: 'overlay2',
    },
    RootFS: { Type: 'layers', Layers: img.layers.map((l) => l.diffId) },
    Metadata: { LastTagTime: img.lastTagTime ?? '0001-01-01T00:00:00Z' },
  };
}

function imageHistory(ctx: RouteContext, img: StoredImage) {
  const entries = [
    ...img.layers.map((l) => ({ created: l.created, createdBy: l.createdBy, comment: l.comment ?? '', size: l.size })),
    ...img.emptyHistory.map((h) => ({ created: h.created, createdBy: h.createdBy, comment: h.comment ?? '', size: 0 })),
  ].sort((a, b) => a.created - b.created);
  if (entries.length === 0) entries.push({ created: createdUnix(img), createdBy: '', comment: img.comment, size: 0 });
  return entries.reverse().map((e, i) => ({
    Comment: e.comment,
    Created: e.created,
    CreatedBy: e.createdBy,
    Id: i === 0 ? img.id : '<missing>',
    Size: e.size,
    Tags: i === 0 ? ctx.store.repoTags(img.id) : null,
  }));
}

function resolveOrThrow(ctx: RouteContext, name: string): StoredImage {
  const img = ctx.store.resolve(name);
  if (!img) throw noSuchImage(name);
  return img;
}

function listImages(ctx: RouteContext, req: EmulatorRequest) {
  const version = ctx.versionOf(req);
  const filters = parseFilters(req.query.get('filters'), ctx.profile.legacy ? 500 : 400);
  validateFilterKeys(filters, ['before', 'since', 'reference', 'dangling', 'label', 'until']);
  const dangling = boolFilter(filters, 'dangling', undefined);
  const before = filters.get('before')?.map((n) => createdUnix(resolveOrThrow(ctx, n)));
  const since = filters.get('since')?.map((n) => createdUnix(resolveOrThrow(ctx, n)));
  const until = filters.get('until')?.map((v) => Number(parseTimestamp(v) / 1_000_000_000n));
  const patterns = filters.get('reference')?.map(globToRegExp);
  const sharedSizes = boolParam(req.query.get('shared-size'));
  const images = [...ctx.store.images.values()].sort((a, b) => createdUnix(b) - createdUnix(a) || (a.id < b.id ? -1 : 1));
  const out: unknown[] = [];
  for (const img of images) {
    const created = createdUnix(img);
    let tags = ctx.store.repoTags(img.id);
    if (dangling === true && tags.length > 0) continue;
    if (dangling === false && tags.length === 0) continue;
    if (!matchesLabels(img.config.Labels, filters.get('label'))) continue;
    if (before && !before.every((t) => created < t)) continue;
    if (since && !since.every((t) => created > t)) continue;
    if (until && !until.every((t) => created <= t)) continue;
    if (patterns) {
      // `reference` keeps only the matching tags (`reference.FamiliarMatch`: with or without the tag).
      tags = tags.filter((t) => patterns.some((p) => p.test(t) || p.test(t.slice(0, t.lastIndexOf(':')))));
      if (tags.length === 0) continue;
    }
    let shared = -1;
    if (sharedSizes) {
      const others = ctx.store.layersInUse(img.id);
      const chains = chainIds(img.layers);
      shared = img.layers.reduce((n, l, i) => n + (others.has(chains[i] ?? '') ? l.size : 0), 0);
    }
    out.push(imageSummary(ctx, img, version, patterns ? tags : undefined, shared));
  }
  return json(200, out);
}

/** Sorted like the reference store: by repository, tags before digests. */
function sortedRefs(refs: ImageReference[]): ImageReference[] {
  return [...refs].sort((a, b) => fullName(a).localeCompare(fullName(b)) || Number(a.digest !== undefined) - Number(b.digest !== undefined));
}

/** `isSingleReference` of `daemon/images/image_delete.go`: one tag, and digests only of that repository. */
function isSingleReference(refs: ImageReference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: ImageReference | undefined;
  const canonical = new Set<string>();
  for (const ref of refs) {
    if (ref.digest !== undefined) canonical.add(fullName(ref));
    else if (single === undefined) single = ref;
    else return false;
  }
  single ??= refs[0];
  return canonical.size === 1 && single !== undefined && canonical.has(fullName(single));
}

type DeleteRecord = { Untagged: string } | { Deleted: string };

/** `ImageService.ImageDelete` (no containers in the emulator, so only the reference conflict exists). */
function deleteImage(ctx: RouteContext, name: string, force: boolean): DeleteRecord[] {
  const { store } = ctx;
  const img = resolveOrThrow(ctx, name);
  const records: DeleteRecord[] = [];
  const untag = (ref: ImageReference) => {
    store.deleteReference(ref);
    records.push({ Untagged: familiarString(ref) });
    store.emit('untag', img.id, { name: img.id });
  };
  let refs = store.referencesOf(img.id);
  if (!store.isIdReference(img, name)) {
    const parsed = withDefaultTag(parseReference(name));
    untag(parsed);
    refs = store.referencesOf(img.id);
    if (parsed.digest === undefined && !refs.some((r) => r.digest === undefined && fullName(r) === fullName(parsed))) {
      for (const r of refs) if (r.digest !== undefined && fullName(r) === fullName(parsed)) untag(r);
      refs = store.referencesOf(img.id);
    }
    if (refs.length > 0) return records;
  } else if (isSingleReference(refs)) {
    for (const r of sortedRefs(refs)) untag(r);
  } else if (refs.length > 0 && !force) {
    throw new DaemonError(409, `conflict: unable to delete ${img.id.slice(7, 19)} (must be forced) - image is referenced in multiple repositories`);
  }
  for (const r of sortedRefs(store.referencesOf(img.id))) untag(r);
  const { deleted } = store.remove(img.id);
  records.push(...deleted.map((d) => ({ Deleted: d })));
  store.emit('delete', img.id, { name: img.id });
  return records;
}

function tagImage(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const img = resolveOrThrow(ctx, req.params.name ?? '');
  const repo = req.query.get('repo') ?? '';
  const tag = req.query.get('tag') ?? '';
  const invalid = ctx.profile.legacy ? 500 : 400;
  if (/^[a-f0-9]{64}$/.test(repo)) throw new DaemonError(400, `invalid repository name (${repo}), cannot specify 64-byte hexadecimal strings`);
  let ref: ImageReference;
  try {
    ref = parseReference(repo);
  } catch (err) {
    throw new DaemonError(invalid, err instanceof Error ? err.message : 'invalid reference format');
  }
  if (ref.digest !== undefined) throw new DaemonError(400, 'refusing to create a tag with a digest reference');
  if (tag !== '') {
    if (!isTagValid(tag)) throw new DaemonError(invalid, 'invalid tag format');
    ref = { ...ref, tag };
  }
  if (ref.domain === 'docker.io' && ref.path === 'library/sha256') throw new DaemonError(400, 'refusing to create an ambiguous tag using digest algorithm as name');
  ctx.store.setReference(ref, img.id);
  img.lastTagTime = new Date().toISOString().replace('Z', '000000Z').replace(/\.(\d{9})\d*Z$/, '.$1Z');
  ctx.store.emit('tag', img.id, { name: familiarString(ref) });
  return { status: 201 };
}

function pruneImages(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const filters = parseFilters(req.query.get('filters'), ctx.profile.legacy ? 500 : 400);
  validateFilterKeys(filters, ['dangling', 'label', 'label!', 'until']);
  const danglingOnly = boolFilter(filters, 'dangling', true);
  const until = filters.get('until')?.map((v) => Number(parseTimestamp(v) / 1_000_000_000n));
  const records: DeleteRecord[] = [];
  let reclaimed = 0;
  for (const img of [...ctx.store.images.values()]) {
    const refs = ctx.store.referencesOf(img.id);
    if (danglingOnly && refs.some((r) => r.digest === undefined)) continue;
    if (!matchesLabels(img.config.Labels, filters.get('label'))) continue;
    const notLabels = filters.get('label!');
    if (notLabels && notLabels.length > 0 && notLabels.some((l) => matchesLabels(img.config.Labels, [l]))) continue;
    if (until && !until.every((t) => createdUnix(img) < t)) continue;
    for (const r of sortedRefs(refs)) {
      records.push({ Untagged: familiarString(r) });
      ctx.store.emit('untag', img.id, { name: img.id });
    }
    const removed = ctx.store.remove(img.id);
    reclaimed += removed.reclaimed;
    records.push(...removed.deleted.map((d) => ({ Deleted: d })));
    ctx.store.emit('delete', img.id, { name: img.id });
  }
  ctx.store.emit('prune', '', { reclaimed: String(reclaimed) });
  return json(200, { ImagesDeleted: records.length ? records : null, SpaceReclaimed: reclaimed });
}

const KNOWN_OS = ['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'js', 'plan9', 'dragonfly', 'wasip1'];
const KNOWN_ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 'ppc64', 's390x', 'riscv64', 'mips64', 'mips64le', 'loong64', 'wasm'];
/** Architectures the fake registry's manifest lists carry. */
const PULLABLE_ARCH = ['amd64', 'arm64'];

/** `platforms.Parse` then the manifest-list match; the architecture to pull (undefined: the daemon's own). */
function checkPlatform(platform: string): string | undefined {
  if (platform === '') return undefined;
  const parts = platform.toLowerCase().split('/');
  const [os, arch] = parts;
  const valid = parts.length <= 3 && os !== undefined && (KNOWN_OS.includes(os) ? arch === undefined || KNOWN_ARCH.includes(arch) : parts.length === 1 && KNOWN_ARCH.includes(os));
  if (!valid) throw new DaemonError(400, `"${platform}": unknown operating system or architecture: invalid argument`);
  const wantOs = KNOWN_OS.includes(os) ? os : 'linux';
  const wantArch = KNOWN_OS.includes(os) ? (arch ?? 'amd64') : os;
  if (wantOs !== 'linux' || !PULLABLE_ARCH.includes(wantArch)) throw new DaemonError(404, `no matching manifest for ${platform} in the manifest list entries`);
  return wantArch;
}

/** `platforms.Parse` for an import (any known os/arch: nothing is fetched); undefined for the daemon's own. */
function parsePlatform(platform: string): { os: string; architecture: string; variant?: string } | undefined {
  if (platform === '') return undefined;
  const parts = platform.toLowerCase().split('/');
  const [first, second, variant] = parts;
  const osFirst = first !== undefined && KNOWN_OS.includes(first);
  const valid = parts.length <= 3 && first !== undefined && (osFirst ? second === undefined || KNOWN_ARCH.includes(second) : parts.length === 1 && KNOWN_ARCH.includes(first));
  if (!valid) throw new DaemonError(400, `"${platform}": unknown operating system or architecture: invalid argument`);
  return { os: osFirst ? first : 'linux', architecture: osFirst ? (second ?? 'amd64') : first, ...(variant ? { variant } : {}) };
}

/** Splits `total` bytes into the progress steps a download shows. */
function steps(total: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 1; i <= count; i += 1) out.push(i === count ? total : Math.min(total, Math.round((total * i) / count) - 1 + 32768 * Number(i === 1 && total > 32768)));
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The pull stream of `distribution/pull_v2.go` for one or more tags, paced by `tickMs`. */
async function* pullStream(ctx: RouteContext, requested: ImageReference, entries: CatalogEntry[]): AsyncIterable<string> {
  const { store, profile } = ctx;
  const tick = () => sleep(profile.tickMs);
  let updated = false;
  for (const entry of entries) {
    const id = requested.digest !== undefined ? familiarString(requested) : (entry.reference.tag ?? 'latest');
    yield frame({ status: `Pulling from ${entry.reference.path}`, id });
    const local = store.images.get(entry.image.id);
    if (!local) {
      const shortIds = entry.blobs.map((b) => b.digest.slice(7, 19));
      const fetch: number[] = [];
      for (const [i, layer] of entry.image.layers.entries()) {
        if (store.hasDiffId(layer.diffId)) yield frame(layerStatus('Already exists', shortIds[i] ?? ''));
        else {
          fetch.push(i);
          yield frame(layerStatus('Pulling fs layer', shortIds[i] ?? ''));
        }
      }
      // Three concurrent downloads (`max-concurrent-downloads`); the rest wait.
      for (const i of fetch.slice(3)) yield frame(layerStatus('Waiting', shortIds[i] ?? ''));
      await tick();
      for (const i of fetch) {
        const total = entry.blobs[i]?.size ?? 0;
        for (const current of steps(total, 4)) {
          if (current >= total) break;
          yield frame(progressMessage('Downloading', shortIds[i], current, total));
          await tick();
        }
        yield frame(layerStatus('Verifying Checksum', shortIds[i] ?? ''));
        yield frame(layerStatus('Download complete', shortIds[i] ?? ''));
      }
      for (const i of fetch) {
        const total = entry.blobs[i]?.size ?? 0;
        for (const current of [Math.min(32768, total), ...steps(total, 3)]) {
          yield frame(progressMessage('Extracting', shortIds[i], current, total));
          await tick();
        }
        yield frame(layerStatus('Pull complete', shortIds[i] ?? ''));
      }
      store.add(structuredClone(entry.image));
      updated = true;
    }
    yield frame({ status: `Digest: ${entry.manifestDigest}` });
    if (store.setReference(entry.reference, entry.image.id)) updated = true;
    store.setReference({ domain: entry.reference.domain, path: entry.reference.path, digest: entry.manifestDigest }, entry.image.id);
  }
  yield frame({ status: `Status: ${updated ? 'Downloaded newer image for' : 'Image is up to date for'} ${familiarString(requested)}` });
  store.emit('pull', familiarString(requested), { name: familiarName(requested) });
}

async function pull(ctx: RouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const fromImage = (req.query.get('fromImage') ?? '').replace(/:$/, '');
  const tag = req.query.get('tag') ?? '';
  const arch = checkPlatform(req.query.get('platform') ?? '');
  let ref: ImageReference;
  try {
    ref = parseReference(fromImage);
    if (tag !== '') {
      if (isDigest(tag)) ref = { domain: ref.domain, path: ref.path, digest: tag };
      else if (isTagValid(tag)) ref = { domain: ref.domain, path: ref.path, tag };
      else throw new ReferenceError('invalid reference format');
    }
  } catch (err) {
    throw new DaemonError(400, err instanceof Error ? err.message : 'invalid reference format');
  }
  const resolution = ctx.registry.resolve(ref, decodeRegistryAuth(req.headers['x-registry-auth']));
  if (resolution.kind !== 'ok') {
    if (ctx.profile.pullErrors === 'http') throw new DaemonError(resolution.status, resolution.message);
    return { status: 200, headers: { 'content-type': 'application/json' }, body: streamError(resolution.message) };
  }
  // The manifest list's entry for the requested platform: another image (config, layers, id) under the same tag.
  const entries = arch ? resolution.entries.map((e) => forArchitecture(e, arch)) : resolution.entries;
  return { status: 200, headers: { 'content-type': 'application/json' }, body: pullStream(ctx, ref, entries) };
}

/** The tagged references of one repository in the reference store, sorted by tag (`ReferencesByName`). */
function taggedReferencesOf(ctx: RouteContext, repository: ImageReference): { ref: ImageReference; image: StoredImage }[] {
  const out: { ref: ImageReference; image: StoredImage }[] = [];
  for (const [key, id] of ctx.store.references) {
    const ref = parseReference(key);
    const image = ctx.store.images.get(id);
    if (ref.tag !== undefined && ref.digest === undefined && fullName(ref) === fullName(repository) && image) out.push({ ref, image });
  }
  return out.sort((a, b) => (a.ref.tag ?? '').localeCompare(b.ref.tag ?? ''));
}

/**
 * `POST /images/{name}/push` (`postImagesPush`, `distribution/push_v2.go`): the reference is checked before any
 * output (400), everything else is told in-stream after `The push refers to repository [...]`: a repository or
 * tag the engine does not have, credentials the registry refuses. An empty `tag` pushes every tag of the repository.
 */
async function push(ctx: RouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const name = req.params.name ?? '';
  const tag = req.query.get('tag') ?? '';
  const header = req.headers['x-registry-auth'];
  if (!header) {
    // Without the header the daemon decodes the body as the legacy AuthConfig (an empty body: EOF).
    let body = '';
    for await (const chunk of req.stream) body += Buffer.from(chunk as Uint8Array).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new DaemonError(400, `Bad parameters and missing X-Registry-Auth: ${body.trim() === '' ? 'EOF' : 'invalid character looking for beginning of value'}`);
    }
    if (parsed === null || typeof parsed !== 'object') throw new DaemonError(400, 'Bad parameters and missing X-Registry-Auth: json: cannot unmarshal into Go value of type registry.AuthConfig');
  }
  // An undecodable header counts as no credentials, as on pull.
  const auth = decodeRegistryAuth(header);
  let ref: ImageReference;
  try {
    ref = parseReference(name);
    if (tag !== '') {
      if (!isTagValid(tag)) throw new ReferenceError('invalid tag format');
      ref = { domain: ref.domain, path: ref.path, tag };
    }
  } catch (err) {
    throw new DaemonError(400, err instanceof Error ? err.message : 'invalid reference format');
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: pushStream(ctx, ref, auth) };
}

async function* pushStream(ctx: RouteContext, ref: ImageReference, auth: Record<string, unknown> | undefined): AsyncIterable<string> {
  const tick = () => sleep(ctx.profile.tickMs);
  yield frame({ status: `The push refers to repository [${fullName(ref)}]` });
  const all = taggedReferencesOf(ctx, ref);
  if (all.length === 0) {
    yield streamError(`An image does not exist locally with the tag: ${familiarName(ref)}`);
    return;
  }
  if (ref.digest !== undefined) {
    yield streamError('cannot push a digest reference');
    return;
  }
  const targets = ref.tag !== undefined ? all.filter((t) => t.ref.tag === ref.tag) : all;
  if (targets.length === 0) {
    yield streamError(`tag does not exist: ${familiarString(ref)}`);
    return;
  }
  const denied = ctx.registry.authorizePush(ref, auth);
  for (const { ref: tagged, image } of targets) {
    const blobs = FakeRegistry.blobsOf(image);
    const shortIds = image.layers.map((l) => l.diffId.slice(7, 19));
    // Layers are pushed newest first, as the daemon walks the layer chain from the top.
    const order = [...blobs.keys()].reverse();
    for (const i of order) yield frame(layerStatus('Preparing', shortIds[i] ?? ''));
    await tick();
    if (denied) {
      yield streamError(denied);
      return;
    }
    for (const i of order) yield frame(layerStatus('Waiting', shortIds[i] ?? ''));
    for (const i of order) {
      const blob = blobs[i]!;
      if (ctx.registry.hasBlob(ref.domain, blob.digest)) {
        yield frame(layerStatus('Layer already exists', shortIds[i] ?? ''));
        continue;
      }
      for (const current of steps(blob.size, 4)) {
        yield frame(progressMessage('Pushing', shortIds[i], current, blob.size));
        await tick();
      }
      yield frame(layerStatus('Pushed', shortIds[i] ?? ''));
    }
    const { digest, size } = ctx.registry.publish(tagged, image);
    yield frame({ status: `${tagged.tag}: digest: ${digest} size: ${size}` });
    yield frame({ progressDetail: {}, aux: { Tag: tagged.tag, Digest: digest, Size: size } });
    ctx.store.setReference({ domain: tagged.domain, path: tagged.path, digest }, image.id);
    ctx.store.emit('push', familiarString(tagged), { name: familiarName(tagged) });
  }
}

/** Creates the imported image and its events (`tag` before `import`, as the daemon logs them). */
function finishImport(ctx: RouteContext, req: EmulatorRequest, diffId: string, size: number, source: string): string {
  const repo = req.query.get('repo') ?? '';
  const tag = req.query.get('tag') ?? '';
  const message = req.query.get('message') ?? '';
  const config = applyChanges(emptyConfig(), req.query.getAll('changes'));
  const platform = parsePlatform(req.query.get('platform') ?? '') ?? { os: 'linux', architecture: 'amd64' };
  // Docker 20.10 (API 1.41) passes only the platform's OS to the import (verified against a 20.10 daemon: an
  // arm64 import is recorded amd64); later engines record the whole platform.
  const { os, architecture, variant } = ctx.profile.legacy ? { os: platform.os, architecture: 'amd64', variant: undefined } : platform;
  const now = Date.now();
  const created = new Date(now).toISOString().replace(/\.(\d{3})Z$/, `.$1${String(process.hrtime.bigint() % 1_000_000n).padStart(6, '0')}Z`);
  const comment = message || `Imported from ${source}`;
  const id = sha256(JSON.stringify({ architecture, variant, config, created, comment, os, rootfs: { type: 'layers', diff_ids: [diffId] } }));
  const img: StoredImage = {
    id,
    parent: '',
    created,
    comment,
    author: '',
    dockerVersion: ctx.profile.engineVersion,
    architecture,
    ...(variant ? { variant } : {}),
    os,
    config,
    layers: [{ diffId, size, created: Math.floor(now / 1000), createdBy: '', comment }],
    emptyHistory: [],
  };
  ctx.store.add(img);
  if (repo !== '') {
    const ref: ImageReference = { ...parseReference(repo), ...(tag !== '' ? { tag } : {}) };
    ctx.store.setReference(ref, id);
    img.lastTagTime = created;
    ctx.store.emit('tag', id, { name: familiarString(ref) });
  }
  ctx.store.emit('import', id, { name: id });
  return id;
}

/** Validates everything the daemon checks before it reads the archive (so these errors have an HTTP status). */
function checkImportParams(req: EmulatorRequest): void {
  applyChanges(emptyConfig(), req.query.getAll('changes'));
  parsePlatform(req.query.get('platform') ?? '');
  const repo = req.query.get('repo') ?? '';
  const tag = req.query.get('tag') ?? '';
  if (repo === '') return;
  try {
    const ref = parseReference(repo);
    if (tag !== '' && !isTagValid(tag)) throw new ReferenceError('invalid tag format');
    if (ref.digest !== undefined) throw new ReferenceError('cannot import digest reference');
  } catch (err) {
    throw new DaemonError(400, err instanceof Error ? err.message : 'invalid reference format');
  }
}

/** Hashes a stream chunk by chunk (the archive is never buffered) and checks it looks like a tar or a compressed tar. */
async function digestArchive(source: AsyncIterable<Uint8Array>, onBytes?: (n: number) => void): Promise<{ diffId: string; size: number }> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  for await (const chunk of source) {
    const buf = Buffer.from(chunk);
    if (head.length < 512) head = Buffer.concat([head, buf.subarray(0, 512 - head.length)]);
    hash.update(buf);
    size += buf.length;
    onBytes?.(buf.length);
  }
  const compressed = head[0] === 0x1f && head[1] === 0x8b; // gzip; the daemon also sniffs bzip2, xz, zstd
  const compressedOther = head.subarray(0, 3).toString('latin1') === 'BZh' || head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) || head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  const tar = head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
  const empty = head.every((b) => b === 0);
  if (!compressed && !compressedOther && !tar && !empty) throw new DaemonError(500, 'archive/tar: invalid tar header');
  return { diffId: `sha256:${hash.digest('hex')}`, size };
}

async function* readChunks(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function importImage(ctx: RouteContext, req: EmulatorRequest, fromSrc: string): Promise<EmulatorResponse> {
  checkImportParams(req);
  if (fromSrc === '-') {
    // The daemon reads the whole archive before it writes anything, so archive errors still get an HTTP status.
    const { diffId, size } = await digestArchive(req.stream);
    const id = finishImport(ctx, req, diffId, size, '-');
    return { status: 200, headers: { 'content-type': 'application/json' }, body: frame({ status: id }) };
  }
  // Neither `fromImage` nor `fromSrc`: the daemon tries to download "http://" (verified against 20.10).
  if (fromSrc === '') throw new DaemonError(500, 'Get "http:": http: no Host in request URL');
  // `fromSrc=<url>`: the emulator fetches loopback http(s) URLs only (the daemon would fetch anything: SSRF).
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(fromSrc) ? fromSrc : `http://${fromSrc}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DaemonError(500, `Get "${url}": http: no Host in request URL`);
  }
  if (parsed.host === '') throw new DaemonError(500, `Get "${url}": http: no Host in request URL`);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname) || !/^https?:$/.test(parsed.protocol)) {
    throw new DaemonError(500, `Get "${url}": the Docker emulator only imports from loopback http(s) URLs`);
  }
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new DaemonError(500, `Get "${url}": ${cause}`);
  }
  if (!res.ok) {
    const text = await res.text();
    const status = res.status === 404 ? 404 : res.status < 500 ? 400 : 500;
    throw new DaemonError(status, `failed to GET ${url} with status ${res.status} ${res.statusText}: ${text}`);
  }
  const total = Number(res.headers.get('content-length') ?? '0');
  const body = res.body;
  async function* stream(): AsyncIterable<string> {
    yield frame({ status: `Downloading from ${url}` });
    let current = 0;
    const progress: StreamMessage[] = [];
    try {
      const { diffId, size } = await digestArchive(readChunks(body), (n) => {
        current += n;
        progress.push(progressMessage('Importing', undefined, current, total));
      });
      for (const p of progress.slice(-1)) yield frame(p);
      yield frame({ status: finishImport(ctx, req, diffId, size, url) });
    } catch (err) {
      yield streamError(err instanceof Error ? err.message : String(err));
    }
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: stream() };
}

function eventMatches(event: DockerEvent, filters: Map<string, string[]>): boolean {
  const types = filters.get('type');
  if (types && types.length > 0 && !types.includes(event.Type)) return false;
  const actions = filters.get('event') ?? filters.get('action');
  if (actions && actions.length > 0 && !actions.includes(event.Action)) return false;
  const images = filters.get('image');
  if (images && images.length > 0) {
    const names = [event.Actor.ID, event.Actor.Attributes.name ?? ''];
    if (!images.some((i) => names.includes(i) || names.some((n) => n.startsWith(`${i}:`)))) return false;
  }
  return true;
}

/** `GET /events`: replay from `since`, then follow live until `until` or the client goes away. */
function events(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const filters = parseFilters(req.query.get('filters'), ctx.profile.legacy ? 500 : 400);
  const sinceRaw = req.query.get('since');
  const untilRaw = req.query.get('until');
  const since = sinceRaw ? parseTimestamp(sinceRaw) : undefined;
  const until = untilRaw ? parseTimestamp(untilRaw) : undefined;
  if (since !== undefined && until !== undefined && since > until) {
    throw new DaemonError(400, `\`since\` time (${sinceRaw}) cannot be after \`until\` time (${untilRaw})`);
  }
  const { store } = ctx;
  const queue: DockerEvent[] = [];
  if (since !== undefined) queue.push(...store.events.filter((e) => store.nanoOf(e) >= since && (until === undefined || store.nanoOf(e) <= until)));
  let wake: (() => void) | undefined;
  let done = false;
  const stop = () => {
    done = true;
    wake?.();
  };
  const unsubscribe = store.subscribe((e) => {
    queue.push(e);
    wake?.();
  });
  const socket: Socket = req.stream.socket;
  socket.once('close', stop);
  ctx.streams.add(stop);
  async function* stream(): AsyncIterable<string> {
    try {
      // An empty first write flushes the headers at once, as the daemon does before the first event.
      yield '';
      while (!done) {
        const now = BigInt(Date.now()) * 1_000_000n;
        if (until !== undefined && now >= until && queue.length === 0) break;
        const next = queue.shift();
        if (next) {
          if (until !== undefined && store.nanoOf(next) > until) break;
          if (eventMatches(next, filters)) yield store.serializeEvent(next);
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (until !== undefined) setTimeout(resolve, Math.max(0, Number((until - now) / 1_000_000n)) + 1);
        });
        wake = undefined;
      }
    } finally {
      unsubscribe();
      socket.off('close', stop);
      ctx.streams.delete(stop);
    }
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: stream() };
}

/** `GET|HEAD /_ping`: `OK`, with the headers dockerd sends (BuildKit and swarm from 23.0 on). */
function ping(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse {
  const { profile } = ctx;
  return {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-cache, no-store, must-revalidate',
      pragma: 'no-cache',
      'docker-experimental': 'false',
      ...(profile.legacy ? {} : { 'builder-version': '2', swarm: 'inactive' }),
    },
    body: req.method === 'HEAD' ? undefined : 'OK',
  };
}

/** `GET /version`: the engine and its components. */
function version(ctx: RouteContext): EmulatorResponse {
  const { profile } = ctx;
  return json(200, {
    Platform: { Name: 'Docker Engine - Community' },
    Components: [
      {
        Name: 'Engine',
        Version: profile.engineVersion,
        Details: {
          ApiVersion: profile.apiVersion,
          Arch: 'amd64',
          BuildTime: '2024-03-19T14:42:08.000000000+00:00',
          Experimental: 'false',
          GitCommit: 'e63daec',
          GoVersion: 'go1.21.8',
          KernelVersion: '6.5.0-emulated',
          MinAPIVersion: profile.minApiVersion,
          Os: 'linux',
        },
      },
      { Name: 'containerd', Version: '1.6.28', Details: { GitCommit: 'ae07eda36dd25f8a1b98dfbf587313b99c0190bb' } },
      { Name: 'runc', Version: '1.1.12', Details: { GitCommit: 'v1.1.12-0-g51d5e94' } },
      { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: 'de40ad0' } },
    ],
    Version: profile.engineVersion,
    ApiVersion: profile.apiVersion,
    MinAPIVersion: profile.minApiVersion,
    GitCommit: 'e63daec',
    GoVersion: 'go1.21.8',
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: '6.5.0-emulated',
    BuildTime: '2024-03-19T14:42:08.000000000+00:00',
  });
}

/** `POST /images/create`: a pull when `fromImage` is given, else an import (`fromSrc`). */
function createImage(ctx: RouteContext, req: EmulatorRequest): EmulatorResponse | Promise<EmulatorResponse> {
  const fromImage = req.query.get('fromImage') ?? '';
  const fromSrc = req.query.get('fromSrc') ?? '';
  if (fromImage !== '') return pull(ctx, req);
  return importImage(ctx, req, fromSrc);
}

/** `GET /images/{name}/json`. */
const inspectImage = (ctx: RouteContext, req: EmulatorRequest) => json(200, imageInspect(ctx, resolveOrThrow(ctx, req.params.name ?? ''), ctx.versionOf(req)));
/** `GET /images/{name}/history`. */
const historyOfImage = (ctx: RouteContext, req: EmulatorRequest) => json(200, imageHistory(ctx, resolveOrThrow(ctx, req.params.name ?? '')));
/** `DELETE /images/{name}`. */
const removeImage = (ctx: RouteContext, req: EmulatorRequest) => json(200, deleteImage(ctx, req.params.name ?? '', boolParam(req.query.get('force'))));

/** The Engine API image routes, relative to the version prefix (which `index.ts` strips). */
export function imageRoutes(ctx: RouteContext): Router {
  const bind = bindTo(ctx);
  return new Router()
    .on('GET', '/_ping', bind(ping))
    .on('HEAD', '/_ping', bind(ping))
    .on('GET', '/version', bind(version))
    .on('GET', '/images/json', bind(listImages))
    .on('POST', '/images/create', bind(createImage))
    .on('POST', '/images/prune', bind(pruneImages))
    .on('GET', '/events', bind(events))
    .on('GET', '/images/:name*/json', bind(inspectImage))
    .on('GET', '/images/:name*/history', bind(historyOfImage))
    .on('POST', '/images/:name*/tag', bind(tagImage))
    .on('POST', '/images/:name*/push', bind(push))
    .on('DELETE', '/images/:name*', bind(removeImage));
}

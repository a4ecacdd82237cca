import { createHash } from 'node:crypto';
import { goJson } from './progress.js';
import {
  familiarString,
  fullName,
  parseReference,
  referenceKey,
  withDefaultTag,
  type ImageReference,
} from './reference.js';

/** The subset of the daemon's `container.Config` an image carries (spec `ImageConfig`). */
export interface ImageConfig {
  User: string;
  Env: string[] | null;
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  WorkingDir: string;
  ExposedPorts: Record<string, Record<string, never>> | null;
  Volumes: Record<string, Record<string, never>> | null;
  OnBuild: string[] | null;
  Labels: Record<string, string> | null;
  StopSignal?: string;
}

export interface ImageLayer {
  /** Uncompressed diff id (`RootFS.Layers`). */
  diffId: string;
  size: number;
  createdBy: string;
  created: number;
  comment?: string;
}

export interface StoredImage {
  /** `sha256:<64 hex>`, the digest of the image config. */
  id: string;
  parent: string;
  /** RFC 3339 with nanoseconds; undefined when the config has none (the field is then omitted, v1.44). */
  created?: string;
  comment: string;
  author: string;
  dockerVersion: string;
  architecture: string;
  variant?: string;
  os: string;
  config: ImageConfig;
  layers: ImageLayer[];
  /** History entries with no layer of their own (ENV, CMD, …), newest last, interleaved by `created`. */
  emptyHistory: { created: number; createdBy: string; comment?: string }[];
  lastTagTime?: string;
}

/** `EventMessage` (v1.44) with the legacy `status`/`id` fields the daemon still sends for image events. */
export interface DockerEvent {
  status: string;
  id?: string;
  Type: 'image';
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope: 'local';
  time: number;
  timeNano: number;
}

export function sha256(data: string | Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export function emptyConfig(): ImageConfig {
  return { User: '', Env: null, Cmd: null, Entrypoint: null, WorkingDir: '', ExposedPorts: null, Volumes: null, OnBuild: null, Labels: null };
}

/** Chain ids as the layer store computes them: chain(n) = sha256(chain(n-1) + " " + diff(n)). */
export function chainIds(layers: ImageLayer[]): string[] {
  const out: string[] = [];
  for (const layer of layers) {
    const previous = out[out.length - 1];
    out.push(previous === undefined ? layer.diffId : sha256(`${previous} ${layer.diffId}`));
  }
  return out;
}

export const imageSize = (img: StoredImage) => img.layers.reduce((n, l) => n + l.size, 0);

type Listener = (event: DockerEvent) => void;

/**
 * The emulator's image store and reference store (`daemon/images`, `reference/store.go`) plus the event log
 * that `/events` replays (`since`) and follows.
 */
export class DockerImageStore {
  readonly images = new Map<string, StoredImage>();
  /** Reference key (`docker.io/library/alpine:3.19` or `…@sha256:…`) → image id. */
  readonly references = new Map<string, string>();
  readonly events: DockerEvent[] = [];
  private readonly listeners = new Set<Listener>();
  /** Exact nanosecond stamps (a JS number cannot hold them) for serialisation. */
  private readonly nanos = new WeakMap<DockerEvent, bigint>();
  private lastNano = 0n;

  add(img: StoredImage): StoredImage {
    this.images.set(img.id, img);
    return img;
  }

  /** Points `ref` at `id`; returns true when the reference is new or moved. */
  setReference(ref: ImageReference, id: string): boolean {
    const key = referenceKey(ref.digest === undefined ? withDefaultTag(ref) : ref);
    const previous = this.references.get(key);
    this.references.set(key, id);
    return previous !== id;
  }

  deleteReference(ref: ImageReference): void {
    this.references.delete(referenceKey(ref.digest === undefined ? withDefaultTag(ref) : ref));
  }

  /** All references to an image, in insertion order, parsed. */
  referencesOf(id: string): ImageReference[] {
    const out: ImageReference[] = [];
    for (const [key, target] of this.references) if (target === id) out.push(parseReference(key));
    return out;
  }

  repoTags(id: string): string[] {
    return this.referencesOf(id)
      .filter((r) => r.digest === undefined)
      .map(familiarString);
  }

  repoDigests(id: string): string[] {
    return this.referencesOf(id)
      .filter((r) => r.digest !== undefined)
      .map(familiarString);
  }

  /** Exact reference lookup (tag defaults to `latest`). */
  byReference(ref: ImageReference): StoredImage | undefined {
    const id = this.references.get(referenceKey(ref.digest === undefined ? withDefaultTag(ref) : ref));
    return id === undefined ? undefined : this.images.get(id);
  }

  /**
   * `ImageService.GetImage`: digest reference, full id, `name[:tag]`, then an unambiguous id prefix
   * (`sha256:abc…` or `abc…`).
   */
  resolve(refOrId: string): StoredImage | undefined {
    const full = /^(?:sha256:)?([a-f0-9]{64})$/.exec(refOrId);
    if (full) return this.images.get(`sha256:${full[1]}`);
    try {
      const found = this.byReference(parseReference(refOrId));
      if (found) return found;
    } catch {
      // not a reference: try it as an id prefix below
    }
    const prefix = /^(?:sha256:)?([a-f0-9]{1,63})$/.exec(refOrId);
    if (!prefix) return undefined;
    const matches = [...this.images.keys()].filter((id) => id.startsWith(`sha256:${prefix[1]}`));
    return matches.length === 1 && matches[0] !== undefined ? this.images.get(matches[0]) : undefined;
  }

  /** True when the daemon would treat `name` as an id (prefix) rather than a repository reference. */
  isIdReference(img: StoredImage, name: string): boolean {
    return /^(?:sha256:)?[a-f0-9]+$/.test(name) && img.id.startsWith(name.startsWith('sha256:') ? name : `sha256:${name}`);
  }

  /** Layers still used by images other than `exceptId`. */
  layersInUse(exceptId?: string): Set<string> {
    const used = new Set<string>();
    for (const img of this.images.values()) if (img.id !== exceptId) for (const c of chainIds(img.layers)) used.add(c);
    return used;
  }

  hasDiffId(diffId: string): boolean {
    for (const img of this.images.values()) if (img.layers.some((l) => l.diffId === diffId)) return true;
    return false;
  }

  /** Removes the image; returns the `Deleted` records (image id, then layer chain ids no longer used) and bytes freed. */
  remove(id: string): { deleted: string[]; reclaimed: number } {
    const img = this.images.get(id);
    if (!img) return { deleted: [], reclaimed: 0 };
    const stillUsed = this.layersInUse(id);
    this.images.delete(id);
    for (const [key, target] of [...this.references]) if (target === id) this.references.delete(key);
    const chains = chainIds(img.layers);
    const deleted = [id];
    let reclaimed = 0;
    for (let i = chains.length - 1; i >= 0; i -= 1) {
      const chain = chains[i];
      if (chain === undefined || stillUsed.has(chain)) continue;
      deleted.push(chain);
      reclaimed += img.layers[i]?.size ?? 0;
    }
    return { deleted, reclaimed };
  }

  /** Records and broadcasts an image event with the daemon's field layout. */
  emit(action: string, id: string, attributes: Record<string, string>): DockerEvent {
    let nano = BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
    if (nano <= this.lastNano) nano = this.lastNano + 1n;
    this.lastNano = nano;
    const event: DockerEvent = {
      status: action,
      ...(id ? { id } : {}),
      Type: 'image',
      Action: action,
      Actor: { ID: id, Attributes: attributes },
      scope: 'local',
      time: Number(nano / 1_000_000_000n),
      timeNano: Number(nano),
    };
    this.nanos.set(event, nano);
    this.events.push(event);
    if (this.events.length > 1000) this.events.shift();
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Newline-terminated JSON exactly as the daemon writes it, `timeNano` to the nanosecond. */
  serializeEvent(event: DockerEvent): string {
    const nano = this.nanos.get(event) ?? BigInt(event.timeNano);
    return `${goJson({ ...event, timeNano: '__NANO__' }).replace('"__NANO__"', nano.toString())}\n`;
  }

  /** Event time in nanoseconds (for `since`/`until` comparisons). */
  nanoOf(event: DockerEvent): bigint {
    return this.nanos.get(event) ?? BigInt(event.timeNano);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Repository name (fully qualified) of every reference — for the `reference` filter and conflict checks. */
  static repositoryOf(ref: ImageReference): string {
    return fullName(ref);
  }
}

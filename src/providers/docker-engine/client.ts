import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { JobLayerRecord, JobRecord } from '../../core/records.js';
import type { Readable } from 'node:stream';
import type { DockerConfig } from '../../config.js';
import { encodeRegistryAuth } from './auth.js';
import { createTransport, type Transport, type TransportOptions } from '../../http/transport.js';
import type {
  AuthConfigDto,
  CreateImageInfoDto,
  ImageDeleteResponseItemDto,
  ImageHistoryItemDto,
  ImageInspectDto,
  ImagePruneResponseDto,
  ImageSummaryDto,
  SystemVersionDto,
} from './dto.js';

/** The newest Engine API version this client speaks (the vendored spec). */
export const CLIENT_MAX_API_VERSION = '1.44';
/** Older daemons are not supported: 1.41 (Docker 20.10) is the oldest we test against. */
export const CLIENT_MIN_API_VERSION = '1.41';

function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

/** Client-side negotiation as the Docker CLI does it: `min(clientMax, daemon ApiVersion)`. */
export function negotiateApiVersion(daemonVersion: string): string {
  return compareVersions(daemonVersion, CLIENT_MAX_API_VERSION) < 0 ? daemonVersion : CLIENT_MAX_API_VERSION;
}


/** Typed Engine API client over the shared transport. The version prefix is fixed after `negotiate()`. */
export class DockerEngineClient {
  readonly transport: Transport;
  private prefix = '';
  apiVersion: string | null = null;
  engineVersion: string | null = null;

  constructor(config: DockerConfig, onCall?: TransportOptions['onCall']) {
    this.transport = createTransport({
      provider: 'DOCKER',
      origin: config.origin,
      tls: config.tls && {
        ca: readFileSync(config.tls.caPath),
        cert: readFileSync(config.tls.certPath),
        key: readFileSync(config.tls.keyPath),
      },
      // Engine errors are `{ "message": "…" }` everywhere (spec ErrorResponse); the code is the status.
      parseError: (status, body) => {
        try {
          const parsed = JSON.parse(body) as { message?: string };
          if (parsed.message) return { code: String(status), message: parsed.message };
        } catch {
          // plain text answers happen on proxies in front of the engine
        }
        return { code: String(status), message: body.trim() || `HTTP ${status}` };
      },
      onCall,
    });
  }

  /** `GET /version` once; later calls use the negotiated `/vX.YY` prefix. */
  private negotiating: Promise<string> | null = null;

  /** Single-flight: concurrent first calls share one `GET /version`; a failure lets the next call retry. */
  negotiate(): Promise<string> {
    if (this.apiVersion) return Promise.resolve(this.apiVersion);
    this.negotiating ??= this.fetchVersion().finally(() => (this.negotiating = null));
    // A negotiation started elsewhere (another request, a background probe) may outlast this request's deadline.
    return this.transport.join(this.negotiating);
  }

  private async fetchVersion(): Promise<string> {
    const { data } = await this.transport.json<SystemVersionDto>({ method: 'GET', path: '/version' });
    if (compareVersions(data.ApiVersion, CLIENT_MIN_API_VERSION) < 0) {
      throw new Error(`Docker engine speaks API ${data.ApiVersion}; imagegraph needs ${CLIENT_MIN_API_VERSION} or newer`);
    }
    this.apiVersion = negotiateApiVersion(data.ApiVersion);
    this.engineVersion = data.Version;
    this.prefix = `/v${this.apiVersion}`;
    return this.apiVersion;
  }

  private async path(p: string): Promise<string> {
    await this.negotiate();
    return this.prefix + p;
  }

  async ping(): Promise<void> {
    const res = await this.transport.request({ method: 'GET', path: '/_ping' });
    await res.body.resume();
  }

  async listImages(filters?: Record<string, string[]>): Promise<ImageSummaryDto[]> {
    const { data } = await this.transport.json<ImageSummaryDto[]>({
      method: 'GET',
      path: await this.path('/images/json'),
      query: { filters: filters ? JSON.stringify(filters) : undefined },
    });
    return data;
  }

  async inspectImage(name: string): Promise<ImageInspectDto> {
    const { data } = await this.transport.json<ImageInspectDto>({ method: 'GET', path: await this.path(`/images/${encodeURIComponent(name)}/json`) });
    return data;
  }

  /** `POST /images/create?fromImage` — returns the progress stream (status 200 even when it later fails). */
  async createFromImage(args: { fromImage: string; tag: string; platform?: string; auth?: AuthConfigDto; signal?: AbortSignal }): Promise<Readable> {
    const res = await this.transport.request({
      method: 'POST',
      path: await this.path('/images/create'),
      query: { fromImage: args.fromImage, tag: args.tag, platform: args.platform || undefined },
      headers: args.auth ? { 'x-registry-auth': encodeRegistryAuth(args.auth) } : {},
      bodyTimeoutMs: 0,
      signal: args.signal,
    });
    return res.body;
  }

  /** `POST /images/create?fromSrc` — `source` is a stream sent as the body (`fromSrc=-`) or an URL the daemon fetches. */
  async createFromSource(args: { source: Readable | { url: string }; repo?: string; tag?: string; message?: string; changes?: string[]; platform?: string; signal?: AbortSignal }): Promise<Readable> {
    const fromUrl = 'url' in args.source ? args.source.url : undefined;
    const res = await this.transport.request({
      method: 'POST',
      path: await this.path('/images/create'),
      query: { fromSrc: fromUrl ?? '-', repo: args.repo, tag: args.tag, message: args.message, changes: args.changes, platform: args.platform || undefined },
      headers: { 'content-type': 'application/x-tar' },
      body: fromUrl ? null : (args.source as Readable),
      bodyTimeoutMs: 0,
      signal: args.signal,
    });
    return res.body;
  }

  /**
   * `POST /images/{name}/push?tag=` — returns the progress stream. `X-Registry-Auth` is always sent (an empty
   * AuthConfig when anonymous): without it the daemon reads the body as credentials and answers 400.
   */
  async pushImage(args: { name: string; tag: string; auth?: AuthConfigDto; signal?: AbortSignal }): Promise<Readable> {
    const res = await this.transport.request({
      method: 'POST',
      path: await this.path(`/images/${encodeURIComponent(args.name)}/push`),
      query: { tag: args.tag },
      headers: { 'x-registry-auth': encodeRegistryAuth(args.auth ?? {}) },
      bodyTimeoutMs: 0,
      signal: args.signal,
    });
    return res.body;
  }

  /** `GET /images/{name}/history`: the image's layers and empty steps, newest first. */
  async imageHistory(name: string): Promise<ImageHistoryItemDto[]> {
    const { data } = await this.transport.json<ImageHistoryItemDto[]>({ method: 'GET', path: await this.path(`/images/${encodeURIComponent(name)}/history`) });
    return data;
  }

  async tagImage(name: string, repo: string, tag: string): Promise<void> {
    const res = await this.transport.request({ method: 'POST', path: await this.path(`/images/${encodeURIComponent(name)}/tag`), query: { repo, tag } });
    await res.body.resume();
  }

  async deleteImage(name: string, force: boolean): Promise<ImageDeleteResponseItemDto[]> {
    const { data } = await this.transport.json<ImageDeleteResponseItemDto[]>({
      method: 'DELETE',
      path: await this.path(`/images/${encodeURIComponent(name)}`),
      query: { force: force ? 'true' : undefined },
    });
    return data;
  }

  async pruneImages(filters: Record<string, string[]>): Promise<ImagePruneResponseDto> {
    const { data } = await this.transport.json<ImagePruneResponseDto>({
      method: 'POST',
      path: await this.path('/images/prune'),
      query: { filters: JSON.stringify(filters) },
    });
    return data;
  }

  /** `GET /events` as a long-lived stream of newline-delimited JSON. */
  async events(filters: Record<string, string[]>, signal: AbortSignal, since?: string): Promise<Readable> {
    const res = await this.transport.request({
      method: 'GET',
      path: await this.path('/events'),
      query: { filters: JSON.stringify(filters), since },
      bodyTimeoutMs: 0,
      signal,
    });
    return res.body;
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

// ── the JSON-lines progress stream of a pull, push or import ─────────────────────────────────────
/** A layer that needs no more work: pulled, already present, pushed, or already in the target registry. */
const LAYER_DONE = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from)/;

/**
 * Reads the daemon's `/images/create` (and `/images/{name}/push`) stream — one JSON object per `\r\n`-terminated line — into a
 * job. The HTTP status was 200 before the first byte, so success is only known from the stream:
 * an `error` message means FAILED with the daemon's text; the end of the stream without one means
 * SUCCEEDED (moby `streamformatter`, `image_routes.go`).
 */
export class PullProgress {
  private readonly layers = new Map<string, JobLayerRecord>();
  lastStatus: string | null = null;
  error: string | null = null;
  /** Import answers with `{"status":"sha256:…"}`; pull ends with `Digest: sha256:…`. */
  imageId: string | null = null;
  digest: string | null = null;

  /** Applies one message; returns true when the job's visible state changed. */
  apply(msg: CreateImageInfoDto): boolean {
    if (msg.error || msg.errorDetail?.message) {
      this.error = msg.errorDetail?.message ?? msg.error ?? 'unknown error';
      return true;
    }
    const status = msg.status ?? '';
    if (msg.id && status && !/^Pulling from /.test(status) && !/^(Digest|Status):/.test(status)) {
      const layer = this.layers.get(msg.id) ?? { id: msg.id, status, current: null, total: null };
      layer.status = status;
      if (msg.progressDetail?.total) layer.total = msg.progressDetail.total;
      if (msg.progressDetail?.current !== undefined && /^(Downloading|Pushing)/.test(status)) layer.current = msg.progressDetail.current;
      if (/^(Download complete|Pull complete|Already exists|Extracting|Pushed|Layer already exists|Mounted from)/.test(status) && layer.total !== null) layer.current = layer.total;
      if (LAYER_DONE.test(status)) layer.current = layer.total ?? layer.current;
      this.layers.set(msg.id, layer);
    } else if (status) {
      // Pull: `Digest: sha256:…`; push: `<tag>: digest: sha256:… size: N`.
      const digest = /^(?:Digest|\S+: digest): (sha256:[0-9a-f]{64})/.exec(status);
      if (digest) this.digest = digest[1]!;
      if (/^sha256:[0-9a-f]{64}$/.test(status)) this.imageId = status;
    }
    if (status) this.lastStatus = msg.id && !/^(Digest|Status):/.test(status) ? `${msg.id}: ${status}` : status;
    return true;
  }

  /** Bytes-weighted download progress across layers with known sizes; layers done without a size count as complete. */
  get progress(): number | null {
    let done = 0;
    let total = 0;
    let finished = 0;
    for (const l of this.layers.values()) {
      if (LAYER_DONE.test(l.status)) finished += 1;
      if (l.total) {
        total += l.total;
        done += Math.min(l.current ?? 0, l.total);
      }
    }
    if (this.layers.size === 0) return null;
    if (total === 0) return finished / this.layers.size;
    // Downloading is most of the work; extraction finishes the rest.
    return Math.min(1, 0.9 * (done / total) + 0.1 * (finished / this.layers.size));
  }

  layersSnapshot(): JobLayerRecord[] {
    return [...this.layers.values()].map((l) => ({ ...l }));
  }
}

/**
 * Consumes a progress stream, saving the job as it moves. Saves are throttled so a fast stream does
 * not flood subscribers, but the first and last states are always saved.
 */
export async function followCreateStream(
  stream: Readable,
  job: JobRecord,
  save: (job: JobRecord) => Promise<void>,
  options: {
    throttleMs?: number;
    /** Runs before a successful job is saved as SUCCEEDED (e.g. to link the pulled image), so no reader sees it without. */
    beforeSuccess?: (job: JobRecord) => Promise<void>;
    /** Aborts the upstream request (cancelJob): the job then ends CANCELLED rather than FAILED. */
    signal?: AbortSignal;
  } = {},
): Promise<JobRecord> {
  const progress = new PullProgress();
  const throttleMs = options.throttleMs ?? 100;
  let lastSave = 0;
  job.state = 'RUNNING';
  job.startedAt ??= new Date();
  await save(job);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      let msg: CreateImageInfoDto;
      try {
        msg = JSON.parse(trimmed) as CreateImageInfoDto;
      } catch {
        continue; // a proxy's keep-alive noise; the daemon only writes JSON
      }
      progress.apply(msg);
      job.caption = progress.lastStatus;
      job.progress = progress.progress;
      job.layers = progress.layersSnapshot();
      if (progress.error) break;
      if (Date.now() - lastSave >= throttleMs) {
        lastSave = Date.now();
        await save(job);
      }
    }
  } catch (err) {
    progress.error ??= `the engine stream broke: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    lines.close();
    stream.destroy();
  }
  job.completedAt = new Date();
  if (options.signal?.aborted) {
    job.state = 'CANCELLED';
    job.caption = 'Cancelled';
    job.error = null;
  } else if (progress.error) {
    job.state = 'FAILED';
    job.error = progress.error;
    job.caption = progress.error;
  } else {
    job.state = 'SUCCEEDED';
    job.progress = 1;
    job.imageId = progress.imageId ?? job.imageId;
    await options.beforeSuccess?.(job);
  }
  await save(job);
  return job;
}

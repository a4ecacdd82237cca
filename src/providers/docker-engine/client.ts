import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { DockerConfig } from '../../config.js';
import { createTransport, type Transport, type TransportOptions } from '../../http/transport.js';
import type {
  AuthConfigDto,
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

/**
 * `X-Registry-Auth`: base64url of the AuthConfig JSON, **padded**, because the daemon decodes with
 * Go's `base64.URLEncoding` (api/pkg/authconfig/authconfig.go); Node's 'base64url' omits padding.
 */
export function encodeRegistryAuth(auth: AuthConfigDto): string {
  const raw = Buffer.from(JSON.stringify(auth)).toString('base64url');
  return raw + '='.repeat((4 - (raw.length % 4)) % 4);
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

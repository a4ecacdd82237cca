import type { ParsedUpstreamError, Transport, TransportOptions } from '../../http/transport.js';
import { createTransport } from '../../http/transport.js';
import { cycleAuthHeaders } from './auth.js';
import type { QueryValue } from '../../http/query.js';
import type {
  CycleBuildLogDto,
  CycleCreateImageBody,
  CycleCreateImageSourceBody,
  CycleUpdateImageSourceBody,
  CycleEnvelope,
  CycleErrorEnvelope,
  CycleImageDto,
  CycleImageIncludesDto,
  CycleImageSourceDto,
  CycleImagesTaskBody,
  CycleImageTaskBody,
  CycleJobDescriptorDto,
  CycleJobDto,
  CycleUpdateImageBody,
} from './dto.js';

export interface CycleClientConfig {
  /** `https://api.cycle.io` or an emulator URL. */
  apiUrl: string;
  /** A hub API key; sent as `Authorization: Bearer <key>` and never logged or echoed. */
  apiKey: string;
  /** Sent as `X-Hub-Id` on every call. */
  hubId: string;
  onCall?: TransportOptions['onCall'];
  /** @default the transport's default (2 retries, idempotent methods only) */
  retry?: TransportOptions['retry'];
}

/** Query of list endpoints: `filter[key]`, `page[number]`/`page[size]`, comma-joined `sort`/`include`/`meta`. */
export interface CycleListQuery {
  filter?: Record<string, string | undefined>;
  pageNumber?: number;
  pageSize?: number;
  sort?: string[];
  include?: string[];
  meta?: string[];
}

/** JSON pointer (`/contents/source_ids/0`) → dotted path (`contents.source_ids.0`). */
export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * Reads Cycle's error envelope `{error:{status,code,title,detail,source,extra}, data:null}`. Auth errors
 * may follow OAuth (`{error:"invalid_token", error_description}`) per the spec's prose; both are read.
 */
export function parseCycleError(status: number, body: string): ParsedUpstreamError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { code: String(status), message: `HTTP ${status}` };
  }
  const root = (parsed ?? {}) as Partial<CycleErrorEnvelope> & { error?: unknown; error_description?: unknown };
  const error = root.error;
  if (error && typeof error === 'object') {
    const e = error as Partial<CycleErrorEnvelope['error']>;
    const code = typeof e.code === 'string' ? e.code : String(status);
    const parts = [e.title, e.detail].filter((p): p is string => typeof p === 'string' && p.length > 0);
    let message = parts.join(': ') || `HTTP ${status}`;
    if (e.extra?.capability) message += ` (missing capability '${e.extra.capability}')`;
    const fieldErrors = typeof e.source === 'string' && e.source ? [{ path: pointerToPath(e.source), message: e.detail ?? e.title ?? code }] : undefined;
    return { code, message, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  if (typeof error === 'string') {
    return { code: status === 401 ? '401.auth-invalid' : error, message: typeof root.error_description === 'string' ? root.error_description : error };
  }
  return { code: String(status), message: `HTTP ${status}` };
}

/** Typed HTTP over the shared transport: one method per Cycle operation the adapter uses. */
export class CycleClient {
  private readonly transport: Transport;

  constructor(config: CycleClientConfig) {
    const { apiKey, hubId } = config;
    this.transport = createTransport({
      provider: 'CYCLE',
      origin: config.apiUrl,
      defaultHeaders: () => ({ ...cycleAuthHeaders(apiKey, hubId), accept: 'application/json' }),
      parseError: (status, body) => parseCycleError(status, body),
      secrets: () => [apiKey],
      ...(config.onCall ? { onCall: config.onCall } : {}),
      ...(config.retry ? { retry: config.retry } : {}),
    });
  }

  private query(q: CycleListQuery = {}): Record<string, QueryValue> {
    const out: Record<string, QueryValue> = {};
    for (const [k, v] of Object.entries(q.filter ?? {})) if (v !== undefined && v !== '') out[`filter[${k}]`] = v;
    if (q.pageNumber !== undefined) out['page[number]'] = q.pageNumber;
    if (q.pageSize !== undefined) out['page[size]'] = q.pageSize;
    // `sort`, `include` and `meta` are comma-joined, as the spec's prose says (not repeated keys).
    if (q.sort?.length) out.sort = q.sort.join(',');
    if (q.include?.length) out.include = q.include.join(',');
    if (q.meta?.length) out.meta = q.meta.join(',');
    return out;
  }

  private async get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
    const res = await this.transport.json<T>({ method: 'GET', path, ...(query ? { query } : {}), ...(signal ? { signal } : {}) });
    return res.data;
  }

  private async send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, json?: unknown): Promise<T> {
    const res = await this.transport.json<T>({ method, path, ...(json !== undefined ? { json } : {}) });
    return res.data;
  }

  listImages(q?: CycleListQuery) {
    return this.get<CycleEnvelope<CycleImageDto[], CycleImageIncludesDto>>('/v1/images', this.query(q));
  }
  getImage(id: string, q?: Pick<CycleListQuery, 'include' | 'meta'>) {
    return this.get<CycleEnvelope<CycleImageDto, CycleImageIncludesDto>>(`/v1/images/${encodeURIComponent(id)}`, this.query(q));
  }
  createImage(body: CycleCreateImageBody) {
    return this.send<CycleEnvelope<CycleImageDto>>('POST', '/v1/images', body);
  }
  updateImage(id: string, body: CycleUpdateImageBody) {
    return this.send<CycleEnvelope<CycleImageDto>>('PATCH', `/v1/images/${encodeURIComponent(id)}`, body);
  }
  deleteImage(id: string) {
    return this.send<CycleEnvelope<CycleJobDescriptorDto>>('DELETE', `/v1/images/${encodeURIComponent(id)}`);
  }
  getBuildLog(id: string) {
    return this.get<CycleEnvelope<CycleBuildLogDto>>(`/v1/images/${encodeURIComponent(id)}/build-log`);
  }
  createImageJob(id: string, body: CycleImageTaskBody) {
    return this.send<CycleEnvelope<CycleJobDescriptorDto>>('POST', `/v1/images/${encodeURIComponent(id)}/tasks`, body);
  }
  createImagesJob(body: CycleImagesTaskBody) {
    return this.send<CycleEnvelope<CycleJobDescriptorDto>>('POST', '/v1/images/tasks', body);
  }
  listSources(q?: CycleListQuery) {
    return this.get<CycleEnvelope<CycleImageSourceDto[]>>('/v1/images/sources', this.query(q));
  }
  getSource(id: string) {
    return this.get<CycleEnvelope<CycleImageSourceDto>>(`/v1/images/sources/${encodeURIComponent(id)}`);
  }
  createSource(body: CycleCreateImageSourceBody) {
    return this.send<CycleEnvelope<CycleImageSourceDto>>('POST', '/v1/images/sources', body);
  }
  updateSource(id: string, body: CycleUpdateImageSourceBody) {
    return this.send<CycleEnvelope<CycleImageSourceDto>>('PATCH', `/v1/images/sources/${encodeURIComponent(id)}`, body);
  }
  deleteSource(id: string) {
    return this.send<CycleEnvelope<CycleJobDescriptorDto>>('DELETE', `/v1/images/sources/${encodeURIComponent(id)}`);
  }
  listJobs(q?: CycleListQuery) {
    return this.get<CycleEnvelope<CycleJobDto[]>>('/v1/jobs', this.query(q));
  }
  getJob(id: string, signal?: AbortSignal) {
    return this.get<CycleEnvelope<CycleJobDto>>(`/v1/jobs/${encodeURIComponent(id)}`, undefined, signal);
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

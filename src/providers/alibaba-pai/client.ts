/**
 * Typed HTTP for PAI: one transport per product (AIWorkSpace, PAI-DLC), both ACS3-signed on every attempt.
 * Each call names its `x-acs-action` and `x-acs-version`; nothing here maps to records (that is adapter.ts).
 */
import type { Dispatcher } from 'undici';
import { mapRetryAfter } from '../../http/interceptors.js';
import type { QueryValue } from '../../http/query.js';
import { encodeRfc3986 } from '../../http/query.js';
import { createTransport, type ParsedUpstreamError, type Transport, type TransportOptions } from '../../http/transport.js';
import {
  AIWORKSPACE_VERSION,
  DLC_VERSION,
  type AcsErrorBody,
  type AcsLabel,
  type AddImageRequest,
  type AddImageResponse,
  type CreateImageBuildRequest,
  type CreateImageBuildResponse,
  type GetJobEventsResponse,
  type GetPodLogsResponse,
  type ImageDto,
  type JobDto,
  type ListImagesResponse,
  type ListJobsResponse,
  type RemoveImageResponse,
  type StopJobResponse,
} from './dto.js';
import { createAcs3Signer } from './sign.js';

export interface PaiClientOptions {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  /** AIWorkSpace origin, e.g. `https://aiworkspace.cn-hangzhou.aliyuncs.com`. */
  endpoint: string;
  /** PAI-DLC origin, e.g. `https://pai-dlc.cn-hangzhou.aliyuncs.com`. */
  dlcEndpoint: string;
  onCall?: TransportOptions['onCall'];
  /** @default transport defaults */
  retry?: TransportOptions['retry'];
  /** For tests of the signer clock. */
  now?: () => Date;
}

/** Alibaba's error body → code and message (the TS core reads `Code|code`, `Message|message`). */
export function parseAcsError(status: number, body: string): ParsedUpstreamError {
  try {
    const parsed = JSON.parse(body) as AcsErrorBody;
    const code = parsed.Code ?? parsed.code;
    const message = parsed.Message ?? parsed.message;
    const id = parsed.RequestId ?? parsed.requestId;
    if (code || message) return { code: code ?? String(status), message: `${message ?? code}${id ? ` (RequestId ${id})` : ''}` };
  } catch {
    // not JSON (a proxy's HTML page): fall through
  }
  return { code: String(status), message: body.slice(0, 300) || `HTTP ${status}` };
}

/**
 * `x-acs-retry-after` is in milliseconds (the Alibaba SDKs' throttling tests send e.g. `2000`);
 * undici's retry reads whole seconds from `Retry-After`: this gives fractional seconds, and
 * `mapRetryAfter` rounds them up.
 */
export const acsRetryAfterToSeconds = (value: string): number => {
  const ms = Number(value.trim());
  return Number.isFinite(ms) && ms > 0 ? ms / 1000 : Number.NaN;
};

/** Trims endpoints: both Alibaba sources carry a trailing TAB in some endpoint strings (NOTES.md). */
function origin(endpoint: string): string {
  const trimmed = endpoint.trim();
  return /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

const seg = (value: string) => encodeRfc3986(value);

type Call = { method: Dispatcher.HttpMethod; path: string; action: string; query?: Record<string, QueryValue>; json?: unknown; idempotent?: boolean };

export class PaiClient {
  readonly workspace: Transport;
  readonly dlc: Transport;

  constructor(options: PaiClientOptions) {
    const signer = createAcs3Signer({
      accessKeyId: options.accessKeyId,
      accessKeySecret: options.accessKeySecret,
      securityToken: options.securityToken,
      now: options.now,
    });
    const common = {
      provider: 'PAI' as const,
      signer,
      parseError: parseAcsError,
      attemptInterceptors: [mapRetryAfter('x-acs-retry-after', acsRetryAfterToSeconds)],
      onCall: options.onCall,
      retry: options.retry,
      // Never copied from an upstream answer into an error (the signature's own headers are redacted too).
      secrets: () => [options.accessKeyId, options.accessKeySecret, options.securityToken],
    };
    this.workspace = createTransport({ ...common, origin: origin(options.endpoint) });
    this.dlc = createTransport({ ...common, origin: origin(options.dlcEndpoint) });
  }

  private async call<T>(transport: Transport, version: string, c: Call): Promise<T> {
    const { data } = await transport.json<T>({
      method: c.method,
      path: c.path,
      query: c.query,
      json: c.json,
      idempotent: c.idempotent,
      headers: {
        'x-acs-action': c.action,
        'x-acs-version': version,
        accept: 'application/json',
        ...(c.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      },
    });
    return (data ?? {}) as T;
  }
  private ws<T>(c: Call) {
    return this.call<T>(this.workspace, AIWORKSPACE_VERSION, c);
  }
  private job<T>(c: Call) {
    return this.call<T>(this.dlc, DLC_VERSION, c);
  }

  // AIWorkSpace ------------------------------------------------------------------------------
  listImages(query: {
    WorkspaceId?: string;
    Name?: string;
    Query?: string;
    Labels?: string;
    Accessibility?: string;
    ImageUri?: string;
    Verbose?: boolean;
    SortBy?: string;
    Order?: 'ASC' | 'DESC';
    PageNumber?: number;
    PageSize?: number;
  }) {
    return this.ws<ListImagesResponse>({ method: 'GET', path: '/api/v1/images', action: 'ListImages', query });
  }
  getImage(imageId: string, verbose = true) {
    return this.ws<ImageDto>({ method: 'GET', path: `/api/v1/images/${seg(imageId)}`, action: 'GetImage', query: { Verbose: verbose } });
  }
  addImage(body: AddImageRequest) {
    return this.ws<AddImageResponse>({ method: 'POST', path: '/api/v1/images', action: 'AddImage', json: body });
  }
  removeImage(imageId: string) {
    return this.ws<RemoveImageResponse>({ method: 'DELETE', path: `/api/v1/images/${seg(imageId)}`, action: 'RemoveImage' });
  }
  /** PRIVATE → PUBLIC. A PUT: the same publish twice is the same state, so it is retried like a GET. */
  publishImage(imageId: string) {
    return this.ws<{ RequestId?: string; ImageId?: string }>({ method: 'PUT', path: `/api/v1/images/${seg(imageId)}/publish`, action: 'PublishImage' });
  }
  /** Adds or overwrites labels. Setting the same labels twice is the same state, so a retry is safe. */
  addImageLabels(imageId: string, labels: AcsLabel[]) {
    return this.ws<{ RequestId?: string }>({ method: 'POST', path: `/api/v1/images/${seg(imageId)}/labels`, action: 'AddImageLabels', json: { Labels: labels }, idempotent: true });
  }
  removeImageLabel(imageId: string, key: string) {
    return this.ws<{ RequestId?: string }>({ method: 'DELETE', path: `/api/v1/images/${seg(imageId)}/labels/${seg(key)}`, action: 'RemoveImageLabels' });
  }
  /** `ClientToken` is a query parameter; with it the POST is safe to retry (same token → same build). */
  createImageBuild(body: CreateImageBuildRequest, clientToken: string) {
    return this.ws<CreateImageBuildResponse>({
      method: 'POST',
      path: '/api/v1/imagebuilds',
      action: 'CreateImageBuild',
      query: { ClientToken: clientToken },
      json: body,
      idempotent: true,
    });
  }

  // PAI-DLC ----------------------------------------------------------------------------------
  getJob(jobId: string, needDetail = true) {
    return this.job<JobDto>({ method: 'GET', path: `/api/v1/jobs/${seg(jobId)}`, action: 'GetJob', query: { NeedDetail: needDetail } });
  }
  listJobs(query: {
    WorkspaceId?: string;
    JobId?: string;
    JobIds?: string;
    JobType?: string;
    Status?: string;
    DisplayName?: string;
    StartTime?: string;
    EndTime?: string;
    SortBy?: string;
    Order?: 'asc' | 'desc';
    PageNumber?: number;
    PageSize?: number;
    ShowOwn?: boolean;
  }) {
    return this.job<ListJobsResponse>({ method: 'GET', path: '/api/v1/jobs', action: 'ListJobs', query });
  }
  stopJob(jobId: string) {
    // StopJob is naturally idempotent (stopping a stopped job is a no-op), so a retry is safe.
    return this.job<StopJobResponse>({ method: 'POST', path: `/api/v1/jobs/${seg(jobId)}/stop`, action: 'StopJob', idempotent: true });
  }
  getPodLogs(jobId: string, podId: string, query: { PodUid?: string; MaxLines?: number; StartTime?: string; EndTime?: string }) {
    return this.job<GetPodLogsResponse>({ method: 'GET', path: `/api/v1/jobs/${seg(jobId)}/pods/${seg(podId)}/logs`, action: 'GetPodLogs', query });
  }
  getJobEvents(jobId: string, query: { StartTime?: string; EndTime?: string; MaxEventsNum?: number } = {}) {
    return this.job<GetJobEventsResponse>({ method: 'GET', path: `/api/v1/jobs/${seg(jobId)}/events`, action: 'GetJobEvents', query });
  }

  async close(): Promise<void> {
    await Promise.all([this.workspace.close(), this.dlc.close()]);
  }
}

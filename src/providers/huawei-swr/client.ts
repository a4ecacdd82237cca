/**
 * Typed HTTP for the SWR `/v2/manage` API over the shared transport. One method per SDK operation;
 * no mapping here (that is `adapter.ts`). Auth is a per-attempt signer (AK/SK) or the IAM token header.
 */
import { createTransport, type ParsedUpstreamError, type Transport, type TransportOptions } from '../../http/transport.js';
import type {
  CreateNamespaceRequestBodyDto,
  CreateRepoRequestBodyDto,
  ListNamespacesResponseDto,
  ShowNamespaceDto,
  ShowReposRespDto,
  ShowReposTagRespDto,
  ShowRepoTagDto,
  ShowRepositoryDto,
  ShowUserRepositoryAuthDto,
  UpdateRepoRequestBodyDto,
} from './dto.js';
import { repositoryPathSegment } from './validate.js';
import { createSwrSigner, createSwrTokenSigner } from './sign.js';

export interface SwrClientConfig {
  /** `https://swr-api.<region>.myhuaweicloud.com` (or an emulator URL). */
  endpoint: string;
  ak?: string;
  sk?: string;
  /** IAM token (`SWR_AUTH_TOKEN`); used when no AK/SK pair is given. */
  authToken?: string;
  /** Clock for signing. @default () => new Date() */
  now?: () => Date;
  onCall?: TransportOptions['onCall'];
  retry?: TransportOptions['retry'];
}

/**
 * Reads the three error shapes SWR can answer with (NOTES.md "Error envelope"), in the order the Go SDK
 * tries them: `{error_code, error_msg}` (API Gateway / IAM), `{code, message}`, then the service's own
 * `[{errorCode, errorMessage, detail}]`; one level of nesting is looked into, as the SDK does.
 */
export function parseSwrError(status: number, body: string): ParsedUpstreamError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { code: String(status), message: body.slice(0, 300) || `HTTP ${status}` };
  }
  const fromObject = (o: Record<string, unknown>): ParsedUpstreamError | undefined => {
    if (typeof o.error_code === 'string' && typeof o.error_msg === 'string') return { code: o.error_code, message: o.error_msg };
    if (typeof o.code === 'string' && typeof o.message === 'string') return { code: o.code, message: o.message };
    if (typeof o.errorCode === 'string' && typeof o.errorMessage === 'string') return { code: o.errorCode, message: o.errorMessage };
    return undefined;
  };
  const first = Array.isArray(parsed) ? (parsed[0] as unknown) : parsed;
  if (first && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    const direct = fromObject(o);
    if (direct) return direct;
    for (const v of Object.values(o)) if (v && typeof v === 'object' && !Array.isArray(v)) {
      const nested = fromObject(v as Record<string, unknown>);
      if (nested) return nested;
    }
  }
  return { code: String(status), message: body.slice(0, 300) };
}

/** The total from `Content-Range` (`0-99/120`, also tolerating a unit prefix or `*\/120`). */
export function parseContentRangeTotal(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /\/\s*(\d+)\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

export interface ListReposQuery {
  namespace?: string;
  name?: string;
  category?: string;
  offset?: number;
  limit?: number;
  order_column?: string;
  order_type?: 'asc' | 'desc';
}

const ns = (namespace: string) => encodeURIComponent(namespace);

export class SwrClient {
  readonly transport: Transport;

  constructor(config: SwrClientConfig) {
    const signer =
      config.ak && config.sk
        ? createSwrSigner({ ak: config.ak, sk: config.sk, now: config.now })
        : config.authToken
          ? createSwrTokenSigner(config.authToken)
          : undefined;
    if (!signer) throw new Error('SWR needs HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or SWR_AUTH_TOKEN');
    this.transport = createTransport({
      provider: 'SWR',
      origin: config.endpoint,
      signer,
      // The SDK declares Content-Type required on every operation, GETs included. It is never signed.
      defaultHeaders: () => ({ 'content-type': 'application/json' }),
      parseError: (status, body) => parseSwrError(status, body),
      secrets: () => [config.ak, config.sk, config.authToken],
      onCall: config.onCall,
      retry: config.retry,
    });
  }

  async listNamespaces(): Promise<ShowNamespaceDto[]> {
    const res = await this.transport.json<ListNamespacesResponseDto>({ method: 'GET', path: '/v2/manage/namespaces' });
    return res.data?.namespaces ?? [];
  }

  async showNamespace(namespace: string): Promise<ShowNamespaceDto> {
    return (await this.transport.json<ShowNamespaceDto>({ method: 'GET', path: `/v2/manage/namespaces/${ns(namespace)}` })).data;
  }

  /** 201, empty body. */
  async createNamespace(body: CreateNamespaceRequestBodyDto): Promise<void> {
    await this.transport.json({ method: 'POST', path: '/v2/manage/namespaces', json: body });
  }

  async deleteNamespace(namespace: string): Promise<void> {
    await this.transport.json({ method: 'DELETE', path: `/v2/manage/namespaces/${ns(namespace)}` });
  }

  /** 201, no body; 409 when it exists. */
  async createRepo(namespace: string, body: CreateRepoRequestBodyDto): Promise<void> {
    await this.transport.json({ method: 'POST', path: `/v2/manage/namespaces/${ns(namespace)}/repos`, json: body });
  }

  async showRepository(namespace: string, repository: string): Promise<ShowRepositoryDto> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}`;
    return (await this.transport.json<ShowRepositoryDto>({ method: 'GET', path })).data;
  }

  /** PATCH answers 201 (not 200/204), no body. */
  async updateRepo(namespace: string, repository: string, body: UpdateRepoRequestBodyDto): Promise<void> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}`;
    await this.transport.json({ method: 'PATCH', path, json: body });
  }

  /** 204; 406 while the repository still holds images. */
  async deleteRepo(namespace: string, repository: string): Promise<void> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}`;
    await this.transport.json({ method: 'DELETE', path });
  }

  /** `GET /v2/manage/repos`: a bare array; the total comes in `Content-Range`. */
  async listReposDetails(query: ListReposQuery): Promise<{ items: ShowReposRespDto[]; total: number | undefined }> {
    const res = await this.transport.json<ShowReposRespDto[]>({ method: 'GET', path: '/v2/manage/repos', query: { ...query } });
    return { items: res.data ?? [], total: parseContentRangeTotal(res.headers['content-range']) };
  }

  async listRepositoryTags(
    namespace: string,
    repository: string,
    query: { offset?: number; limit?: number; order_column?: string; order_type?: 'asc' | 'desc'; tag?: string },
  ): Promise<{ items: ShowReposTagRespDto[]; total: number | undefined }> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}/tags`;
    const res = await this.transport.json<ShowReposTagRespDto[]>({ method: 'GET', path, query: { ...query } });
    return { items: res.data ?? [], total: parseContentRangeTotal(res.headers['content-range']) };
  }

  /** `ShowRepoTag`: one tag; note the lower-case `tag` (the list spells it `Tag`). */
  async showRepoTag(namespace: string, repository: string, tag: string): Promise<ShowRepoTagDto> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}/tags/${encodeURIComponent(tag)}`;
    return (await this.transport.json<ShowRepoTagDto>({ method: 'GET', path })).data;
  }

  /** `DeleteRepoTag`: 204 (the emulator), no body. */
  async deleteRepoTag(namespace: string, repository: string, tag: string): Promise<void> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}/tags/${encodeURIComponent(tag)}`;
    await this.transport.json({ method: 'DELETE', path });
  }

  /** `ShowUserRepositoryAuth`: the caller's and the other users' permissions on a repository. */
  async showUserRepositoryAuth(namespace: string, repository: string): Promise<ShowUserRepositoryAuthDto> {
    const path = `/v2/manage/namespaces/${ns(namespace)}/repos/${repositoryPathSegment(repository)}/access`;
    return (await this.transport.json<ShowUserRepositoryAuthDto>({ method: 'GET', path })).data;
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

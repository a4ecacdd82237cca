/**
 * Typed HTTP client of the TAC API over the shared transport. Every call carries
 * `Authorization: Bearer <CSP access token>`; a 401 invalidates that token and the call is sent once
 * more with a fresh one (the first attempt was refused before any effect, so even POST is safe).
 */
import { UpstreamHttpError } from '../../http/errors.js';
import { createTransport, type ParsedUpstreamError, type Transport, type TransportOptions, type UpstreamRequest } from '../../http/transport.js';
import type { CspTokenProvider } from './auth.js';
import type {
  CreatePrivateRegistryRequestDto,
  RegistryCredentialsDto,
  RegistryCredentialsRequestDto,
  BaseImageDetailedDto,
  BaseImageRequestDto,
  BaseImagesPageDto,
  BaseImagesQueryDto,
  OperatingSystemDetailedDto,
  ProblemDto,
  RegistriesPageDto,
  RegistriesQueryDto,
  RegistryDetailedDto,
  UpdateBaseImageRequestDto,
} from './dto.js';

/** TAC violation field → our input path, where the generic snake→camel rule is not enough. */
const FIELD_PATHS: Record<string, string> = {
  base_image_id: 'input.id',
  body: 'input',
};

/** `container_image` → `input.containerImage`; `createBaseImage.request.containerImage` → `input.containerImage`. */
export function violationFieldToInputPath(field: string | undefined): string {
  const last = (field ?? '').split('.').pop()?.trim() ?? '';
  if (!last) return 'input';
  const special = FIELD_PATHS[last];
  if (special) return special;
  return `input.${last.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;
}

/** Reads RFC 7807 problem details (`application/problem+json`) and their `violations`. */
export function parseTacError(status: number, body: string): ParsedUpstreamError {
  let problem: ProblemDto | undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) problem = parsed as ProblemDto;
  } catch {
    // not JSON (a proxy's HTML page): fall back to the status
  }
  if (!problem) return { code: `HTTP_${status}`, message: `HTTP ${status}` };
  const slug = typeof problem.type === 'string' && problem.type !== 'about:blank' ? problem.type.split('/').filter(Boolean).pop() : undefined;
  const code = slug ?? (typeof problem.title === 'string' ? problem.title : `HTTP_${status}`);
  const message = [problem.title, problem.detail].filter((s): s is string => typeof s === 'string' && s.length > 0).join(': ') || `HTTP ${status}`;
  const fieldErrors = Array.isArray(problem.violations)
    ? problem.violations.map((v) => ({ path: violationFieldToInputPath(v.field), message: typeof v.message === 'string' ? v.message : 'is invalid' }))
    : [];
  return { code, message, fieldErrors };
}

export interface TacClientOptions {
  apiUrl: string;
  auth: CspTokenProvider;
  onCall?: TransportOptions['onCall'];
  /** Transport overrides (retry policy, timeouts) for tests and benchmarks. */
  transport?: Partial<Pick<TransportOptions, 'retry' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'connections' | 'circuitBreaker'>>;
}

const enc = encodeURIComponent;

export class TacClient {
  private readonly transport: Transport;
  private readonly auth: CspTokenProvider;

  constructor(options: TacClientOptions) {
    this.auth = options.auth;
    this.transport = createTransport({
      ...options.transport,
      provider: 'TAC',
      origin: options.apiUrl,
      parseError: parseTacError,
      onCall: options.onCall,
    });
  }

  private async send<T>(request: UpstreamRequest): Promise<{ status: number; headers: Record<string, string>; data: T }> {
    const withBearer = (token: string): UpstreamRequest => ({
      ...request,
      headers: { accept: 'application/json, application/problem+json', ...request.headers, authorization: `Bearer ${token}` },
    });
    const token = await this.auth.getToken();
    try {
      return await this.transport.json<T>(withBearer(token));
    } catch (err) {
      if (!(err instanceof UpstreamHttpError) || err.status !== 401) throw err;
      this.auth.invalidate(token);
      return this.transport.json<T>(withBearer(await this.auth.getToken()));
    }
  }

  async listBaseImages(query: BaseImagesQueryDto): Promise<BaseImagesPageDto> {
    return (await this.send<BaseImagesPageDto>({ method: 'GET', path: '/v1/base-images', query: { ...query } })).data;
  }

  async getBaseImage(id: string): Promise<BaseImageDetailedDto> {
    return (await this.send<BaseImageDetailedDto>({ method: 'GET', path: `/v1/base-images/${enc(id)}` })).data;
  }

  /** 201 with no body: returns the `Location` header (absent → undefined). */
  async createBaseImage(body: BaseImageRequestDto): Promise<string | undefined> {
    return (await this.send<undefined>({ method: 'POST', path: '/v1/base-images', json: body })).headers.location;
  }

  /** 204. */
  async updateBaseImage(id: string, body: UpdateBaseImageRequestDto): Promise<void> {
    await this.send<undefined>({ method: 'PATCH', path: `/v1/base-images/${enc(id)}`, json: body });
  }

  /** 204. */
  async deleteBaseImage(id: string): Promise<void> {
    await this.send<undefined>({ method: 'DELETE', path: `/v1/base-images/${enc(id)}` });
  }

  async listRegistries(query: RegistriesQueryDto): Promise<RegistriesPageDto> {
    return (await this.send<RegistriesPageDto>({ method: 'GET', path: '/v1/registries', query: { ...query } })).data;
  }

  async getRegistry(id: string): Promise<RegistryDetailedDto> {
    return (await this.send<RegistryDetailedDto>({ method: 'GET', path: `/v1/registries/${enc(id)}` })).data;
  }

  /** 201 with no body; the new registry is the `Location` header. Never retried (a POST without idempotency). */
  async createRegistry(body: CreatePrivateRegistryRequestDto): Promise<string | undefined> {
    return (await this.send<undefined>({ method: 'POST', path: '/v1/registries', json: body })).headers.location;
  }

  /** 201 `{username, password}`: a new pair on every call, the password shown once. Never retried. */
  async createRegistryCredentials(id: string, body: RegistryCredentialsRequestDto): Promise<RegistryCredentialsDto> {
    return (await this.send<RegistryCredentialsDto>({ method: 'POST', path: `/v1/registries/${enc(id)}/credentials`, json: body })).data;
  }

  async getOperatingSystem(id: string): Promise<OperatingSystemDetailedDto> {
    return (await this.send<OperatingSystemDetailedDto>({ method: 'GET', path: `/v1/operating-systems/${enc(id)}` })).data;
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}

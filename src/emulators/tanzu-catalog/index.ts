/**
 * Emulator of the VMware Tanzu Application Catalog API (base images, registries, operating systems)
 * and of the VMware Cloud Services (CSP) token exchange it needs, both served from one origin.
 * Built from test/contracts/specs/tac/ (reconstructed from the doc pages) and shared/specs/tac/NOTES.md.
 *
 * Behaviour where the docs are silent (chosen here, and relied on by nobody but tests):
 *  - CSP refuses an unknown API token with 400 `{"statusCode":400,"error":"invalid_grant","message":…}`
 *    (RFC 6749 §5.2 shape plus CSP's `statusCode`/`message` members); the doc pages show no CSP error.
 *  - A missing, unknown or expired bearer on `/v1/*` is answered 401 in problem+json (the doc pages list
 *    no 401; 403 is what TAC documents for a valid token without the TAC service role).
 *  - DELETE marks a base image `DELETED` (soft delete, with `removed_at/by`); it stays readable by id and
 *    through `statuses=DELETED`, and the default list shows ACTIVE and DEPRECATED only.
 *  - An unknown `registry_id`/`operating_system_id` on create is a 400 violation (no 404 is documented for POST).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Router, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { createStore, type StoredBaseImage, type StoredBaseImageStatus, type StoredRegistry, type TacStore } from './seed.js';

export const CSP_AUTHORIZE_PATH = '/csp/gateway/am/api/auth/api-tokens/authorize';
/** The API token the emulator accepts unless told otherwise. */
export const TAC_EMULATOR_API_TOKEN = 'tac-emulator-csp-api-token';
const PROBLEM_JSON = 'application/problem+json';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `REPOSITORY_NAME/IMAGE_NAME:TAG`: a repository (optionally with a registry host[:port]), an image name and a tag; no digest. */
const CONTAINER_IMAGE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const BASE_IMAGE_STATUSES: readonly StoredBaseImageStatus[] = ['ACTIVE', 'DEPRECATED', 'DELETED'];
const REGISTRY_PROVIDERS = [
  'AMAZON_ELASTIC_CONTAINER_REGISTRY',
  'HARBOR',
  'NEXUS_CONTAINER_REGISTRY',
  'AZURE_CONTAINER_REGISTRY',
  'JFROG_CONTAINER_REGISTRY',
  'GITHUB_CONTAINER_REGISTRY',
  'GOOGLE_ARTIFACT_REGISTRY',
];
/** The organization's user every mutation is attributed to (the org comes from the CSP token). */
const EMULATOR_USER = 'gateway@acme.example';

export interface TacEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** The CSP API token the exchange accepts. @default TAC_EMULATOR_API_TOKEN */
  apiToken?: string;
  /** Lifetime of issued access tokens (`expires_in`). @default 1799, as CSP answers */
  accessTokenTtlSeconds?: number;
  /** Seed ~120 base images. Operating systems and registries are always seeded. @default true */
  seed?: boolean;
}

/** A JSON body the emulator received on `/v1/*`, for contract tests of what the adapter sends. */
export interface ReceivedBody {
  method: string;
  path: string;
  body: unknown;
}

export interface TacEmulator extends RunningEmulator {
  /** Successful CSP token exchanges so far. */
  readonly tokenExchanges: number;
  /** CSP exchanges refused (unknown API token, malformed request). */
  readonly refusedExchanges: number;
  /** `/v1/*` requests answered 401 (missing, unknown or expired bearer). */
  readonly unauthorizedRequests: number;
  /** JSON bodies received on `/v1/*`, in order. */
  readonly receivedBodies: ReceivedBody[];
  /** Invalidates every issued access token, as if they had expired upstream (next call answers 401). */
  revokeAccessTokens(): void;
  store: TacStore;
}

interface Violation {
  field: string;
  message: string;
}

function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}): EmulatorResponse {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    status,
    headers: { 'content-type': PROBLEM_JSON },
    body: { type: `https://api.app-catalog.vmware.com/problems/${slug}`, title, status, detail, ...extra },
  };
}

const TITLES: Record<number, string> = {
  400: 'Validation error',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** The kit's error envelope hook: RFC 7807 with `violations` on 400 (the spec marks it required). */
function errorResponse(status: number, message: string, instance?: string): EmulatorResponse {
  const title = TITLES[status] ?? `HTTP ${status}`;
  return problem(status, title, message, status === 400 ? { violations: [] } : instance ? { instance } : {});
}

function badRequest(violations: Violation[]): EmulatorResponse {
  return problem(400, 'Validation error', 'The request has constraint violations', { violations });
}

function notFound(what: string, id: string, path: string): EmulatorResponse {
  return problem(404, 'Not found', `${what} ${id} was not found`, { instance: path });
}

/** Pagination per the spec: `page` ≥ 1 (default 1), `page_size` 1–100 (default 20). */
function readPaging(q: URLSearchParams, violations: Violation[]): { page: number; pageSize: number } {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = q.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) {
      violations.push({ field: name, message: 'must be an integer' });
      return fallback;
    }
    if (value < min || value > max) {
      violations.push({ field: name, message: max === Number.MAX_SAFE_INTEGER ? `must be greater than or equal to ${min}` : `must be between ${min} and ${max}` });
      return fallback;
    }
    return value;
  };
  return { page: int('page', 1, 1, Number.MAX_SAFE_INTEGER), pageSize: int('page_size', 20, 1, 100) };
}

function readBoolean(q: URLSearchParams, name: string, violations: Violation[]): boolean | undefined {
  const raw = q.get(name);
  if (raw === null) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  violations.push({ field: name, message: 'must be true or false' });
  return undefined;
}

function paginate<T>(items: T[], page: number, pageSize: number) {
  const totalSize = items.length;
  return {
    page,
    page_size: pageSize,
    total_size: totalSize,
    total_pages: Math.ceil(totalSize / pageSize),
    items: items.slice((page - 1) * pageSize, page * pageSize),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJsonBody(req: EmulatorRequest): Promise<{ ok: true; body: unknown } | { ok: false; response: EmulatorResponse }> {
  const raw = await req.body();
  if (!raw.length) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false, response: problem(400, 'Validation error', 'The request body is not valid JSON', { violations: [] }) };
  }
}

function requireString(body: Record<string, unknown>, field: string, violations: Violation[], allowEmpty = false): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) violations.push({ field, message: 'must not be null' });
  else if (typeof value !== 'string') violations.push({ field, message: 'must be a string' });
  else if (!allowEmpty && value.trim() === '') violations.push({ field, message: 'must not be blank' });
  else return value;
  return undefined;
}

export async function startTacEmulator(options: TacEmulatorOptions = {}): Promise<TacEmulator> {
  const apiToken = options.apiToken ?? TAC_EMULATOR_API_TOKEN;
  const ttlSeconds = options.accessTokenTtlSeconds ?? 1799;
  const store = createStore({ seedBaseImages: options.seed ?? true });
  /** access token → expiry (ms since epoch). */
  const accessTokens = new Map<string, number>();
  const receivedBodies: ReceivedBody[] = [];
  let tokenExchanges = 0;
  let refusedExchanges = 0;
  let unauthorizedRequests = 0;

  // ── CSP ───────────────────────────────────────────────────────────────────────────────────────
  /** A JWT-shaped opaque token (TAC clients must not parse it; we only look it up). */
  function issueAccessToken(): string {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${b64({ sub: EMULATOR_USER, iat: now, exp: now + ttlSeconds, jti: randomUUID(), context_name: 'acme-org' })}.${randomBytes(32).toString('base64url')}`;
    accessTokens.set(token, Date.now() + ttlSeconds * 1000);
    return token;
  }

  function cspError(status: number, error: string, message: string): EmulatorResponse {
    return { status, headers: { 'content-type': 'application/json' }, body: { statusCode: status, error, message, requestId: randomUUID() } };
  }

  /**
   * `POST /csp/gateway/am/api/auth/api-tokens/authorize`. Accepts the forms the doc pages show:
   * form body `grant_type=refresh_token&api_token=…` (or `refresh_token=…`, the Core-Org page), or
   * the token in the query string `?refresh_token=…`.
   */
  async function authorize(req: EmulatorRequest): Promise<EmulatorResponse> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const raw = (await req.body()).toString('utf8');
    if (raw.length && type !== 'application/x-www-form-urlencoded') {
      refusedExchanges += 1;
      return cspError(415, 'unsupported_media_type', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(raw);
    const grantType = form.get('grant_type');
    if (grantType !== null && grantType !== 'refresh_token') {
      refusedExchanges += 1;
      return cspError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
    }
    const presented = form.get('api_token') ?? form.get('refresh_token') ?? req.query.get('refresh_token') ?? req.query.get('api_token');
    if (!presented) {
      refusedExchanges += 1;
      return cspError(400, 'invalid_request', 'api_token is required');
    }
    if (presented !== apiToken) {
      refusedExchanges += 1;
      return cspError(400, 'invalid_grant', 'invalid_grant: Invalid refresh token');
    }
    tokenExchanges += 1;
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: {
        id_token: null,
        token_type: 'bearer',
        expires_in: ttlSeconds,
        scope: 'ALL_PERMISSIONS customer_number openid group_ids group_names',
        access_token: issueAccessToken(),
        refresh_token: apiToken,
      },
    };
  }

  /** Bearer check for `/v1/*`, run before routing. */
  function authenticate(req: EmulatorRequest): EmulatorResponse | undefined {
    if (!req.path.startsWith('/v1/')) return undefined;
    const header = String(req.headers.authorization ?? '');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const expiresAt = match?.[1] ? accessTokens.get(match[1]) : undefined;
    let detail: string | undefined;
    if (!match) detail = 'Missing bearer token';
    else if (expiresAt === undefined) detail = 'The access token is not valid';
    else if (expiresAt <= Date.now()) detail = 'The access token has expired';
    if (!detail) return undefined;
    unauthorizedRequests += 1;
    const out = problem(401, 'Unauthorized', detail);
    out.headers = { ...out.headers, 'www-authenticate': 'Bearer error="invalid_token"' };
    return out;
  }

  // ── TAC views ─────────────────────────────────────────────────────────────────────────────────
  function baseImageView(b: StoredBaseImage) {
    const os = store.operatingSystems.get(b.operating_system_id);
    const registry = store.registries.get(b.registry_id);
    const { operating_system_id: _os, registry_id: _reg, shared: _shared, ...wire } = b;
    return {
      ...wire,
      ...(os ? { operating_system: { id: os.id, name: os.name, distro: os.distro, version: os.version } } : {}),
      ...(registry
        ? { pull_registry: { id: registry.id, name: registry.name, url: registry.url, healthy: registry.healthy, last_checked_at: registry.last_checked_at } }
        : {}),
      _links: {
        pull_registry: { href: `/v1/registries/${b.registry_id}` },
        // The doc example spells this link singular (`/v1/operating-system/…`); the emulator keeps that quirk.
        operating_system: { href: `/v1/operating-system/${b.operating_system_id}` },
      },
    };
  }

  function registryView(r: StoredRegistry) {
    let applicationCount = 0;
    for (const b of store.baseImages.values()) if (b.registry_id === r.id && b.status !== 'DELETED') applicationCount += b.application_count;
    return { ...r, application_count: applicationCount, _links: { credentials: { href: `/v1/registries/${r.id}/credentials` } } };
  }

  function locationOf(req: EmulatorRequest, path: string): string {
    const host = String(req.headers.host ?? '127.0.0.1');
    return `http://${host}${path}`;
  }

  async function recordBody(req: EmulatorRequest): Promise<{ ok: true; body: unknown } | { ok: false; response: EmulatorResponse }> {
    const parsed = await readJsonBody(req);
    if (parsed.ok) receivedBodies.push({ method: req.method, path: req.path, body: parsed.body });
    return parsed;
  }

  const router = new Router();
  router.on('POST', CSP_AUTHORIZE_PATH, authorize);

  // GET /v1/base-images — ordered by name.
  router.on('GET', '/v1/base-images', (req) => {
    const q = req.query;
    const violations: Violation[] = [];
    const { page, pageSize } = readPaging(q, violations);
    const shared = readBoolean(q, 'shared', violations);
    readBoolean(q, 'bac', violations);
    const withApplications = readBoolean(q, 'with_applications', violations) ?? false;
    // `style: form, explode: false`: `statuses=DEPRECATED,DELETED`; repeated keys are accepted too.
    const statusValues = q.getAll('statuses').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    for (const s of statusValues) {
      if (!(BASE_IMAGE_STATUSES as readonly string[]).includes(s)) violations.push({ field: 'statuses', message: `must be one of ${BASE_IMAGE_STATUSES.join(', ')}` });
    }
    if (violations.length) return badRequest(violations);
    const statuses = statusValues.length ? statusValues : ['ACTIVE', 'DEPRECATED'];
    const name = q.get('name')?.trim().toLowerCase();
    const packagingType = q.get('packaging_type');
    const items = [...store.baseImages.values()]
      .filter((b) => statuses.includes(b.status))
      .filter((b) => !name || b.name.toLowerCase().includes(name))
      .filter((b) => !packagingType || b.packaging_type === packagingType)
      .filter((b) => shared === undefined || b.shared === shared)
      .filter((b) => !withApplications || b.application_count > 0)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out = paginate(items, page, pageSize);
    return { status: 200, body: { ...out, items: out.items.map(baseImageView) } };
  });

  router.on('POST', '/v1/base-images', async (req) => {
    const parsed = await recordBody(req);
    if (!parsed.ok) return parsed.response;
    const body = parsed.body;
    if (!isObject(body)) return badRequest([{ field: 'body', message: 'must be a BaseImageRequest object' }]);
    const violations: Violation[] = [];
    const name = requireString(body, 'name', violations);
    const description = requireString(body, 'description', violations, true);
    const registryId = requireString(body, 'registry_id', violations);
    const containerImage = requireString(body, 'container_image', violations);
    const osId = requireString(body, 'operating_system_id', violations);
    if (containerImage !== undefined && !CONTAINER_IMAGE.test(containerImage)) {
      violations.push({ field: 'container_image', message: 'must match REPOSITORY_NAME/IMAGE_NAME:TAG' });
    }
    const registry = registryId !== undefined ? store.registries.get(registryId) : undefined;
    if (registryId !== undefined && (!registry || registry.removed_at)) violations.push({ field: 'registry_id', message: 'registry not found' });
    const os = osId !== undefined ? store.operatingSystems.get(osId) : undefined;
    if (osId !== undefined && !os) violations.push({ field: 'operating_system_id', message: 'operating system not found' });
    if (violations.length || !registry || !os || name === undefined || description === undefined || containerImage === undefined) return badRequest(violations);
    const now = new Date().toISOString();
    const id = randomUUID();
    store.baseImages.set(id, {
      id,
      name,
      description,
      container_image: containerImage,
      operating_system_id: os.id,
      registry_id: registry.id,
      healthy: true,
      last_checked_at: now,
      application_count: 0,
      status: 'ACTIVE',
      packaging_type: 'CONTAINER_IMAGE',
      platforms: [{ os_family: 'linux', architecture: 'amd64' }],
      shared: false,
      created_at: now,
      created_by: EMULATOR_USER,
      updated_at: now,
      updated_by: EMULATOR_USER,
    });
    return { status: 201, headers: { location: locationOf(req, `/v1/base-images/${id}`) } };
  });

  const baseImageById = (req: EmulatorRequest): StoredBaseImage | EmulatorResponse => {
    const id = req.params.base_image_id ?? '';
    if (!UUID.test(id)) return badRequest([{ field: 'base_image_id', message: 'must be a valid UUID' }]);
    return store.baseImages.get(id) ?? notFound('Base image', id, req.path);
  };
  const isResponse = (v: unknown): v is EmulatorResponse => isObject(v) && typeof v.status === 'number' && !('id' in v);

  router.on('GET', '/v1/base-images/:base_image_id', (req) => {
    const found = baseImageById(req);
    return isResponse(found) ? found : { status: 200, body: baseImageView(found) };
  });

  router.on('PATCH', '/v1/base-images/:base_image_id', async (req) => {
    const parsed = await recordBody(req);
    if (!parsed.ok) return parsed.response;
    const found = baseImageById(req);
    if (isResponse(found)) return found;
    if (found.status === 'DELETED') return notFound('Base image', found.id, req.path);
    const body = parsed.body;
    if (!isObject(body)) return badRequest([{ field: 'body', message: 'must be an UpdateBaseImageRequest object' }]);
    const violations: Violation[] = [];
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) violations.push({ field: 'name', message: 'must not be blank' });
    if (body.description !== undefined && typeof body.description !== 'string') violations.push({ field: 'description', message: 'must be a string' });
    if (violations.length) return badRequest(violations);
    if (typeof body.name === 'string') found.name = body.name;
    if (typeof body.description === 'string') found.description = body.description;
    found.updated_at = new Date().toISOString();
    found.updated_by = EMULATOR_USER;
    return { status: 204 };
  });

  router.on('DELETE', '/v1/base-images/:base_image_id', (req) => {
    const found = baseImageById(req);
    if (isResponse(found)) return found;
    if (found.status === 'DELETED') return notFound('Base image', found.id, req.path);
    const now = new Date().toISOString();
    found.status = 'DELETED';
    found.removed_at = now;
    found.removed_by = EMULATOR_USER;
    found.updated_at = now;
    found.updated_by = EMULATOR_USER;
    return { status: 204 };
  });

  router.on('GET', '/v1/registries', (req) => {
    const q = req.query;
    const violations: Violation[] = [];
    const { page, pageSize } = readPaging(q, violations);
    const removed = readBoolean(q, 'removed', violations);
    const flags = {
      hosted: readBoolean(q, 'hosted', violations),
      vmware_managed: readBoolean(q, 'vmware_managed', violations),
      shared: readBoolean(q, 'shared', violations),
      owned: readBoolean(q, 'owned', violations),
    };
    if (violations.length) return badRequest(violations);
    const provider = q.get('provider');
    const items = [...store.registries.values()]
      .filter((r) => (removed ?? false) === Boolean(r.removed_at))
      .filter((r) => !provider || r.provider === provider)
      .filter((r) => (Object.keys(flags) as (keyof typeof flags)[]).every((k) => flags[k] === undefined || r[k] === flags[k]))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out = paginate(items, page, pageSize);
    return { status: 200, body: { ...out, items: out.items.map(registryView) } };
  });

  router.on('POST', '/v1/registries', async (req) => {
    const parsed = await recordBody(req);
    if (!parsed.ok) return parsed.response;
    const body = parsed.body;
    if (!isObject(body)) return badRequest([{ field: 'body', message: 'must be a CreatePrivateRegistryRequest object' }]);
    const violations: Violation[] = [];
    const name = requireString(body, 'name', violations);
    const description = requireString(body, 'description', violations, true);
    const provider = requireString(body, 'provider', violations);
    const url = requireString(body, 'url', violations);
    requireString(body, 'access_secret', violations);
    if (provider !== undefined && !REGISTRY_PROVIDERS.includes(provider)) violations.push({ field: 'provider', message: `must be one of ${REGISTRY_PROVIDERS.join(', ')}` });
    if (body.access_key !== undefined && typeof body.access_key !== 'string') violations.push({ field: 'access_key', message: 'must be a string' });
    if (violations.length || name === undefined || description === undefined || provider === undefined || url === undefined) return badRequest(violations);
    const now = new Date().toISOString();
    const id = randomUUID();
    store.registries.set(id, {
      id,
      name,
      url,
      healthy: true,
      last_checked_at: now,
      description,
      hosted: false,
      vmware_managed: false,
      shared: false,
      owned: true,
      provider,
      flavor: 'STANDALONE',
      created_at: now,
      created_by: EMULATOR_USER,
      updated_at: now,
      updated_by: EMULATOR_USER,
      credentials_limit: 0,
    });
    return { status: 201, headers: { location: locationOf(req, `/v1/registries/${id}`) } };
  });

  router.on('GET', '/v1/registries/:registry_id', (req) => {
    const id = req.params.registry_id ?? '';
    if (!UUID.test(id)) return badRequest([{ field: 'registry_id', message: 'must be a valid UUID' }]);
    const r = store.registries.get(id);
    return r ? { status: 200, body: registryView(r) } : notFound('Registry', id, req.path);
  });

  /** Credentials exist only for registries TAC manages; each call mints a new pair (the password is shown once). */
  router.on('POST', '/v1/registries/:registry_id/credentials', async (req) => {
    const parsed = await recordBody(req);
    if (!parsed.ok) return parsed.response;
    const id = req.params.registry_id ?? '';
    if (!UUID.test(id)) return badRequest([{ field: 'registry_id', message: 'must be a valid UUID' }]);
    const r = store.registries.get(id);
    if (!r) return notFound('Registry', id, req.path);
    const body = parsed.body;
    if (!isObject(body)) return badRequest([{ field: 'body', message: 'must be an object' }]);
    const violations: Violation[] = [];
    requireString(body, 'description', violations);
    if (!r.vmware_managed) violations.push({ field: 'registry_id', message: 'credentials can only be created for registries managed by the catalog' });
    if (violations.length) return badRequest(violations);
    const credentialId = randomUUID();
    return {
      status: 201,
      headers: { location: locationOf(req, `/v1/registries/${id}/credentials/${credentialId}`) },
      body: { username: '_json_key', password: randomBytes(24).toString('base64url') },
    };
  });

  router.on('GET', '/v1/operating-systems/:operating_system_id', (req) => {
    const id = req.params.operating_system_id ?? '';
    if (!UUID.test(id)) return badRequest([{ field: 'operating_system_id', message: 'must be a valid UUID' }]);
    const os = store.operatingSystems.get(id);
    return os ? { status: 200, body: os } : notFound('Operating system', id, req.path);
  });

  const running = await startEmulator({
    provider: 'tac',
    router,
    port: options.port,
    faults: options.faults,
    errorResponse: (status, message) => errorResponse(status, message),
    // One origin serves both; CSP_URL is the console base the adapter appends CSP_AUTHORIZE_PATH to.
    env: (url) => ({ TAC_API_URL: url, CSP_URL: url, CSP_API_TOKEN: apiToken }),
    before: authenticate,
  });

  const emulator = Object.defineProperties(running, {
    tokenExchanges: { get: () => tokenExchanges, enumerable: true },
    refusedExchanges: { get: () => refusedExchanges, enumerable: true },
    unauthorizedRequests: { get: () => unauthorizedRequests, enumerable: true },
    receivedBodies: { value: receivedBodies, enumerable: true },
    revokeAccessTokens: { value: () => accessTokens.clear(), enumerable: true },
    store: { value: store, enumerable: true },
  });
  return emulator as TacEmulator;
}

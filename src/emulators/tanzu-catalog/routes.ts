/**
 * The TAC endpoints (base images, registries, operating systems) and the CSP token exchange, one
 * function each, and the router table that lists them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { bindTo, isJsonObject, isRefusal, pageOf, parseJsonBody, Router, type EmulatorRequest, type EmulatorResponse } from '../kit.js';
import { badRequest, cspError, notFound, problem, type Violation } from './errors.js';
import {
  addBaseImage,
  addRegistry,
  applicationCount,
  EMULATOR_USER,
  removeBaseImage,
  updateBaseImage,
  type ReceivedBody,
  type StoredBaseImage,
  type StoredBaseImageStatus,
  type StoredRegistry,
  type TacStore,
} from './store.js';

export const CSP_AUTHORIZE_PATH = '/csp/gateway/am/api/auth/api-tokens/authorize';

/** What the handlers share: the catalogue, the CSP session state, and what is counted and recorded. */
export interface TacRouteContext {
  store: TacStore;
  /** The CSP API token the exchange accepts. */
  apiToken: string;
  /** Lifetime of issued access tokens (`expires_in`). */
  ttlSeconds: number;
  /** Issued access token → expiry (ms since epoch). */
  accessTokens: Map<string, number>;
  receivedBodies: ReceivedBody[];
  counts: { tokenExchanges: number; refusedExchanges: number; unauthorizedRequests: number };
}

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

function requireString(body: Record<string, unknown>, field: string, violations: Violation[], allowEmpty = false): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) violations.push({ field, message: 'must not be null' });
  else if (typeof value !== 'string') violations.push({ field, message: 'must be a string' });
  else if (!allowEmpty && value.trim() === '') violations.push({ field, message: 'must not be blank' });
  else return value;
  return undefined;
}

function paginate<T>(items: T[], page: number, pageSize: number) {
  const totalSize = items.length;
  return { page, page_size: pageSize, total_size: totalSize, total_pages: Math.ceil(totalSize / pageSize), items: pageOf(items, page, pageSize) };
}

/** The JSON body, recorded (for contract tests) when it parses; a body that does not parse is a 400. */
async function recordBody(ctx: TacRouteContext, req: EmulatorRequest): Promise<{ ok: true; body: unknown } | { ok: false; response: EmulatorResponse }> {
  const parsed = await parseJsonBody(req);
  if (!parsed.ok) return { ok: false, response: problem(400, 'Validation error', 'The request body is not valid JSON', { violations: [] }) };
  ctx.receivedBodies.push({ method: req.method, path: req.path, body: parsed.body });
  return parsed;
}

function locationOf(req: EmulatorRequest, path: string): string {
  const host = String(req.headers.host ?? '127.0.0.1');
  return `http://${host}${path}`;
}

function baseImageById(ctx: TacRouteContext, req: EmulatorRequest): StoredBaseImage | EmulatorResponse {
  const id = req.params.base_image_id ?? '';
  if (!UUID.test(id)) return badRequest([{ field: 'base_image_id', message: 'must be a valid UUID' }]);
  return ctx.store.baseImages.get(id) ?? notFound('Base image', id, req.path);
}

// ── views ───────────────────────────────────────────────────────────────────────────────────────
function baseImageView(store: TacStore, b: StoredBaseImage) {
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

function registryView(store: TacStore, r: StoredRegistry) {
  return { ...r, application_count: applicationCount(store, r.id), _links: { credentials: { href: `/v1/registries/${r.id}/credentials` } } };
}

// ── CSP ─────────────────────────────────────────────────────────────────────────────────────────
/** A JWT-shaped opaque token (TAC clients must not parse it; we only look it up). */
function issueAccessToken(ctx: TacRouteContext): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const token = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${b64({ sub: EMULATOR_USER, iat: now, exp: now + ctx.ttlSeconds, jti: randomUUID(), context_name: 'acme-org' })}.${randomBytes(32).toString('base64url')}`;
  ctx.accessTokens.set(token, Date.now() + ctx.ttlSeconds * 1000);
  return token;
}

/**
 * `POST /csp/gateway/am/api/auth/api-tokens/authorize`. Accepts the forms the doc pages show:
 * form body `grant_type=refresh_token&api_token=…` (or `refresh_token=…`, the Core-Org page), or
 * the token in the query string `?refresh_token=…`.
 */
async function authorize(ctx: TacRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const raw = (await req.body()).toString('utf8');
  if (raw.length && type !== 'application/x-www-form-urlencoded') {
    ctx.counts.refusedExchanges += 1;
    return cspError(415, 'unsupported_media_type', 'Content-Type must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(raw);
  const grantType = form.get('grant_type');
  if (grantType !== null && grantType !== 'refresh_token') {
    ctx.counts.refusedExchanges += 1;
    return cspError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
  }
  const presented = form.get('api_token') ?? form.get('refresh_token') ?? req.query.get('refresh_token') ?? req.query.get('api_token');
  if (!presented) {
    ctx.counts.refusedExchanges += 1;
    return cspError(400, 'invalid_request', 'api_token is required');
  }
  if (presented !== ctx.apiToken) {
    ctx.counts.refusedExchanges += 1;
    return cspError(400, 'invalid_grant', 'invalid_grant: Invalid refresh token');
  }
  ctx.counts.tokenExchanges += 1;
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: {
      id_token: null,
      token_type: 'bearer',
      expires_in: ctx.ttlSeconds,
      scope: 'ALL_PERMISSIONS customer_number openid group_ids group_names',
      access_token: issueAccessToken(ctx),
      refresh_token: ctx.apiToken,
    },
  };
}

// ── TAC ─────────────────────────────────────────────────────────────────────────────────────────
/** GET /v1/base-images: ordered by name; ACTIVE and DEPRECATED unless `statuses` says otherwise. */
function listBaseImages(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
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
  const items = [...ctx.store.baseImages.values()]
    .filter((b) => statuses.includes(b.status))
    .filter((b) => !name || b.name.toLowerCase().includes(name))
    .filter((b) => !packagingType || b.packaging_type === packagingType)
    .filter((b) => shared === undefined || b.shared === shared)
    .filter((b) => !withApplications || b.application_count > 0)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = paginate(items, page, pageSize);
  return { status: 200, body: { ...out, items: out.items.map((b) => baseImageView(ctx.store, b)) } };
}

/** POST /v1/base-images: 201 with a `location`, no body. */
async function createBaseImage(ctx: TacRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const parsed = await recordBody(ctx, req);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body;
  if (!isJsonObject(body)) return badRequest([{ field: 'body', message: 'must be a BaseImageRequest object' }]);
  const violations: Violation[] = [];
  const name = requireString(body, 'name', violations);
  const description = requireString(body, 'description', violations, true);
  const registryId = requireString(body, 'registry_id', violations);
  const containerImage = requireString(body, 'container_image', violations);
  const osId = requireString(body, 'operating_system_id', violations);
  if (containerImage !== undefined && !CONTAINER_IMAGE.test(containerImage)) {
    violations.push({ field: 'container_image', message: 'must match REPOSITORY_NAME/IMAGE_NAME:TAG' });
  }
  const registry = registryId !== undefined ? ctx.store.registries.get(registryId) : undefined;
  if (registryId !== undefined && (!registry || registry.removed_at)) violations.push({ field: 'registry_id', message: 'registry not found' });
  const os = osId !== undefined ? ctx.store.operatingSystems.get(osId) : undefined;
  if (osId !== undefined && !os) violations.push({ field: 'operating_system_id', message: 'operating system not found' });
  if (violations.length || !registry || !os || name === undefined || description === undefined || containerImage === undefined) return badRequest(violations);
  const id = addBaseImage(ctx.store, { name, description, containerImage, operatingSystem: os, registry });
  return { status: 201, headers: { location: locationOf(req, `/v1/base-images/${id}`) } };
}

/** GET /v1/base-images/{id}: DELETED images stay readable. */
function getBaseImage(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
  const found = baseImageById(ctx, req);
  return isRefusal(found) ? found : { status: 200, body: baseImageView(ctx.store, found) };
}

/** PATCH /v1/base-images/{id}: name and/or description. */
async function patchBaseImage(ctx: TacRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const parsed = await recordBody(ctx, req);
  if (!parsed.ok) return parsed.response;
  const found = baseImageById(ctx, req);
  if (isRefusal(found)) return found;
  if (found.status === 'DELETED') return notFound('Base image', found.id, req.path);
  const body = parsed.body;
  if (!isJsonObject(body)) return badRequest([{ field: 'body', message: 'must be an UpdateBaseImageRequest object' }]);
  const violations: Violation[] = [];
  if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) violations.push({ field: 'name', message: 'must not be blank' });
  if (body.description !== undefined && typeof body.description !== 'string') violations.push({ field: 'description', message: 'must be a string' });
  if (violations.length) return badRequest(violations);
  updateBaseImage(found, {
    ...(typeof body.name === 'string' ? { name: body.name } : {}),
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
  });
  return { status: 204 };
}

/** DELETE /v1/base-images/{id}: a soft delete. */
function deleteBaseImage(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
  const found = baseImageById(ctx, req);
  if (isRefusal(found)) return found;
  if (found.status === 'DELETED') return notFound('Base image', found.id, req.path);
  removeBaseImage(found);
  return { status: 204 };
}

/** GET /v1/registries: ordered by name; removed ones only with `removed=true`. */
function listRegistries(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
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
  const items = [...ctx.store.registries.values()]
    .filter((r) => (removed ?? false) === Boolean(r.removed_at))
    .filter((r) => !provider || r.provider === provider)
    .filter((r) => (Object.keys(flags) as (keyof typeof flags)[]).every((k) => flags[k] === undefined || r[k] === flags[k]))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = paginate(items, page, pageSize);
  return { status: 200, body: { ...out, items: out.items.map((r) => registryView(ctx.store, r)) } };
}

/** POST /v1/registries: a private registry the organization owns. */
async function createRegistry(ctx: TacRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const parsed = await recordBody(ctx, req);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body;
  if (!isJsonObject(body)) return badRequest([{ field: 'body', message: 'must be a CreatePrivateRegistryRequest object' }]);
  const violations: Violation[] = [];
  const name = requireString(body, 'name', violations);
  const description = requireString(body, 'description', violations, true);
  const provider = requireString(body, 'provider', violations);
  const url = requireString(body, 'url', violations);
  requireString(body, 'access_secret', violations);
  if (provider !== undefined && !REGISTRY_PROVIDERS.includes(provider)) violations.push({ field: 'provider', message: `must be one of ${REGISTRY_PROVIDERS.join(', ')}` });
  if (body.access_key !== undefined && typeof body.access_key !== 'string') violations.push({ field: 'access_key', message: 'must be a string' });
  if (violations.length || name === undefined || description === undefined || provider === undefined || url === undefined) return badRequest(violations);
  const id = addRegistry(ctx.store, { name, description, provider, url });
  return { status: 201, headers: { location: locationOf(req, `/v1/registries/${id}`) } };
}

/** GET /v1/registries/{id}. */
function getRegistry(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
  const id = req.params.registry_id ?? '';
  if (!UUID.test(id)) return badRequest([{ field: 'registry_id', message: 'must be a valid UUID' }]);
  const r = ctx.store.registries.get(id);
  return r ? { status: 200, body: registryView(ctx.store, r) } : notFound('Registry', id, req.path);
}

/** POST /v1/registries/{id}/credentials: only for registries TAC manages; each call mints a new pair (the password is shown once). */
async function createRegistryCredentials(ctx: TacRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const parsed = await recordBody(ctx, req);
  if (!parsed.ok) return parsed.response;
  const id = req.params.registry_id ?? '';
  if (!UUID.test(id)) return badRequest([{ field: 'registry_id', message: 'must be a valid UUID' }]);
  const r = ctx.store.registries.get(id);
  if (!r) return notFound('Registry', id, req.path);
  const body = parsed.body;
  if (!isJsonObject(body)) return badRequest([{ field: 'body', message: 'must be an object' }]);
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
}

/** GET /v1/operating-systems/{id}. */
function getOperatingSystem(ctx: TacRouteContext, req: EmulatorRequest): EmulatorResponse {
  const id = req.params.operating_system_id ?? '';
  if (!UUID.test(id)) return badRequest([{ field: 'operating_system_id', message: 'must be a valid UUID' }]);
  const os = ctx.store.operatingSystems.get(id);
  return os ? { status: 200, body: os } : notFound('Operating system', id, req.path);
}

/** The router table: the CSP exchange and every TAC endpoint. */
export function tacRoutes(ctx: TacRouteContext): Router {
  const bind = bindTo(ctx);
  return new Router()
    .on('POST', CSP_AUTHORIZE_PATH, bind(authorize))
    .on('GET', '/v1/base-images', bind(listBaseImages))
    .on('POST', '/v1/base-images', bind(createBaseImage))
    .on('GET', '/v1/base-images/:base_image_id', bind(getBaseImage))
    .on('PATCH', '/v1/base-images/:base_image_id', bind(patchBaseImage))
    .on('DELETE', '/v1/base-images/:base_image_id', bind(deleteBaseImage))
    .on('GET', '/v1/registries', bind(listRegistries))
    .on('POST', '/v1/registries', bind(createRegistry))
    .on('GET', '/v1/registries/:registry_id', bind(getRegistry))
    .on('POST', '/v1/registries/:registry_id/credentials', bind(createRegistryCredentials))
    .on('GET', '/v1/operating-systems/:operating_system_id', bind(getOperatingSystem));
}

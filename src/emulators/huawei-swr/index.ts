/**
 * Huawei Cloud SWR emulator: the shared-edition `/v2/manage` namespace, repository and tag operations,
 * with the service's odd status codes (create 201, update 201, delete 204, 406 for a repository that still
 * holds images), `Content-Range` totals on the v2 lists, SWR error bodies, and authentication verified the
 * way the API Gateway does it: the `SDK-HMAC-SHA256` signature recomputed from the received request and
 * compared in constant time, `X-Sdk-Date` skew limited, unknown access keys refused; or an IAM token.
 *
 * Error shapes (NOTES.md "Error envelope"): service errors as the doc appendix shows them,
 * `[{"errorCode":"SVCSTG.SWR.…","errorMessage":"…","detail":""}]`; gateway-level errors (authentication,
 * throttling, unknown API) as `{"error_code":"APIG.…","error_msg":"…","request_id":"…"}`.
 * Codes the notes name are used as named (4000014, 4060012, 4090006, 4010000); the APIG codes follow the
 * Huawei API Gateway convention (APIG.0301 IAM authentication, APIG.0308 throttling, APIG.0101 no such API).
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Router, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import type {
  ListNamespacesResponseDto,
  ShowNamespaceDto,
  ShowRepoTagDto,
  ShowReposRespDto,
  ShowReposTagRespDto,
  ShowRepositoryDto,
  ShowUserRepositoryAuthDto,
} from '../../providers/huawei-swr/dto.js';
import { namespaceNameError, repositoryFromPathSegment, repositoryNameError, SWR_CATEGORY_WIRE_VALUES } from '../../providers/huawei-swr/validate.js';
import { AUTH_TOKEN_HEADER, verifySwrSignature } from '../../providers/huawei-swr/sign.js';
import {
  SWR_EMULATOR_DOMAIN,
  SWR_EMULATOR_INTERNAL_REGISTRY,
  SWR_EMULATOR_REGISTRY,
  SWR_EMULATOR_SELF_USER,
  SwrStore,
  swrTime,
  type RepositoryState,
  type TagState,
} from './store.js';

export { SwrStore } from './store.js';

/** Demo credentials the emulator accepts by default (printed in `env`, never real). */
export const SWR_EMULATOR_DEFAULT_CREDENTIALS = { ak: 'SWREMULATORAK0000001', sk: 'swr-emulator-demo-secret-key-0001' };

export interface SwrEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** Accepted AK/SK pairs. @default [SWR_EMULATOR_DEFAULT_CREDENTIALS] */
  credentials?: { ak: string; sk: string }[];
  /** When set, `X-Auth-Token: <authToken>` is accepted as well. @default undefined */
  authToken?: string;
  /** Demo data. @default true */
  seed?: boolean;
  /** Allowed `X-Sdk-Date` skew. @default 15 */
  maxSkewMinutes?: number;
  /** Server clock (signature skew, timestamps). @default () => new Date() */
  now?: () => Date;
}

export interface RunningSwrEmulator extends RunningEmulator {
  credentials: { ak: string; sk: string }[];
  authToken?: string;
  /** The emulator's state, for tests (e.g. `store.addTag` stands in for a `docker push`). */
  store: SwrStore;
}

/** Error codes. Named in the notes: 4000014, 4010000, 4060012, 4090006; the others are the emulator's choice. */
export const SWR_ERROR_CODES = {
  INVALID_PARAMETER: 'SVCSTG.SWR.4000014',
  TOKEN_INVALID: 'SVCSTG.SWR.4010000',
  NAMESPACE_NOT_FOUND: 'SVCSTG.SWR.4040001',
  REPOSITORY_NOT_FOUND: 'SVCSTG.SWR.4040002',
  TAG_NOT_FOUND: 'SVCSTG.SWR.4040003',
  NOT_EMPTY: 'SVCSTG.SWR.4060012',
  EXISTS: 'SVCSTG.SWR.4090006',
  INTERNAL: 'SVCSTG.SWR.5000001',
  APIG_AUTH: 'APIG.0301',
  APIG_THROTTLED: 'APIG.0308',
  APIG_NO_API: 'APIG.0101',
} as const;

/** Responses built here, so helpers can return "a value or the error to answer" without ambiguity. */
const errorResponses = new WeakSet<object>();
const branded = (r: EmulatorResponse): EmulatorResponse => (errorResponses.add(r), r);
const isResponse = (v: unknown): v is EmulatorResponse => typeof v === 'object' && v !== null && errorResponses.has(v);

function svcError(status: number, code: string, message: string): EmulatorResponse {
  return branded({ status, headers: { 'x-request-id': randomUUID().replace(/-/g, '') }, body: [{ errorCode: code, errorMessage: message, detail: '' }] });
}

function apigError(status: number, code: string, message: string): EmulatorResponse {
  const requestId = randomUUID().replace(/-/g, '');
  return branded({ status, headers: { 'x-request-id': requestId }, body: { error_code: code, error_msg: message, request_id: requestId } });
}

function errorResponse(status: number, message: string): EmulatorResponse {
  if (status === 429) return apigError(429, SWR_ERROR_CODES.APIG_THROTTLED, `The throttling threshold has been reached: ${message}`);
  if (status === 404 || status === 405) return apigError(404, SWR_ERROR_CODES.APIG_NO_API, `The API does not exist or has not been published in the environment: ${message}`);
  if (status === 401) return apigError(401, SWR_ERROR_CODES.APIG_AUTH, message);
  return svcError(status, status >= 500 ? SWR_ERROR_CODES.INTERNAL : SWR_ERROR_CODES.INVALID_PARAMETER, message);
}

const badRequest = (message: string) => svcError(400, SWR_ERROR_CODES.INVALID_PARAMETER, message);

/** `namespace::a|name::b` → { namespace: 'a', name: 'b' } (the packed `filter` form; it wins over plain parameters). */
function parseFilter(filter: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!filter) return out;
  for (const part of filter.split('|')) {
    const i = part.indexOf('::');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 2);
  }
  return out;
}

function pageParams(params: Record<string, string | undefined>): { offset: number; limit: number } | EmulatorResponse {
  const offset = params.offset === undefined ? 0 : Number(params.offset);
  const limit = params.limit === undefined ? 100 : Number(params.limit);
  if (!Number.isInteger(offset) || offset < 0) return badRequest('offset must be an integer >= 0');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return badRequest('limit must be an integer from 1 to 1000');
  return { offset, limit };
}

/** `start-end/total`, `*\/total` when the page is empty. */
function contentRange(offset: number, count: number, total: number): string {
  return count > 0 ? `${offset}-${offset + count - 1}/${total}` : `*/${total}`;
}

function isJsonObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export async function startSwrEmulator(options: SwrEmulatorOptions = {}): Promise<RunningSwrEmulator> {
  const now = options.now ?? (() => new Date());
  const credentials = options.credentials ?? [SWR_EMULATOR_DEFAULT_CREDENTIALS];
  const secrets = new Map(credentials.map((c) => [c.ak, c.sk]));
  const maxSkewMs = (options.maxSkewMinutes ?? 15) * 60_000;
  const store = new SwrStore(now);
  if (options.seed ?? true) store.seed();

  const repoDto = (repo: RepositoryState, total: number): ShowReposRespDto => ({
    name: repo.name,
    category: repo.category,
    description: repo.description,
    size: store.repositorySize(repo),
    is_public: repo.isPublic,
    num_images: repo.tags.size,
    num_download: repo.numDownload,
    created_at: swrTime(repo.created),
    updated_at: swrTime(repo.updated),
    logo: '',
    url: '',
    path: `${SWR_EMULATOR_REGISTRY}/${repo.namespace}/${repo.name}`,
    internal_path: `${SWR_EMULATOR_INTERNAL_REGISTRY}/${repo.namespace}/${repo.name}`,
    domain_name: SWR_EMULATOR_DOMAIN,
    namespace: repo.namespace,
    tags: [...repo.tags.values()].sort((a, b) => b.updated.getTime() - a.updated.getTime()).map((t) => t.name),
    status: false,
    total_range: total,
  });

  const showRepoDto = (repo: RepositoryState): ShowRepositoryDto => ({
    id: repo.id,
    ns_id: repo.nsId,
    name: repo.name,
    category: repo.category,
    description: repo.description,
    creator_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    creator_name: 'demo-admin',
    size: store.repositorySize(repo),
    is_public: repo.isPublic,
    num_images: repo.tags.size,
    num_download: repo.numDownload,
    url: '',
    path: `${SWR_EMULATOR_REGISTRY}/${repo.namespace}/${repo.name}`,
    internal_path: `${SWR_EMULATOR_INTERNAL_REGISTRY}/${repo.namespace}/${repo.name}`,
    created: swrTime(repo.created),
    updated: swrTime(repo.updated),
    domain_id: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    priority: 0,
  });

  const tagDto = (repo: RepositoryState, tag: TagState): ShowReposTagRespDto => ({
    id: tag.id,
    repo_id: repo.id,
    Tag: tag.name,
    image_id: tag.imageId,
    manifest: JSON.stringify({ schemaVersion: tag.schema, mediaType: tag.tagType ? 'application/vnd.docker.distribution.manifest.list.v2+json' : 'application/vnd.docker.distribution.manifest.v2+json' }),
    digest: tag.digest,
    schema: tag.schema,
    path: `${SWR_EMULATOR_REGISTRY}/${repo.namespace}/${repo.name}:${tag.name}`,
    internal_path: `${SWR_EMULATOR_INTERNAL_REGISTRY}/${repo.namespace}/${repo.name}:${tag.name}`,
    size: tag.size,
    is_trusted: false,
    created: swrTime(tag.created),
    updated: swrTime(tag.updated),
    deleted: '',
    domain_id: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    scanned: false,
    tag_type: tag.tagType,
  });

  const nsDto = (ns: { id: number; name: string; creatorName: string; auth: 7 | 3 | 1 }): ShowNamespaceDto => ({ id: ns.id, name: ns.name, creator_name: ns.creatorName, auth: ns.auth });

  /** Resolves `{namespace}` and `{repository}` (with `$` for `/`), or the 404 to answer. */
  function findRepo(req: EmulatorRequest): RepositoryState | EmulatorResponse {
    const namespace = req.params.namespace ?? '';
    if (!store.namespaces.has(namespace)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${namespace} not found`);
    const name = repositoryFromPathSegment(req.params.repository ?? '');
    const repo = store.getRepository(namespace, name);
    return repo ?? svcError(404, SWR_ERROR_CODES.REPOSITORY_NOT_FOUND, `repository ${namespace}/${name} not found`);
  }

  async function readBody(req: EmulatorRequest): Promise<Record<string, unknown> | EmulatorResponse> {
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      return badRequest('request body is not valid JSON');
    }
    return isJsonObject(body) ? body : badRequest('request body must be a JSON object');
  }

  /** Shared checks of CreateRepo / UpdateRepo bodies. `arms` (the SDK enum's spelling) is tolerated; see port.ts. */
  function repoBodyError(body: Record<string, unknown>): EmulatorResponse | undefined {
    if (typeof body.is_public !== 'boolean') return badRequest('is_public is required and must be a boolean');
    if (body.category !== undefined && !(typeof body.category === 'string' && ([...SWR_CATEGORY_WIRE_VALUES, 'arms'] as string[]).includes(body.category))) {
      return badRequest(`category must be one of ${SWR_CATEGORY_WIRE_VALUES.join(', ')}`);
    }
    if (body.description !== undefined && typeof body.description !== 'string') return badRequest('description must be a string');
    return undefined;
  }

  const router = new Router();

  router.on('GET', '/v2/manage/namespaces', (req) => {
    const filter = parseFilter(req.query.get('filter'));
    const wanted = filter.namespace ?? req.query.get('namespace') ?? undefined;
    const list = [...store.namespaces.values()].filter((n) => !wanted || n.name === wanted).map(nsDto);
    const body: ListNamespacesResponseDto = { namespaces: list };
    return { status: 200, body };
  });

  router.on('POST', '/v2/manage/namespaces', async (req) => {
    const body = await readBody(req);
    if (isResponse(body)) return body;
    const problem = namespaceNameError(body.namespace, 'namespace');
    if (problem) return badRequest(`Invalid namespace: ${problem.message}`);
    const name = body.namespace as string;
    if (store.namespaces.has(name)) return svcError(409, SWR_ERROR_CODES.EXISTS, `namespace ${name} already exists`);
    store.addNamespace(name);
    return { status: 201 };
  });

  router.on('GET', '/v2/manage/namespaces/:namespace', (req) => {
    const ns = store.namespaces.get(req.params.namespace ?? '');
    return ns ? { status: 200, body: nsDto(ns) } : svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${req.params.namespace} not found`);
  });

  router.on('DELETE', '/v2/manage/namespaces/:namespace', (req) => {
    const name = req.params.namespace ?? '';
    if (!store.namespaces.has(name)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${name} not found`);
    // Not documented: the emulator refuses, like a repository with images, while the organisation holds repositories.
    for (const repo of store.repositories.values()) {
      if (repo.namespace === name) return svcError(406, SWR_ERROR_CODES.NOT_EMPTY, `namespace ${name} still contains repositories`);
    }
    store.namespaces.delete(name);
    return { status: 204 };
  });

  router.on('POST', '/v2/manage/namespaces/:namespace/repos', async (req) => {
    const namespace = req.params.namespace ?? '';
    if (!store.namespaces.has(namespace)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${namespace} not found`);
    const body = await readBody(req);
    if (isResponse(body)) return body;
    const nameProblem = repositoryNameError(body.repository, 'repository');
    if (nameProblem) return badRequest(`Invalid repository: ${nameProblem.message}`);
    const invalid = repoBodyError(body);
    if (invalid) return invalid;
    const name = body.repository as string;
    if (store.getRepository(namespace, name)) return svcError(409, SWR_ERROR_CODES.EXISTS, 'The repository already exists');
    store.addRepository({
      namespace,
      name,
      isPublic: body.is_public as boolean,
      category: body.category as string | undefined,
      description: body.description as string | undefined,
    });
    return { status: 201 };
  });

  router.on('GET', '/v2/manage/namespaces/:namespace/repos/:repository', (req) => {
    const repo = findRepo(req);
    return isResponse(repo) ? repo : { status: 200, body: showRepoDto(repo) };
  });

  router.on('PATCH', '/v2/manage/namespaces/:namespace/repos/:repository', async (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    const body = await readBody(req);
    if (isResponse(body)) return body;
    const invalid = repoBodyError(body);
    if (invalid) return invalid;
    repo.isPublic = body.is_public as boolean;
    if (typeof body.category === 'string') repo.category = body.category;
    if (typeof body.description === 'string') repo.description = body.description;
    repo.updated = now();
    // swr_02_0032: the update answers 201, not 200 or 204.
    return { status: 201 };
  });

  router.on('DELETE', '/v2/manage/namespaces/:namespace/repos/:repository', (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    // swr_02_0031: 406 while the repository still contains images.
    if (repo.tags.size > 0) return svcError(406, SWR_ERROR_CODES.NOT_EMPTY, `repository ${repo.namespace}/${repo.name} is not empty: delete its images first`);
    store.repositories.delete(SwrStore.repoKey(repo.namespace, repo.name));
    store.grants.delete(SwrStore.repoKey(repo.namespace, repo.name));
    return { status: 204 };
  });

  // ShowUserRepositoryAuth: the caller's own permission (its organisation permission) and the grants to others.
  router.on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/access', (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    const ns = store.namespaces.get(repo.namespace)!;
    const body: ShowUserRepositoryAuthDto = {
      id: repo.id,
      name: repo.name,
      self_auth: { user_id: SWR_EMULATOR_SELF_USER.userId, user_name: SWR_EMULATOR_SELF_USER.userName, auth: ns.auth },
      others_auths: (store.grants.get(SwrStore.repoKey(repo.namespace, repo.name)) ?? []).map((g) => ({ user_id: g.userId, user_name: g.userName, auth: g.auth })),
    };
    return { status: 200, body };
  });

  router.on('GET', '/v2/manage/repos', (req) => {
    const q = (k: string) => req.query.get(k) ?? undefined;
    // When both forms are sent, `filter` wins (SDK comment on ListReposDetails).
    const filter = req.query.has('filter') ? parseFilter(req.query.get('filter')) : { namespace: q('namespace'), name: q('name'), category: q('category'), limit: q('limit'), offset: q('offset'), order_column: q('order_column'), order_type: q('order_type') };
    const page = pageParams(filter);
    if (isResponse(page)) return page;
    const category = filter.category;
    let list = [...store.repositories.values()].filter(
      (r) =>
        (!filter.namespace || r.namespace === filter.namespace) &&
        (!filter.name || r.name.includes(filter.name)) &&
        (!category || r.category === category || (category === 'arm' && r.category === 'arms')),
    );
    const column = filter.order_column;
    const dir = filter.order_type === 'desc' ? -1 : 1;
    list = list.sort((a, b) => {
      if (column === 'updated_time' || column === 'updated_at') return dir * (a.updated.getTime() - b.updated.getTime());
      if (column === 'tag_count') return dir * (a.tags.size - b.tags.size);
      if (column === 'name') return dir * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      // Default order: organisation, then name (stable across pages).
      return a.namespace === b.namespace ? (a.name < b.name ? -1 : 1) : a.namespace < b.namespace ? -1 : 1;
    });
    const slice = list.slice(page.offset, page.offset + page.limit);
    return {
      status: 200,
      headers: { 'content-range': contentRange(page.offset, slice.length, list.length) },
      body: slice.map((r) => repoDto(r, list.length)),
    };
  });

  router.on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/tags', (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    const q = (k: string) => req.query.get(k) ?? undefined;
    const filter = req.query.has('filter') ? parseFilter(req.query.get('filter')) : { limit: q('limit'), offset: q('offset'), order_column: q('order_column'), order_type: q('order_type'), tag: q('tag') };
    const page = pageParams(filter);
    if (isResponse(page)) return page;
    const dir = filter.order_type === 'asc' ? 1 : -1;
    const list = [...repo.tags.values()]
      .filter((t) => !filter.tag || t.name.includes(filter.tag))
      .sort((a, b) => dir * (a.updated.getTime() - b.updated.getTime()) || (a.name < b.name ? -1 : 1));
    const slice = list.slice(page.offset, page.offset + page.limit);
    return {
      status: 200,
      headers: { 'content-range': contentRange(page.offset, slice.length, list.length) },
      body: slice.map((t) => tagDto(repo, t)),
    };
  });

  router.on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/tags/:tag', (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    const tag = repo.tags.get(req.params.tag ?? '');
    if (!tag) return svcError(404, SWR_ERROR_CODES.TAG_NOT_FOUND, `tag ${req.params.tag} not found`);
    const { Tag, deleted: _deleted, scanned: _scanned, ...rest } = tagDto(repo, tag);
    const body: ShowRepoTagDto = { ...rest, tag: Tag };
    return { status: 200, body };
  });

  router.on('DELETE', '/v2/manage/namespaces/:namespace/repos/:repository/tags/:tag', (req) => {
    const repo = findRepo(req);
    if (isResponse(repo)) return repo;
    if (!repo.tags.delete(req.params.tag ?? '')) return svcError(404, SWR_ERROR_CODES.TAG_NOT_FOUND, `tag ${req.params.tag} not found`);
    repo.updated = now();
    return { status: 204 };
  });

  /** API Gateway authentication, before routing: a token when configured, else the AK/SK signature. */
  async function authenticate(req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
    const token = req.headers[AUTH_TOKEN_HEADER];
    if (typeof token === 'string' && req.headers.authorization === undefined) {
      const expected = options.authToken;
      const ok = expected !== undefined && token.length === expected.length && timingSafeEqual(Buffer.from(token), Buffer.from(expected));
      return ok ? undefined : apigError(401, SWR_ERROR_CODES.APIG_AUTH, 'Incorrect IAM authentication information: decrypt token fail');
    }
    const body = await req.body();
    const result = verifySwrSignature({ method: req.method, rawUrl: req.rawUrl, headers: req.headers, body }, (ak) => secrets.get(ak), now(), maxSkewMs);
    if (result.ok) return undefined;
    return apigError(401, SWR_ERROR_CODES.APIG_AUTH, `Incorrect IAM authentication information: ${result.message}`);
  }

  const primary = credentials[0] ?? SWR_EMULATOR_DEFAULT_CREDENTIALS;
  const running = await startEmulator({
    provider: 'swr',
    router,
    port: options.port,
    faults: options.faults,
    errorResponse,
    env: (url) => ({ SWR_ENDPOINT: url, HUAWEICLOUD_SDK_AK: primary.ak, HUAWEICLOUD_SDK_SK: primary.sk }),
    before: authenticate,
  });
  return Object.assign(running, { credentials, authToken: options.authToken, store });
}

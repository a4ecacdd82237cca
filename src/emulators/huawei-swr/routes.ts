/**
 * The SWR `/v2/manage` endpoints (namespaces, repositories, tags), one function each, the wire views of
 * the store's records, and the router table that lists them. The service's odd status codes are kept:
 * create 201, update 201, delete 204, 406 for a repository that still holds images.
 */
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
import { bindTo, isRefusal, readJsonObject, Router, type EmulatorRequest, type EmulatorResponse } from '../kit.js';
import { badRequest, svcError, SWR_ERROR_CODES } from './errors.js';
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

/** What the handlers share: the store and the server clock. */
export interface SwrRouteContext {
  store: SwrStore;
  now: () => Date;
}

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

const readBody = (req: EmulatorRequest) =>
  readJsonObject(req, (problem) => badRequest(problem === 'invalid-json' ? 'request body is not valid JSON' : 'request body must be a JSON object'));

// ---------------------------------------------------------------- views: the store's records on the wire

const repoDto = (ctx: SwrRouteContext, repo: RepositoryState, total: number): ShowReposRespDto => ({
  name: repo.name,
  category: repo.category,
  description: repo.description,
  size: ctx.store.repositorySize(repo),
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

const showRepoDto = (ctx: SwrRouteContext, repo: RepositoryState): ShowRepositoryDto => ({
  id: repo.id,
  ns_id: repo.nsId,
  name: repo.name,
  category: repo.category,
  description: repo.description,
  creator_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  creator_name: 'demo-admin',
  size: ctx.store.repositorySize(repo),
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
function findRepo(ctx: SwrRouteContext, req: EmulatorRequest): RepositoryState | EmulatorResponse {
  const namespace = req.params.namespace ?? '';
  if (!ctx.store.namespaces.has(namespace)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${namespace} not found`);
  const name = repositoryFromPathSegment(req.params.repository ?? '');
  const repo = ctx.store.getRepository(namespace, name);
  return repo ?? svcError(404, SWR_ERROR_CODES.REPOSITORY_NOT_FOUND, `repository ${namespace}/${name} not found`);
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

// ---------------------------------------------------------------- endpoints

/** GET /v2/manage/namespaces */
function listNamespaces(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const filter = parseFilter(req.query.get('filter'));
  const wanted = filter.namespace ?? req.query.get('namespace') ?? undefined;
  const list = [...ctx.store.namespaces.values()].filter((n) => !wanted || n.name === wanted).map(nsDto);
  const body: ListNamespacesResponseDto = { namespaces: list };
  return { status: 200, body };
}

/** POST /v2/manage/namespaces */
async function createNamespace(ctx: SwrRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  const problem = namespaceNameError(body.namespace, 'namespace');
  if (problem) return badRequest(`Invalid namespace: ${problem.message}`);
  const name = body.namespace as string;
  if (ctx.store.namespaces.has(name)) return svcError(409, SWR_ERROR_CODES.EXISTS, `namespace ${name} already exists`);
  ctx.store.addNamespace(name);
  return { status: 201 };
}

/** GET /v2/manage/namespaces/:namespace */
function showNamespace(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const ns = ctx.store.namespaces.get(req.params.namespace ?? '');
  return ns ? { status: 200, body: nsDto(ns) } : svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${req.params.namespace} not found`);
}

/** DELETE /v2/manage/namespaces/:namespace */
function deleteNamespace(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const name = req.params.namespace ?? '';
  if (!ctx.store.namespaces.has(name)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${name} not found`);
  // Not documented: the emulator refuses, like a repository with images, while the organisation holds repositories.
  for (const repo of ctx.store.repositories.values()) {
    if (repo.namespace === name) return svcError(406, SWR_ERROR_CODES.NOT_EMPTY, `namespace ${name} still contains repositories`);
  }
  ctx.store.namespaces.delete(name);
  return { status: 204 };
}

/** POST /v2/manage/namespaces/:namespace/repos */
async function createRepo(ctx: SwrRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const namespace = req.params.namespace ?? '';
  if (!ctx.store.namespaces.has(namespace)) return svcError(404, SWR_ERROR_CODES.NAMESPACE_NOT_FOUND, `namespace ${namespace} not found`);
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  const nameProblem = repositoryNameError(body.repository, 'repository');
  if (nameProblem) return badRequest(`Invalid repository: ${nameProblem.message}`);
  const invalid = repoBodyError(body);
  if (invalid) return invalid;
  const name = body.repository as string;
  if (ctx.store.getRepository(namespace, name)) return svcError(409, SWR_ERROR_CODES.EXISTS, 'The repository already exists');
  ctx.store.addRepository({
    namespace,
    name,
    isPublic: body.is_public as boolean,
    category: body.category as string | undefined,
    description: body.description as string | undefined,
  });
  return { status: 201 };
}

/** GET /v2/manage/namespaces/:namespace/repos/:repository */
function showRepository(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  return isRefusal(repo) ? repo : { status: 200, body: showRepoDto(ctx, repo) };
}

/** PATCH /v2/manage/namespaces/:namespace/repos/:repository */
async function updateRepo(ctx: SwrRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  const invalid = repoBodyError(body);
  if (invalid) return invalid;
  repo.isPublic = body.is_public as boolean;
  if (typeof body.category === 'string') repo.category = body.category;
  if (typeof body.description === 'string') repo.description = body.description;
  repo.updated = ctx.now();
  // swr_02_0032: the update answers 201, not 200 or 204.
  return { status: 201 };
}

/** DELETE /v2/manage/namespaces/:namespace/repos/:repository */
function deleteRepo(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  // swr_02_0031: 406 while the repository still contains images.
  if (repo.tags.size > 0) return svcError(406, SWR_ERROR_CODES.NOT_EMPTY, `repository ${repo.namespace}/${repo.name} is not empty: delete its images first`);
  ctx.store.removeRepository(repo);
  return { status: 204 };
}

/** GET /v2/manage/namespaces/:namespace/repos/:repository/access: ShowUserRepositoryAuth: the caller's own permission (its organisation permission) and the grants to others. */
function showUserRepositoryAuth(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  const ns = ctx.store.namespaces.get(repo.namespace)!;
  const body: ShowUserRepositoryAuthDto = {
    id: repo.id,
    name: repo.name,
    self_auth: { user_id: SWR_EMULATOR_SELF_USER.userId, user_name: SWR_EMULATOR_SELF_USER.userName, auth: ns.auth },
    others_auths: (ctx.store.grants.get(SwrStore.repoKey(repo.namespace, repo.name)) ?? []).map((g) => ({ user_id: g.userId, user_name: g.userName, auth: g.auth })),
  };
  return { status: 200, body };
}

/** GET /v2/manage/repos */
function listReposDetails(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = (k: string) => req.query.get(k) ?? undefined;
  // When both forms are sent, `filter` wins (SDK comment on ListReposDetails).
  const filter = req.query.has('filter') ? parseFilter(req.query.get('filter')) : { namespace: q('namespace'), name: q('name'), category: q('category'), limit: q('limit'), offset: q('offset'), order_column: q('order_column'), order_type: q('order_type') };
  const page = pageParams(filter);
  if (isRefusal(page)) return page;
  const category = filter.category;
  let list = [...ctx.store.repositories.values()].filter(
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
    body: slice.map((r) => repoDto(ctx, r, list.length)),
  };
}

/** GET /v2/manage/namespaces/:namespace/repos/:repository/tags */
function listRepositoryTags(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  const q = (k: string) => req.query.get(k) ?? undefined;
  const filter = req.query.has('filter') ? parseFilter(req.query.get('filter')) : { limit: q('limit'), offset: q('offset'), order_column: q('order_column'), order_type: q('order_type'), tag: q('tag') };
  const page = pageParams(filter);
  if (isRefusal(page)) return page;
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
}

/** GET /v2/manage/namespaces/:namespace/repos/:repository/tags/:tag */
function showRepoTag(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  const tag = repo.tags.get(req.params.tag ?? '');
  if (!tag) return svcError(404, SWR_ERROR_CODES.TAG_NOT_FOUND, `tag ${req.params.tag} not found`);
  const { Tag, deleted: _deleted, scanned: _scanned, ...rest } = tagDto(repo, tag);
  const body: ShowRepoTagDto = { ...rest, tag: Tag };
  return { status: 200, body };
}

/** DELETE /v2/manage/namespaces/:namespace/repos/:repository/tags/:tag */
function deleteRepoTag(ctx: SwrRouteContext, req: EmulatorRequest): EmulatorResponse {
  const repo = findRepo(ctx, req);
  if (isRefusal(repo)) return repo;
  if (!repo.tags.delete(req.params.tag ?? '')) return svcError(404, SWR_ERROR_CODES.TAG_NOT_FOUND, `tag ${req.params.tag} not found`);
  repo.updated = ctx.now();
  return { status: 204 };
}

/** The router table: every SWR endpoint the emulator serves. */
export function swrRoutes(ctx: SwrRouteContext): Router {
  const bind = bindTo(ctx);
  return new Router()
    .on('GET', '/v2/manage/namespaces', bind(listNamespaces))
    .on('POST', '/v2/manage/namespaces', bind(createNamespace))
    .on('GET', '/v2/manage/namespaces/:namespace', bind(showNamespace))
    .on('DELETE', '/v2/manage/namespaces/:namespace', bind(deleteNamespace))
    .on('POST', '/v2/manage/namespaces/:namespace/repos', bind(createRepo))
    .on('GET', '/v2/manage/namespaces/:namespace/repos/:repository', bind(showRepository))
    .on('PATCH', '/v2/manage/namespaces/:namespace/repos/:repository', bind(updateRepo))
    .on('DELETE', '/v2/manage/namespaces/:namespace/repos/:repository', bind(deleteRepo))
    .on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/access', bind(showUserRepositoryAuth))
    .on('GET', '/v2/manage/repos', bind(listReposDetails))
    .on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/tags', bind(listRepositoryTags))
    .on('GET', '/v2/manage/namespaces/:namespace/repos/:repository/tags/:tag', bind(showRepoTag))
    .on('DELETE', '/v2/manage/namespaces/:namespace/repos/:repository/tags/:tag', bind(deleteRepoTag));
}

/**
 * The Cycle endpoints (images, image sources, build logs, jobs), one function each behind the capability
 * its operation description names, the wire views of the store's records, and the router table.
 */
import type { CycleCreatorScope, CycleImageDto, CycleImageOriginDto, CycleImageSourceDto, CycleJobDto } from '../../providers/cycle/dto.js';
import { isJsonObject, isRefusal, readJsonObject, Router, type EmulatorRequest, type EmulatorResponse, type RouteHandler } from '../kit.js';
import { cycleError } from './errors.js';
import { filterParam, listParam, paginate, sortBy } from './query.js';
import { slug, type CycleEmulatorKey, type CycleStore, type ImageEntry } from './store.js';

/** The key that authenticated a request, set by the auth hook (`before`) and read by handlers. */
export const callers = new WeakMap<EmulatorRequest, CycleEmulatorKey & { id: string }>();

/** Capabilities per operation, as the spec's operation descriptions name them. */
export const CAPABILITIES = {
  imagesView: 'images-view',
  imagesManage: 'images-manage',
  imagesImport: 'images-import',
  sourcesView: 'images-sources-view',
  sourcesManage: 'images-sources-manage',
  jobsView: 'apionly-jobs-view',
} as const;

const SOURCE_TYPES = ['stack-build', 'direct', 'bucket'];
const ORIGIN_TYPES = ['docker-hub', 'docker-file', 'docker-registry', 'oci-registry', 'cycle-upload', 'cycle-source', 'none'];

type Json = Record<string, unknown>;

/** What the handlers share. */
export interface CycleRouteContext {
  store: CycleStore;
}

type CycleHandler = (ctx: CycleRouteContext, req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

/** Wraps a handler with Cycle's capability check (`403.permissions` with `extra.capability`). */
function guard(capability: string, handler: RouteHandler): RouteHandler {
  return (req) => {
    const key = callers.get(req);
    if (key?.capabilities && !key.capabilities.includes(capability)) {
      return cycleError(403, '403.permissions', `This API key lacks the '${capability}' capability`, { capability });
    }
    return handler(req);
  };
}

/** The JSON body as an object (an empty body is `{}`); anything else is `400.invalid-syntax`. */
const readBody = (req: EmulatorRequest) =>
  readJsonObject(req, (problem) => cycleError(400, '400.invalid-syntax', problem === 'invalid-json' ? 'The request body is not valid JSON' : 'The request body must be a JSON object'), {});

function creatorOf(req: EmulatorRequest): CycleCreatorScope {
  const key = callers.get(req);
  return { id: key?.id ?? '000000000000000000000000', type: 'api-key' };
}

function notFoundImage(id: string) {
  return cycleError(404, '404.image', `No image with id '${id}' exists in this hub`);
}

const sourceNotFound = (id: string) => cycleError(404, '404.image.source', `No image source with id '${id}' exists in this hub`);

function validateOrigin(origin: unknown, pointer: string): EmulatorResponse | undefined {
  if (!isJsonObject(origin) || typeof origin.type !== 'string') return cycleError(422, '422.missing-argument', 'origin.type is required', { source: `${pointer}/type` });
  if (!ORIGIN_TYPES.includes(origin.type)) return cycleError(422, '422.invalid-argument', `unknown origin type '${origin.type}'`, { source: `${pointer}/type` });
  if (origin.type === 'none') return undefined;
  if (!isJsonObject(origin.details)) return cycleError(422, '422.missing-argument', 'origin.details is required', { source: `${pointer}/details` });
  const needsTarget = ['docker-hub', 'docker-registry', 'oci-registry'].includes(origin.type);
  if (needsTarget && (typeof origin.details.target !== 'string' || !origin.details.target)) {
    return cycleError(422, '422.missing-argument', 'origin.details.target is required', { source: `${pointer}/details/target` });
  }
  if ((origin.type === 'docker-registry' || origin.type === 'oci-registry') && typeof origin.details.url !== 'string') {
    return cycleError(422, '422.missing-argument', 'origin.details.url is required', { source: `${pointer}/details/url` });
  }
  return undefined;
}

// ---------------------------------------------------------------- views: the store's records on the wire

function creatorsInclude(store: CycleStore, creators: (CycleCreatorScope | undefined)[]): Json {
  const accounts: Json = {};
  const apiKeys: Json = {};
  for (const c of creators) {
    if (!c) continue;
    if (c.type === 'account' && store.accounts.has(c.id)) accounts[c.id] = store.accounts.get(c.id);
    if (c.type === 'api-key' && store.apiKeys.has(c.id)) apiKeys[c.id] = store.apiKeys.get(c.id);
  }
  return { ...(Object.keys(accounts).length ? { accounts } : {}), ...(Object.keys(apiKeys).length ? { api_keys: apiKeys } : {}) };
}

function imageView(entry: ImageEntry, meta: string[]): CycleImageDto {
  const dto = structuredClone(entry.dto);
  if (meta.includes('containers_count')) {
    const n = entry.containers;
    dto.meta = { containers_count: { state: { running: n, stopped: 0, deleted: 0 }, total: n, available: n } };
  }
  return dto;
}

function imageIncludes(store: CycleStore, images: CycleImageDto[], include: string[]): Json | undefined {
  const out: Json = {};
  if (include.includes('creators')) out.creators = creatorsInclude(store, images.map((i) => i.creator));
  if (include.includes('sources')) {
    const sources: Json = {};
    const identifiers: Record<string, string[]> = {};
    for (const i of images) {
      const s = i.source ? store.sources.get(i.source.details.id) : undefined;
      if (!s) continue;
      sources[s.dto.id] = s.dto;
      const ids = (identifiers[s.dto.identifier] ??= []);
      if (!ids.includes(s.dto.id)) ids.push(s.dto.id);
    }
    out.sources = sources;
    out['sources:identifiers'] = identifiers;
  }
  return Object.keys(out).length ? out : undefined;
}

function sourceView(store: CycleStore, source: CycleImageSourceDto, meta: string[]): CycleImageSourceDto {
  const dto = structuredClone(source);
  if (meta.includes('images_count')) {
    const state = { new: 0, downloading: 0, building: 0, verifying: 0, saving: 0, live: 0, deleting: 0 };
    let total = 0;
    for (const i of store.images.values()) {
      if (i.dto.source?.details.id !== source.id) continue;
      total += 1;
      const s = i.dto.state.current;
      if (s in state) state[s as keyof typeof state] += 1;
    }
    dto.meta = { images_count: { total, state } };
  }
  return dto;
}

// ---------------------------------------------------------------- endpoints

/** GET /v1/images */
function listImages(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const states = filterParam(q, 'state')?.split(',');
  const search = filterParam(q, 'search')?.toLowerCase();
  const identifier = filterParam(q, 'identifier');
  const sourceType = filterParam(q, 'source_type');
  const sourceId = filterParam(q, 'source_id');
  let items = [...ctx.store.images.values()].filter((i) => {
    const d = i.dto;
    if (states ? !states.includes(d.state.current) : d.state.current === 'deleted') return false;
    if (sourceType && d.source?.type !== sourceType) return false;
    if (sourceId && d.source?.details.id !== sourceId) return false;
    if (identifier) {
      // Images have no identifier of their own; Cycle matches the identifier of their source.
      const src = d.source ? ctx.store.sources.get(d.source.details.id) : undefined;
      if (src?.dto.identifier !== identifier) return false;
    }
    if (search) {
      const origin = d.source?.details.origin;
      const target = origin && 'details' in origin && 'target' in origin.details ? origin.details.target : '';
      if (![d.id, d.name, target].some((v) => v.toLowerCase().includes(search))) return false;
    }
    return true;
  });
  const sorted = sortBy(
    items,
    listParam(q, 'sort'),
    { id: (i) => i.dto.id, name: (i) => i.dto.name, created: (i) => i.dto.events.created, updated: (i) => i.dto.events.updated, state: (i) => i.dto.state.current, size: (i) => i.dto.size },
    '-id',
  );
  if (isRefusal(sorted)) return sorted;
  const page = paginate(sorted, q);
  if (isRefusal(page)) return page;
  items = page;
  const meta = listParam(q, 'meta');
  const data = items.map((i) => imageView(i, meta));
  const includes = imageIncludes(ctx.store, data, listParam(q, 'include'));
  return { status: 200, body: { data, ...(includes ? { includes } : {}) } };
}

/** POST /v1/images */
async function createImage(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (body.source_id === undefined) return cycleError(422, '422.missing-argument', 'source_id is required', { source: '/source_id' });
  if (typeof body.source_id !== 'string') return cycleError(422, '422.invalid-argument', 'source_id must be a string', { source: '/source_id' });
  if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim() || body.name.length > 256)) {
    return cycleError(422, '422.invalid-argument', 'name must be a non-empty string of at most 256 characters', { source: '/name' });
  }
  const source = ctx.store.sources.get(body.source_id);
  if (!source || source.dto.state.current !== 'live') return cycleError(404, '404.image.source', `No image source with id '${body.source_id}' exists in this hub`);
  const build = isJsonObject(body.build) ? (body.build as CycleImageDto['build']) : undefined;
  const override = isJsonObject(body.override) ? (body.override as { target?: string; targz_url?: string }) : undefined;
  const image = ctx.store.createImage({
    source,
    ...(typeof body.name === 'string' ? { name: body.name } : {}),
    ...(build ? { build } : {}),
    ...(override ? { override } : {}),
    creator: creatorOf(req),
  });
  return { status: 201, body: { data: image.dto } };
}

/** POST /v1/images/tasks */
async function createImagesTask(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (body.action !== 'prune') return cycleError(422, '422.invalid-argument', "action must be 'prune'", { source: '/action' });
  const contents = body.contents;
  if (!isJsonObject(contents) || !Array.isArray(contents.source_ids)) {
    return cycleError(422, '422.missing-argument', 'contents.source_ids is required', { source: '/contents/source_ids' });
  }
  const ids = contents.source_ids;
  for (const [i, id] of ids.entries()) {
    if (typeof id !== 'string') return cycleError(422, '422.invalid-argument', 'source ids must be strings', { source: `/contents/source_ids/${i}` });
    if (!ctx.store.sources.has(id)) return cycleError(404, '404.image.source', `No image source with id '${id}' exists in this hub`);
  }
  return { status: 202, body: { data: ctx.store.prune(ids as string[], creatorOf(req)) } };
}

/** GET /v1/images/:imageId */
function getImage(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = ctx.store.images.get(req.params.imageId ?? '');
  if (!image) return notFoundImage(req.params.imageId ?? '');
  const data = imageView(image, listParam(req.query, 'meta'));
  const includes = imageIncludes(ctx.store, [data], listParam(req.query, 'include'));
  return { status: 200, body: { data, ...(includes ? { includes } : {}) } };
}

/** PATCH /v1/images/:imageId */
async function updateImage(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const image = ctx.store.images.get(req.params.imageId ?? '');
  if (!image) return notFoundImage(req.params.imageId ?? '');
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (body.name !== undefined) {
    if (typeof body.name !== 'string' || !body.name.trim() || body.name.length > 256) {
      return cycleError(422, '422.invalid-argument', 'name must be a non-empty string of at most 256 characters', { source: '/name' });
    }
    image.dto.name = body.name;
    image.dto.events.updated = new Date().toISOString();
  }
  return { status: 200, body: { data: image.dto } };
}

/** DELETE /v1/images/:imageId */
function deleteImage(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = ctx.store.images.get(req.params.imageId ?? '');
  if (!image) return notFoundImage(req.params.imageId ?? '');
  if (ctx.store.activeJob(image.dto.id, 'image.delete')) return cycleError(409, '409.duplicate-found', 'This image is already being deleted');
  return { status: 200, body: { data: ctx.store.deleteImage(image, creatorOf(req)) } };
}

/** GET /v1/images/:imageId/build-log */
function getBuildLog(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const id = req.params.imageId ?? '';
  if (!ctx.store.images.has(id)) return notFoundImage(id);
  const log = ctx.store.buildLogs.get(id);
  if (!log) return cycleError(404, '404.image.build-log', `Image '${id}' has no build log (it has not been imported yet)`);
  return { status: 200, body: { data: log } };
}

/** POST /v1/images/:imageId/tasks */
async function createImageTask(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const image = ctx.store.images.get(req.params.imageId ?? '');
  if (!image) return notFoundImage(req.params.imageId ?? '');
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (body.action === undefined) return cycleError(422, '422.missing-argument', 'action is required', { source: '/action' });
  if (body.action !== 'import') return cycleError(422, '422.invalid-argument', "action must be 'import'", { source: '/action' });
  // Import jobs set `limit_duplicates`: a second import while one runs is refused.
  if (ctx.store.activeImport(image.dto.id)) return cycleError(409, '409.duplicate-found', 'An import job for this image is already in progress');
  if (image.dto.state.current !== 'new') return cycleError(409, '409.duplicate-found', `This image is already imported (state '${image.dto.state.current}')`);
  return { status: 200, body: { data: ctx.store.startImport(image, creatorOf(req)) } };
}

/** GET /v1/jobs */
function listJobs(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const states = filterParam(q, 'state')?.split(',');
  const search = filterParam(q, 'search')?.toLowerCase();
  const start = filterParam(q, 'range-start');
  const end = filterParam(q, 'range-end');
  for (const [name, v] of [['range-start', start], ['range-end', end]] as const) {
    if (v !== undefined && Number.isNaN(Date.parse(v))) return cycleError(422, '422.invalid-argument', `filter[${name}] must be a date-time`);
  }
  const items = ctx.store.visibleJobs().filter((j) => {
    if (states && !states.includes(j.state.current)) return false;
    const queued = Date.parse(j.events.queued);
    if (start && queued < Date.parse(start)) return false;
    if (end && queued > Date.parse(end)) return false;
    if (search) {
      const hay = [j.id, j.caption, ...j.tasks.flatMap((t) => [t.header, t.caption, ...Object.values(t.input).map((v) => JSON.stringify(v))])];
      if (!hay.some((v) => v.toLowerCase().includes(search))) return false;
    }
    return true;
  });
  const sorted = sortBy<CycleJobDto>(items, listParam(q, 'sort'), { id: (j) => j.id, queued: (j) => j.events.queued, state: (j) => j.state.current }, '-id');
  if (isRefusal(sorted)) return sorted;
  const page = paginate(sorted, q);
  if (isRefusal(page)) return page;
  const include = listParam(q, 'include');
  return {
    status: 200,
    body: { data: page, ...(include.includes('creators') ? { includes: { creators: creatorsInclude(ctx.store, page.map((j) => j.creator)) } } : {}) },
  };
}

/** GET /v1/jobs/latest */
function latestJobs(ctx: CycleRouteContext): EmulatorResponse {
  const latest = ctx.store
    .visibleJobs()
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .slice(0, 10);
  return { status: 200, body: { data: latest } };
}

/** GET /v1/jobs/:jobId */
function getJob(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const job = ctx.store.visibleJob(req.params.jobId ?? '');
  if (!job) return cycleError(404, '404.job', `No job with id '${req.params.jobId ?? ''}' exists in this hub`);
  return { status: 200, body: { data: job } };
}

/** GET /v1/images/sources */
function listSources(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const states = filterParam(q, 'state')?.split(',');
  const search = filterParam(q, 'search')?.toLowerCase();
  const identifier = filterParam(q, 'identifier');
  const items = [...ctx.store.sources.values()]
    .map((s) => s.dto)
    .filter((s) => {
      if (states ? !states.includes(s.state.current) : s.state.current === 'deleted') return false;
      if (identifier && s.identifier !== identifier) return false;
      if (search && ![s.id, s.name, s.identifier].some((v) => v.toLowerCase().includes(search))) return false;
      return true;
    });
  const sorted = sortBy(items, listParam(q, 'sort'), { id: (s) => s.id, name: (s) => s.name, identifier: (s) => s.identifier, created: (s) => s.events.created }, '-id');
  if (isRefusal(sorted)) return sorted;
  const page = paginate(sorted, q);
  if (isRefusal(page)) return page;
  const meta = listParam(q, 'meta');
  const include = listParam(q, 'include');
  return {
    status: 200,
    body: {
      data: page.map((s) => sourceView(ctx.store, s, meta)),
      ...(include.includes('creators') ? { includes: { creators: creatorsInclude(ctx.store, page.map((s) => s.creator)) } } : {}),
    },
  };
}

/** POST /v1/images/sources */
async function createSource(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (typeof body.type !== 'string') return cycleError(422, '422.missing-argument', 'type is required', { source: '/type' });
  if (!SOURCE_TYPES.includes(body.type)) return cycleError(422, '422.invalid-argument', `type must be one of ${SOURCE_TYPES.join(', ')}`, { source: '/type' });
  const bad = validateOrigin(body.origin, '/origin');
  if (bad) return bad;
  if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim())) return cycleError(422, '422.invalid-argument', 'name must be a non-empty string', { source: '/name' });
  const origin = body.origin as CycleImageOriginDto;
  const name = typeof body.name === 'string' ? body.name : 'details' in origin && 'target' in origin.details ? origin.details.target : 'Image source';
  const about = isJsonObject(body.about) ? body.about : undefined;
  const entry = ctx.store.createSource({
    name,
    identifier: typeof body.identifier === 'string' && body.identifier ? body.identifier : slug(name),
    type: body.type as CycleImageSourceDto['type'],
    origin,
    description: typeof about?.description === 'string' ? about.description : null,
    creator: creatorOf(req),
  });
  return { status: 201, body: { data: entry.dto } };
}

/** GET /v1/images/sources/:sourceId */
function getSource(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const source = ctx.store.sources.get(req.params.sourceId ?? '');
  if (!source) return sourceNotFound(req.params.sourceId ?? '');
  const include = listParam(req.query, 'include');
  return {
    status: 200,
    body: {
      data: sourceView(ctx.store, source.dto, listParam(req.query, 'meta')),
      ...(include.includes('creators') ? { includes: { creators: creatorsInclude(ctx.store, [source.dto.creator]) } } : {}),
    },
  };
}

/** PATCH /v1/images/sources/:sourceId */
async function updateSource(ctx: CycleRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const source = ctx.store.sources.get(req.params.sourceId ?? '');
  if (!source) return sourceNotFound(req.params.sourceId ?? '');
  const body = await readBody(req);
  if (isRefusal(body)) return body;
  if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim())) return cycleError(422, '422.invalid-argument', 'name must be a non-empty string', { source: '/name' });
  if (body.origin !== undefined) {
    const bad = validateOrigin(body.origin, '/origin');
    if (bad) return bad;
  }
  const dto = source.dto;
  if (typeof body.name === 'string') dto.name = body.name;
  if (typeof body.identifier === 'string') dto.identifier = body.identifier;
  if (body.identifier === null) dto.identifier = slug(dto.name);
  if (body.origin !== undefined) dto.origin = body.origin as CycleImageOriginDto;
  if (isJsonObject(body.about)) dto.about = { description: typeof body.about.description === 'string' ? body.about.description : null };
  dto.events.updated = new Date().toISOString();
  return { status: 200, body: { data: dto } };
}

/** DELETE /v1/images/sources/:sourceId */
function deleteSource(ctx: CycleRouteContext, req: EmulatorRequest): EmulatorResponse {
  const source = ctx.store.sources.get(req.params.sourceId ?? '');
  if (!source) return sourceNotFound(req.params.sourceId ?? '');
  if (source.dto.state.current === 'deleting') return cycleError(409, '409.duplicate-found', 'This image source is already being deleted');
  return { status: 202, body: { data: ctx.store.deleteSource(source, creatorOf(req)) } };
}

/** The router table: every Cycle endpoint with the capability it needs (`403.permissions` otherwise). */
export function cycleRoutes(ctx: CycleRouteContext): Router {
  const bind = (capability: string, handler: CycleHandler) => guard(capability, (req) => handler(ctx, req));
  return new Router()
    .on('GET', '/v1/images', bind(CAPABILITIES.imagesView, listImages))
    .on('POST', '/v1/images', bind(CAPABILITIES.imagesManage, createImage))
    // Literal segments before `:imageId`.
    .on('POST', '/v1/images/tasks', bind(CAPABILITIES.imagesManage, createImagesTask))
    .on('GET', '/v1/images/sources', bind(CAPABILITIES.sourcesView, listSources))
    .on('POST', '/v1/images/sources', bind(CAPABILITIES.sourcesManage, createSource))
    .on('GET', '/v1/images/sources/:sourceId', bind(CAPABILITIES.sourcesView, getSource))
    .on('PATCH', '/v1/images/sources/:sourceId', bind(CAPABILITIES.sourcesManage, updateSource))
    .on('DELETE', '/v1/images/sources/:sourceId', bind(CAPABILITIES.sourcesManage, deleteSource))
    .on('GET', '/v1/images/:imageId', bind(CAPABILITIES.imagesView, getImage))
    .on('PATCH', '/v1/images/:imageId', bind(CAPABILITIES.imagesManage, updateImage))
    .on('DELETE', '/v1/images/:imageId', bind(CAPABILITIES.imagesManage, deleteImage))
    .on('GET', '/v1/images/:imageId/build-log', bind(CAPABILITIES.imagesView, getBuildLog))
    .on('POST', '/v1/images/:imageId/tasks', bind(CAPABILITIES.imagesImport, createImageTask))
    .on('GET', '/v1/jobs', bind(CAPABILITIES.jobsView, listJobs))
    .on('GET', '/v1/jobs/latest', bind(CAPABILITIES.jobsView, latestJobs))
    .on('GET', '/v1/jobs/:jobId', bind(CAPABILITIES.jobsView, getJob));
}

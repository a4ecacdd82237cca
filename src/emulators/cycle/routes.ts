import type { CycleCreatorScope, CycleImageDto, CycleImageOriginDto, CycleImageSourceDto, CycleJobDto } from '../../providers/cycle/dto.js';
import { Router, type EmulatorRequest, type EmulatorResponse, type RouteHandler } from '../kit.js';
import { cycleError } from './errors.js';
import { filterParam, isResponse, listParam, paginate, sortBy } from './query.js';
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

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

async function readBody(req: EmulatorRequest): Promise<Json | EmulatorResponse> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return cycleError(400, '400.invalid-syntax', 'The request body is not valid JSON');
  }
  if (body === undefined) return {};
  if (!isObject(body)) return cycleError(400, '400.invalid-syntax', 'The request body must be a JSON object');
  return body;
}

function creatorOf(req: EmulatorRequest): CycleCreatorScope {
  const key = callers.get(req);
  return { id: key?.id ?? '000000000000000000000000', type: 'api-key' };
}

function notFoundImage(id: string) {
  return cycleError(404, '404.image', `No image with id '${id}' exists in this hub`);
}

export function buildRoutes(store: CycleStore): Router {
  const router = new Router();

  function creatorsInclude(creators: (CycleCreatorScope | undefined)[]): Json {
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

  function imageIncludes(images: CycleImageDto[], include: string[]): Json | undefined {
    const out: Json = {};
    if (include.includes('creators')) out.creators = creatorsInclude(images.map((i) => i.creator));
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

  function sourceView(source: CycleImageSourceDto, meta: string[]): CycleImageSourceDto {
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

  // ---------------- images ----------------

  router.on(
    'GET',
    '/v1/images',
    guard(CAPABILITIES.imagesView, (req) => {
      const q = req.query;
      const states = filterParam(q, 'state')?.split(',');
      const search = filterParam(q, 'search')?.toLowerCase();
      const identifier = filterParam(q, 'identifier');
      const sourceType = filterParam(q, 'source_type');
      const sourceId = filterParam(q, 'source_id');
      let items = [...store.images.values()].filter((i) => {
        const d = i.dto;
        if (states ? !states.includes(d.state.current) : d.state.current === 'deleted') return false;
        if (sourceType && d.source?.type !== sourceType) return false;
        if (sourceId && d.source?.details.id !== sourceId) return false;
        if (identifier) {
          // Images have no identifier of their own; Cycle matches the identifier of their source.
          const src = d.source ? store.sources.get(d.source.details.id) : undefined;
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
      if (isResponse(sorted)) return sorted;
      const page = paginate(sorted, q);
      if (isResponse(page)) return page;
      items = page;
      const meta = listParam(q, 'meta');
      const data = items.map((i) => imageView(i, meta));
      const includes = imageIncludes(data, listParam(q, 'include'));
      return { status: 200, body: { data, ...(includes ? { includes } : {}) } };
    }),
  );

  router.on(
    'POST',
    '/v1/images',
    guard(CAPABILITIES.imagesManage, async (req) => {
      const body = await readBody(req);
      if (isResponse(body)) return body;
      if (body.source_id === undefined) return cycleError(422, '422.missing-argument', 'source_id is required', { source: '/source_id' });
      if (typeof body.source_id !== 'string') return cycleError(422, '422.invalid-argument', 'source_id must be a string', { source: '/source_id' });
      if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim() || body.name.length > 256)) {
        return cycleError(422, '422.invalid-argument', 'name must be a non-empty string of at most 256 characters', { source: '/name' });
      }
      const source = store.sources.get(body.source_id);
      if (!source || source.dto.state.current !== 'live') return cycleError(404, '404.image.source', `No image source with id '${body.source_id}' exists in this hub`);
      const build = isObject(body.build) ? (body.build as CycleImageDto['build']) : undefined;
      const override = isObject(body.override) ? (body.override as { target?: string; targz_url?: string }) : undefined;
      const image = store.createImage({
        source,
        ...(typeof body.name === 'string' ? { name: body.name } : {}),
        ...(build ? { build } : {}),
        ...(override ? { override } : {}),
        creator: creatorOf(req),
      });
      return { status: 201, body: { data: image.dto } };
    }),
  );

  // Literal segments before `:imageId`.
  router.on(
    'POST',
    '/v1/images/tasks',
    guard(CAPABILITIES.imagesManage, async (req) => {
      const body = await readBody(req);
      if (isResponse(body)) return body;
      if (body.action !== 'prune') return cycleError(422, '422.invalid-argument', "action must be 'prune'", { source: '/action' });
      const contents = body.contents;
      if (!isObject(contents) || !Array.isArray(contents.source_ids)) {
        return cycleError(422, '422.missing-argument', 'contents.source_ids is required', { source: '/contents/source_ids' });
      }
      const ids = contents.source_ids;
      for (const [i, id] of ids.entries()) {
        if (typeof id !== 'string') return cycleError(422, '422.invalid-argument', 'source ids must be strings', { source: `/contents/source_ids/${i}` });
        if (!store.sources.has(id)) return cycleError(404, '404.image.source', `No image source with id '${id}' exists in this hub`);
      }
      return { status: 202, body: { data: store.prune(ids as string[], creatorOf(req)) } };
    }),
  );

  registerSourceRoutes(router, store, creatorsInclude, sourceView);

  router.on(
    'GET',
    '/v1/images/:imageId',
    guard(CAPABILITIES.imagesView, (req) => {
      const image = store.images.get(req.params.imageId ?? '');
      if (!image) return notFoundImage(req.params.imageId ?? '');
      const data = imageView(image, listParam(req.query, 'meta'));
      const includes = imageIncludes([data], listParam(req.query, 'include'));
      return { status: 200, body: { data, ...(includes ? { includes } : {}) } };
    }),
  );

  router.on(
    'PATCH',
    '/v1/images/:imageId',
    guard(CAPABILITIES.imagesManage, async (req) => {
      const image = store.images.get(req.params.imageId ?? '');
      if (!image) return notFoundImage(req.params.imageId ?? '');
      const body = await readBody(req);
      if (isResponse(body)) return body;
      if (body.name !== undefined) {
        if (typeof body.name !== 'string' || !body.name.trim() || body.name.length > 256) {
          return cycleError(422, '422.invalid-argument', 'name must be a non-empty string of at most 256 characters', { source: '/name' });
        }
        image.dto.name = body.name;
        image.dto.events.updated = new Date().toISOString();
      }
      return { status: 200, body: { data: image.dto } };
    }),
  );

  router.on(
    'DELETE',
    '/v1/images/:imageId',
    guard(CAPABILITIES.imagesManage, (req) => {
      const image = store.images.get(req.params.imageId ?? '');
      if (!image) return notFoundImage(req.params.imageId ?? '');
      if (store.activeJob(image.dto.id, 'image.delete')) return cycleError(409, '409.duplicate-found', 'This image is already being deleted');
      return { status: 200, body: { data: store.deleteImage(image, creatorOf(req)) } };
    }),
  );

  router.on(
    'GET',
    '/v1/images/:imageId/build-log',
    guard(CAPABILITIES.imagesView, (req) => {
      const id = req.params.imageId ?? '';
      if (!store.images.has(id)) return notFoundImage(id);
      const log = store.buildLogs.get(id);
      if (!log) return cycleError(404, '404.image.build-log', `Image '${id}' has no build log (it has not been imported yet)`);
      return { status: 200, body: { data: log } };
    }),
  );

  router.on(
    'POST',
    '/v1/images/:imageId/tasks',
    guard(CAPABILITIES.imagesImport, async (req) => {
      const image = store.images.get(req.params.imageId ?? '');
      if (!image) return notFoundImage(req.params.imageId ?? '');
      const body = await readBody(req);
      if (isResponse(body)) return body;
      if (body.action === undefined) return cycleError(422, '422.missing-argument', 'action is required', { source: '/action' });
      if (body.action !== 'import') return cycleError(422, '422.invalid-argument', "action must be 'import'", { source: '/action' });
      // Import jobs set `limit_duplicates`: a second import while one runs is refused.
      if (store.activeImport(image.dto.id)) return cycleError(409, '409.duplicate-found', 'An import job for this image is already in progress');
      if (image.dto.state.current !== 'new') return cycleError(409, '409.duplicate-found', `This image is already imported (state '${image.dto.state.current}')`);
      return { status: 200, body: { data: store.startImport(image, creatorOf(req)) } };
    }),
  );

  // ---------------- jobs ----------------

  router.on(
    'GET',
    '/v1/jobs',
    guard(CAPABILITIES.jobsView, (req) => {
      const q = req.query;
      const states = filterParam(q, 'state')?.split(',');
      const search = filterParam(q, 'search')?.toLowerCase();
      const start = filterParam(q, 'range-start');
      const end = filterParam(q, 'range-end');
      for (const [name, v] of [['range-start', start], ['range-end', end]] as const) {
        if (v !== undefined && Number.isNaN(Date.parse(v))) return cycleError(422, '422.invalid-argument', `filter[${name}] must be a date-time`);
      }
      const items = store.visibleJobs().filter((j) => {
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
      if (isResponse(sorted)) return sorted;
      const page = paginate(sorted, q);
      if (isResponse(page)) return page;
      const include = listParam(q, 'include');
      return {
        status: 200,
        body: { data: page, ...(include.includes('creators') ? { includes: { creators: creatorsInclude(page.map((j) => j.creator)) } } : {}) },
      };
    }),
  );

  router.on(
    'GET',
    '/v1/jobs/latest',
    guard(CAPABILITIES.jobsView, () => {
      const latest = store
        .visibleJobs()
        .sort((a, b) => (a.id < b.id ? 1 : -1))
        .slice(0, 10);
      return { status: 200, body: { data: latest } };
    }),
  );

  router.on(
    'GET',
    '/v1/jobs/:jobId',
    guard(CAPABILITIES.jobsView, (req) => {
      const job = store.visibleJob(req.params.jobId ?? '');
      if (!job) return cycleError(404, '404.job', `No job with id '${req.params.jobId ?? ''}' exists in this hub`);
      return { status: 200, body: { data: job } };
    }),
  );

  return router;
}

function registerSourceRoutes(
  router: Router,
  store: CycleStore,
  creatorsInclude: (creators: (CycleCreatorScope | undefined)[]) => Json,
  sourceView: (s: CycleImageSourceDto, meta: string[]) => CycleImageSourceDto,
): void {
  const notFound = (id: string) => cycleError(404, '404.image.source', `No image source with id '${id}' exists in this hub`);

  function validateOrigin(origin: unknown, pointer: string): EmulatorResponse | undefined {
    if (!isObject(origin) || typeof origin.type !== 'string') return cycleError(422, '422.missing-argument', 'origin.type is required', { source: `${pointer}/type` });
    if (!ORIGIN_TYPES.includes(origin.type)) return cycleError(422, '422.invalid-argument', `unknown origin type '${origin.type}'`, { source: `${pointer}/type` });
    if (origin.type === 'none') return undefined;
    if (!isObject(origin.details)) return cycleError(422, '422.missing-argument', 'origin.details is required', { source: `${pointer}/details` });
    const needsTarget = ['docker-hub', 'docker-registry', 'oci-registry'].includes(origin.type);
    if (needsTarget && (typeof origin.details.target !== 'string' || !origin.details.target)) {
      return cycleError(422, '422.missing-argument', 'origin.details.target is required', { source: `${pointer}/details/target` });
    }
    if ((origin.type === 'docker-registry' || origin.type === 'oci-registry') && typeof origin.details.url !== 'string') {
      return cycleError(422, '422.missing-argument', 'origin.details.url is required', { source: `${pointer}/details/url` });
    }
    return undefined;
  }

  router.on(
    'GET',
    '/v1/images/sources',
    guard(CAPABILITIES.sourcesView, (req) => {
      const q = req.query;
      const states = filterParam(q, 'state')?.split(',');
      const search = filterParam(q, 'search')?.toLowerCase();
      const identifier = filterParam(q, 'identifier');
      const items = [...store.sources.values()]
        .map((s) => s.dto)
        .filter((s) => {
          if (states ? !states.includes(s.state.current) : s.state.current === 'deleted') return false;
          if (identifier && s.identifier !== identifier) return false;
          if (search && ![s.id, s.name, s.identifier].some((v) => v.toLowerCase().includes(search))) return false;
          return true;
        });
      const sorted = sortBy(items, listParam(q, 'sort'), { id: (s) => s.id, name: (s) => s.name, identifier: (s) => s.identifier, created: (s) => s.events.created }, '-id');
      if (isResponse(sorted)) return sorted;
      const page = paginate(sorted, q);
      if (isResponse(page)) return page;
      const meta = listParam(q, 'meta');
      const include = listParam(q, 'include');
      return {
        status: 200,
        body: {
          data: page.map((s) => sourceView(s, meta)),
          ...(include.includes('creators') ? { includes: { creators: creatorsInclude(page.map((s) => s.creator)) } } : {}),
        },
      };
    }),
  );

  router.on(
    'POST',
    '/v1/images/sources',
    guard(CAPABILITIES.sourcesManage, async (req) => {
      const body = await readBody(req);
      if (isResponse(body)) return body;
      if (typeof body.type !== 'string') return cycleError(422, '422.missing-argument', 'type is required', { source: '/type' });
      if (!SOURCE_TYPES.includes(body.type)) return cycleError(422, '422.invalid-argument', `type must be one of ${SOURCE_TYPES.join(', ')}`, { source: '/type' });
      const bad = validateOrigin(body.origin, '/origin');
      if (bad) return bad;
      if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim())) return cycleError(422, '422.invalid-argument', 'name must be a non-empty string', { source: '/name' });
      const origin = body.origin as CycleImageOriginDto;
      const name = typeof body.name === 'string' ? body.name : 'details' in origin && 'target' in origin.details ? origin.details.target : 'Image source';
      const about = isObject(body.about) ? body.about : undefined;
      const entry = store.createSource({
        name,
        identifier: typeof body.identifier === 'string' && body.identifier ? body.identifier : slug(name),
        type: body.type as CycleImageSourceDto['type'],
        origin,
        description: typeof about?.description === 'string' ? about.description : null,
        creator: creatorOf(req),
      });
      return { status: 201, body: { data: entry.dto } };
    }),
  );

  router.on(
    'GET',
    '/v1/images/sources/:sourceId',
    guard(CAPABILITIES.sourcesView, (req) => {
      const source = store.sources.get(req.params.sourceId ?? '');
      if (!source) return notFound(req.params.sourceId ?? '');
      const include = listParam(req.query, 'include');
      return {
        status: 200,
        body: {
          data: sourceView(source.dto, listParam(req.query, 'meta')),
          ...(include.includes('creators') ? { includes: { creators: creatorsInclude([source.dto.creator]) } } : {}),
        },
      };
    }),
  );

  router.on(
    'PATCH',
    '/v1/images/sources/:sourceId',
    guard(CAPABILITIES.sourcesManage, async (req) => {
      const source = store.sources.get(req.params.sourceId ?? '');
      if (!source) return notFound(req.params.sourceId ?? '');
      const body = await readBody(req);
      if (isResponse(body)) return body;
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
      if (isObject(body.about)) dto.about = { description: typeof body.about.description === 'string' ? body.about.description : null };
      dto.events.updated = new Date().toISOString();
      return { status: 200, body: { data: dto } };
    }),
  );

  router.on(
    'DELETE',
    '/v1/images/sources/:sourceId',
    guard(CAPABILITIES.sourcesManage, (req) => {
      const source = store.sources.get(req.params.sourceId ?? '');
      if (!source) return notFound(req.params.sourceId ?? '');
      if (source.dto.state.current === 'deleting') return cycleError(409, '409.duplicate-found', 'This image source is already being deleted');
      return { status: 202, body: { data: store.deleteSource(source, creatorOf(req)) } };
    }),
  );
}

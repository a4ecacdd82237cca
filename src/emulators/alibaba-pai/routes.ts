/**
 * The PAI endpoints, one function each, and the router table that lists them. AIWorkSpace (images,
 * labels, CreateImageBuild) and PAI-DLC (jobs, pods) share the port; every route checks the
 * `x-acs-action` / `x-acs-version` pair a POP gateway checks (`op`). Where the real service is
 * undocumented, the choice is written down at that spot.
 */
import { createHash } from 'node:crypto';
import type { AcsLabel, CreateImageBuildRequest } from '../../providers/alibaba-pai/dto.js';
import { isRefusal, pageOf, parseJsonBody, Router, type EmulatorRequest, type EmulatorResponse } from '../kit.js';
import { badParam, fail, missing, requestId, VERSIONS, type AcsHost, type Product } from './errors.js';
import type { EmulatedImage, PaiEmulatorControls, PaiEmulatorState, RecordedBody } from './store.js';

/** What the handlers share: the state, the run-time knobs, and where recorded bodies go. */
export interface PaiRouteContext extends AcsHost {
  state: PaiEmulatorState;
  controls: PaiEmulatorControls;
  workspaceId: string;
  bodies: RecordedBody[];
}

type PaiHandler = (ctx: PaiRouteContext, req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

const IMAGE_NAME = /^[a-z][a-z0-9-]{0,49}$/;
const IMAGE_ID = /^image-[A-Za-z0-9]{18}$/;

const ok = (body: Record<string, unknown>): EmulatorResponse => ({ status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body });

/** Wraps a handler with the action/version check every Alibaba POP gateway makes, and records the JSON body. */
function op(ctx: PaiRouteContext, product: Product, action: string, handler: PaiHandler) {
  return async (req: EmulatorRequest): Promise<EmulatorResponse> => {
    const sentAction = String(req.headers['x-acs-action'] ?? '');
    const sentVersion = String(req.headers['x-acs-version'] ?? '');
    if (sentVersion !== VERSIONS[product]) return fail(ctx, 400, 'InvalidVersion', `Specified parameter Version is not valid for ${product}: ${sentVersion || '(none)'}.`, product);
    if (sentAction !== action) return fail(ctx, 404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', product);
    if (req.method === 'POST' || req.method === 'PUT') {
      const parsed = await parseJsonBody(req);
      if (!parsed.ok) return fail(ctx, 400, 'InvalidParameter', 'The request body is not valid JSON.', product);
      if (parsed.body !== undefined) ctx.bodies.push({ method: req.method, path: req.path, rawUrl: req.rawUrl, action, body: parsed.body });
    }
    return handler(ctx, req);
  };
}

function intParam(ctx: AcsHost, req: EmulatorRequest, name: string, def: number, min: number, max: number, product?: Product): number | EmulatorResponse {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) return badParam(ctx, name, `must be an integer between ${min} and ${max}`, product);
  return n;
}

const boolParam = (req: EmulatorRequest, name: string, def: boolean) => {
  const raw = req.query.get(name);
  return raw === null || raw === '' ? def : raw.toLowerCase() === 'true';
};

function findImage(ctx: PaiRouteContext, req: EmulatorRequest): EmulatedImage | EmulatorResponse {
  const image = ctx.state.images.get(req.params.ImageId ?? '');
  // Error code for a missing image is undocumented; Alibaba products commonly answer 404 with a resource code.
  return image ?? fail(ctx, 404, 'ImageNotFound', `The image ${req.params.ImageId} does not exist.`);
}

function findJob(ctx: PaiRouteContext, req: EmulatorRequest) {
  const job = ctx.state.jobs.get(req.params.JobId ?? '');
  return job ?? fail(ctx, 404, 'JobNotFound', `The job ${req.params.JobId} does not exist.`, 'PAI-DLC');
}

function podOf(ctx: PaiRouteContext, req: EmulatorRequest) {
  const job = findJob(ctx, req);
  if (isRefusal(job)) return job;
  if (!job.pod || job.pod.PodId !== req.params.PodId) return fail(ctx, 404, 'PodNotFound', `The pod ${req.params.PodId} does not exist in job ${job.JobId}.`, 'PAI-DLC');
  return { job, pod: job.pod };
}

function parseLabels(ctx: AcsHost, value: unknown, name: string): AcsLabel[] | EmulatorResponse {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((l) => typeof l !== 'object' || l === null || typeof (l as AcsLabel).Key !== 'string' || !(l as AcsLabel).Key)) {
    return badParam(ctx, name, 'must be a list of {Key, Value}');
  }
  return (value as AcsLabel[]).map((l) => ({ Key: l.Key, Value: String(l.Value ?? '') }));
}

/** ListImages (AIWorkSpace): GET /api/v1/images */
function listImages(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const pageNumber = intParam(ctx, req, 'PageNumber', 1, 1, Number.MAX_SAFE_INTEGER);
  if (isRefusal(pageNumber)) return pageNumber;
  const pageSize = intParam(ctx, req, 'PageSize', 20, 1, 1000);
  if (isRefusal(pageSize)) return pageSize;
  const order = (q.get('Order') ?? 'ASC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') return badParam(ctx, 'Order', 'must be ASC or DESC');
  const sortBy = q.get('SortBy') ?? 'GmtCreateTime';
  if (sortBy !== 'GmtCreateTime') return badParam(ctx, 'SortBy', 'only GmtCreateTime is supported');
  const labelFilters: [string, string][] = [];
  for (const cond of (q.get('Labels') ?? '').split(',').filter(Boolean)) {
    const eq = cond.indexOf('=');
    if (eq <= 0) return badParam(ctx, 'Labels', 'conditions are Key=Value separated by commas');
    labelFilters.push([cond.slice(0, eq).trim(), cond.slice(eq + 1).trim()]);
  }
  const name = q.get('Name')?.toLowerCase();
  const text = q.get('Query')?.toLowerCase();
  const ws = q.get('WorkspaceId');
  const access = q.get('Accessibility');
  const uri = q.get('ImageUri');
  const verbose = boolParam(req, 'Verbose', false);
  let list = [...ctx.state.images.values()].filter(
    (i) =>
      (!name || i.Name.toLowerCase().includes(name)) &&
      (!text || i.Name.toLowerCase().includes(text) || i.Description.toLowerCase().includes(text)) &&
      (!ws || i.WorkspaceId === ws) &&
      (!access || i.Accessibility === access) &&
      // Exact vs fuzzy is undocumented (NOTES.md); exact match here.
      (!uri || i.ImageUri === uri) &&
      labelFilters.every(([k, v]) => i.Labels.some((l) => l.Key === k && l.Value === v)),
  );
  list = list.sort((a, b) => a.GmtCreateTime.localeCompare(b.GmtCreateTime) || a.ImageId.localeCompare(b.ImageId));
  if (order === 'DESC') list.reverse();
  const page = pageOf(list, pageNumber, pageSize);
  return ok({ RequestId: requestId(), TotalCount: list.length, Images: page.map((i) => ctx.state.imageDto(i, verbose, true)) });
}

/** AddImage (AIWorkSpace): POST /api/v1/images */
async function addImage(ctx: PaiRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Record<string, unknown>;
  if (typeof b.Name !== 'string' || !b.Name) return missing(ctx, 'Name');
  if (typeof b.ImageUri !== 'string' || !b.ImageUri) return missing(ctx, 'ImageUri');
  if (!IMAGE_NAME.test(b.Name)) return badParam(ctx, 'Name', '1-50 lowercase letters, digits and hyphens, starting with a letter');
  if (b.ImageId !== undefined && b.ImageId !== '' && (typeof b.ImageId !== 'string' || !IMAGE_ID.test(b.ImageId))) {
    return badParam(ctx, 'ImageId', 'image- followed by 18 letters or digits');
  }
  if (typeof b.ImageId === 'string' && ctx.state.images.has(b.ImageId)) return fail(ctx, 400, 'ImageAlreadyExists', `The image ${b.ImageId} already exists.`);
  if (b.Accessibility !== undefined && b.Accessibility !== 'PUBLIC' && b.Accessibility !== 'PRIVATE') return badParam(ctx, 'Accessibility', 'PUBLIC or PRIVATE');
  const wsId = typeof b.WorkspaceId === 'string' && b.WorkspaceId ? b.WorkspaceId : ctx.workspaceId;
  if ([...ctx.state.images.values()].some((i) => i.WorkspaceId === wsId && i.Name === b.Name)) {
    return fail(ctx, 400, 'ImageNameDuplicated', `An image named ${b.Name} already exists in workspace ${wsId}.`);
  }
  const labels = parseLabels(ctx, b.Labels, 'Labels');
  if (isRefusal(labels)) return labels;
  const image = ctx.state.addImage({
    ImageId: typeof b.ImageId === 'string' ? b.ImageId : undefined,
    Name: b.Name,
    ImageUri: b.ImageUri,
    Description: typeof b.Description === 'string' ? b.Description : '',
    Labels: labels,
    WorkspaceId: wsId,
    Accessibility: (b.Accessibility as 'PUBLIC' | 'PRIVATE' | undefined) ?? 'PRIVATE',
    Size: typeof b.Size === 'number' ? b.Size : 0,
    SourceType: b.SourceType === 'Build' ? 'Build' : 'Import',
    SourceId: typeof b.SourceId === 'string' ? b.SourceId : '',
  });
  return ok({ RequestId: requestId(), ImageId: image.ImageId });
}

/** GetImage (AIWorkSpace): GET /api/v1/images/:ImageId */
function getImage(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = findImage(ctx, req);
  if (isRefusal(image)) return image;
  return ok({ RequestId: requestId(), ...ctx.state.imageDto(image, boolParam(req, 'Verbose', false), false) });
}

/** RemoveImage (AIWorkSpace): DELETE /api/v1/images/:ImageId */
function removeImage(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = findImage(ctx, req);
  if (isRefusal(image)) return image;
  ctx.state.images.delete(image.ImageId);
  return ok({ RequestId: requestId() });
}

/** PublishImage (AIWorkSpace): PUT /api/v1/images/:ImageId/publish */
function publishImage(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = findImage(ctx, req);
  if (isRefusal(image)) return image;
  image.Accessibility = 'PUBLIC';
  image.GmtModifiedTime = new Date().toISOString();
  return ok({ RequestId: requestId(), ImageId: image.ImageId });
}

/** AddImageLabels (AIWorkSpace): POST /api/v1/images/:ImageId/labels */
async function addImageLabels(ctx: PaiRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const image = findImage(ctx, req);
  if (isRefusal(image)) return image;
  const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Record<string, unknown>;
  if (b.Labels === undefined) return missing(ctx, 'Labels');
  const labels = parseLabels(ctx, b.Labels, 'Labels');
  if (isRefusal(labels)) return labels;
  for (const l of labels) {
    const existing = image.Labels.find((x) => x.Key === l.Key);
    if (existing) existing.Value = l.Value;
    else image.Labels.push(l);
  }
  image.GmtModifiedTime = new Date().toISOString();
  return ok({ RequestId: requestId() });
}

/** RemoveImageLabels (AIWorkSpace): DELETE /api/v1/images/:ImageId/labels/:LabelKey */
function removeImageLabels(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const image = findImage(ctx, req);
  if (isRefusal(image)) return image;
  image.Labels = image.Labels.filter((l) => l.Key !== req.params.LabelKey);
  return ok({ RequestId: requestId() });
}

/** ListImageLabels (AIWorkSpace): GET /api/v1/image/labels */
function listImageLabels(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const keys = (q.get('LabelKeys') ?? '').split(',').filter(Boolean);
  const filters = (q.get('LabelFilter') ?? '').split(',').filter(Boolean).map((c) => c.split('=') as [string, string?]);
  const imageId = q.get('ImageId');
  const ws = q.get('WorkspaceId');
  const seen = new Map<string, AcsLabel>();
  for (const image of ctx.state.images.values()) {
    if (imageId && image.ImageId !== imageId) continue;
    if (ws && image.WorkspaceId !== ws) continue;
    if (!filters.every(([k, v]) => image.Labels.some((l) => l.Key === k && (v === undefined || l.Value === v)))) continue;
    for (const l of image.Labels) if (!keys.length || keys.includes(l.Key ?? '')) seen.set(`${l.Key}=${l.Value}`, { Key: l.Key, Value: l.Value });
  }
  return ok({ RequestId: requestId(), TotalCount: seen.size, Labels: [...seen.values()] });
}

/** CreateImageBuild (AIWorkSpace): POST /api/v1/imagebuilds */
async function createImageBuild(ctx: PaiRouteContext, req: EmulatorRequest): Promise<EmulatorResponse> {
  const raw = await req.body();
  const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Partial<CreateImageBuildRequest> & Record<string, unknown>;
  const token = req.query.get('ClientToken') ?? undefined;
  if (token !== undefined && (token.length === 0 || token.length > 64 || !/^[\x21-\x7e]+$/.test(token))) {
    return badParam(ctx, 'ClientToken', 'at most 64 printable ASCII characters');
  }
  // Same token: the same build, never a second one. A different body under a used token is refused.
  const bodyHash = createHash('sha256').update(raw).digest('hex');
  if (token && ctx.state.buildsByToken.has(token)) {
    const build = ctx.state.builds.get(ctx.state.buildsByToken.get(token) ?? '');
    if (build && build.bodyHash !== bodyHash) {
      return fail(ctx, 400, 'IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request.');
    }
    if (build) return ok({ ImageBuildId: build.id, ImageBuildJobId: build.jobId });
  }
  if (typeof b.WorkspaceId !== 'string' || !b.WorkspaceId) return missing(ctx, 'WorkspaceId');
  if (!b.Resource || typeof b.Resource !== 'object') return missing(ctx, 'Resource');
  if (!b.Resource.EcsSpec && !b.Resource.ResourceId) return badParam(ctx, 'Resource', 'EcsSpec (public resource group) or ResourceId (subscription) is required');
  if (!b.TargetRegistry || typeof b.TargetRegistry !== 'object' || !b.TargetRegistry.Type) return missing(ctx, 'TargetRegistry.Type');
  if (b.TargetRegistry.Type !== 'AcrEnterprise') return badParam(ctx, 'TargetRegistry.Type', 'only AcrEnterprise is supported');
  if (!b.TargetRegistry.InstanceId) return missing(ctx, 'TargetRegistry.InstanceId');
  if (!b.BuildConfig || typeof b.BuildConfig !== 'object') return missing(ctx, 'BuildConfig');
  if (typeof b.BuildConfig.Dockerfile !== 'string' || !b.BuildConfig.Dockerfile.trim()) return missing(ctx, 'BuildConfig.Dockerfile');
  if (b.BuildConfig.BuildType !== 'PackageInstallation' && b.BuildConfig.BuildType !== 'CustomDockerfile') {
    return badParam(ctx, 'BuildConfig.BuildType', 'PackageInstallation or CustomDockerfile');
  }
  if (!b.Image || typeof b.Image !== 'object') return missing(ctx, 'Image');
  if (typeof b.Image.Name !== 'string' || !b.Image.Name) return missing(ctx, 'Image.Name');
  if (!IMAGE_NAME.test(b.Image.Name)) return badParam(ctx, 'Image.Name', '1-50 lowercase letters, digits and hyphens, starting with a letter');
  if (typeof b.Image.Uri !== 'string' || !b.Image.Uri) return missing(ctx, 'Image.Uri');
  if (b.Accessibility !== undefined && b.Accessibility !== 'PUBLIC' && b.Accessibility !== 'PRIVATE') return badParam(ctx, 'Accessibility', 'PUBLIC or PRIVATE');
  if (b.Image.Labels !== undefined) {
    const labels = parseLabels(ctx, b.Image.Labels, 'Image.Labels');
    if (isRefusal(labels)) return labels;
  }
  const build = ctx.state.createBuild(b as CreateImageBuildRequest, bodyHash, token);
  if (ctx.controls.loseNextCreateResponses > 0) {
    ctx.controls.loseNextCreateResponses -= 1;
    return fail(ctx, 503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
  }
  return ok({ ImageBuildId: build.id, ImageBuildJobId: build.jobId });
}

/** ListJobs (PAI-DLC): GET /api/v1/jobs */
function listJobs(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const q = req.query;
  const pageNumber = intParam(ctx, req, 'PageNumber', 1, 1, 1000, 'PAI-DLC');
  if (isRefusal(pageNumber)) return pageNumber;
  const pageSize = intParam(ctx, req, 'PageSize', 50, 1, 100, 'PAI-DLC');
  if (isRefusal(pageSize)) return pageSize;
  const now = Date.now();
  const start = q.get('StartTime') ? Date.parse(q.get('StartTime') ?? '') : now - 7 * 86_400_000;
  const end = q.get('EndTime') ? Date.parse(q.get('EndTime') ?? '') : Number.POSITIVE_INFINITY;
  if (Number.isNaN(start)) return badParam(ctx, 'StartTime', 'ISO 8601 UTC time', 'PAI-DLC');
  if (Number.isNaN(end)) return badParam(ctx, 'EndTime', 'ISO 8601 UTC time', 'PAI-DLC');
  const jobId = q.get('JobId');
  const jobIds = jobId ? [jobId] : (q.get('JobIds') ?? '').split(',').filter(Boolean);
  const statuses = (q.get('Status') ?? '').split(',').filter(Boolean);
  const ws = q.get('WorkspaceId');
  const jobType = q.get('JobType');
  const displayName = q.get('DisplayName')?.toLowerCase();
  const sortBy = q.get('SortBy') ?? 'GmtCreateTime';
  const order = (q.get('Order') ?? 'desc').toLowerCase();
  if (order !== 'asc' && order !== 'desc') return badParam(ctx, 'Order', 'asc or desc', 'PAI-DLC');
  let list = [...ctx.state.jobs.values()].filter(
    (j) =>
      (!jobIds.length || jobIds.includes(j.JobId)) &&
      (!statuses.length || statuses.includes(j.status)) &&
      (!ws || j.WorkspaceId === ws) &&
      (!jobType || j.JobType === jobType) &&
      (!displayName || j.DisplayName.toLowerCase().includes(displayName)) &&
      j.createdAt >= start &&
      j.createdAt <= end,
  );
  const key = (j: (typeof list)[number]): string | number =>
    sortBy === 'DisplayName' ? j.DisplayName : sortBy === 'JobType' ? j.JobType : sortBy === 'Status' ? j.status : sortBy === 'GmtFinishTime' ? (j.finishedAt ?? 0) : j.createdAt;
  list = list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : 0) || a.JobId.localeCompare(b.JobId);
  });
  if (order === 'desc') list.reverse();
  const page = pageOf(list, pageNumber, pageSize);
  return ok({ RequestId: requestId(), TotalCount: list.length, Jobs: page.map((j) => ctx.state.jobDto(j, true)) });
}

/** GetJob (PAI-DLC): GET /api/v1/jobs/:JobId */
function getJob(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const job = findJob(ctx, req);
  if (isRefusal(job)) return job;
  return ok({ RequestId: requestId(), ...ctx.state.jobDto(job, boolParam(req, 'NeedDetail', true)) });
}

/** StopJob (PAI-DLC): POST /api/v1/jobs/:JobId/stop */
function stopJob(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const job = findJob(ctx, req);
  if (isRefusal(job)) return job;
  // Stopping a stopped job is accepted again; a finished one is refused (the real code is undocumented).
  if (job.status === 'Succeeded' || job.status === 'Failed') {
    return fail(ctx, 400, 'InvalidJobStatus', `The job ${job.JobId} is ${job.status} and cannot be stopped.`, 'PAI-DLC');
  }
  if (job.status !== 'Stopped') ctx.state.stop(job);
  return ok({ RequestId: requestId(), JobId: job.JobId });
}

/** GetJobEvents (PAI-DLC): GET /api/v1/jobs/:JobId/events */
function getJobEvents(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const job = findJob(ctx, req);
  if (isRefusal(job)) return job;
  const max = intParam(ctx, req, 'MaxEventsNum', 2000, 1, 10000, 'PAI-DLC');
  if (isRefusal(max)) return max;
  const events = job.history.map((h) => `${h.StartTime} ${h.Status}: ${h.ReasonMessage ?? ''}`.trim()).slice(0, max);
  return ok({ RequestId: requestId(), JobId: job.JobId, Events: events });
}

/** GetPodLogs (PAI-DLC): GET /api/v1/jobs/:JobId/pods/:PodId/logs */
function getPodLogs(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const found = podOf(ctx, req);
  if (isRefusal(found)) return found;
  const { job, pod } = found;
  const uid = req.query.get('PodUid');
  if (uid && uid !== pod.PodUid) return fail(ctx, 404, 'PodNotFound', `No pod with uid ${uid}.`, 'PAI-DLC');
  const maxLines = intParam(ctx, req, 'MaxLines', 2000, 1, 10000, 'PAI-DLC');
  if (isRefusal(maxLines)) return maxLines;
  const now = Date.now();
  const start = req.query.get('StartTime') ? Date.parse(req.query.get('StartTime') ?? '') : now - 7 * 86_400_000;
  const end = req.query.get('EndTime') ? Date.parse(req.query.get('EndTime') ?? '') : now;
  if (Number.isNaN(start) || Number.isNaN(end)) return badParam(ctx, 'StartTime/EndTime', 'ISO 8601 UTC time', 'PAI-DLC');
  // Head of the window (oldest first). Whether the real service returns the head or the tail when
  // MaxLines cuts is undocumented; the adapter asks for a window large enough not to be cut.
  const logs = job.logs.filter((l) => l.at >= start && l.at <= end).slice(0, maxLines).map((l) => l.text);
  return ok({ RequestId: requestId(), JobId: job.JobId, PodId: pod.PodId, PodUid: pod.PodUid, Logs: logs });
}

/** GetPodEvents (PAI-DLC): GET /api/v1/jobs/:JobId/pods/:PodId/events */
function getPodEvents(ctx: PaiRouteContext, req: EmulatorRequest): EmulatorResponse {
  const found = podOf(ctx, req);
  if (isRefusal(found)) return found;
  const { job, pod } = found;
  const events = [`${new Date(pod.createdAt).toISOString()} Scheduled: assigned ${pod.PodId} to emulator-node-1`];
  if (pod.startedAt) events.push(`${new Date(pod.startedAt).toISOString()} Started: container started`);
  if (pod.finishedAt) events.push(`${new Date(pod.finishedAt).toISOString()} ${pod.Status}: container finished`);
  return ok({ RequestId: requestId(), JobId: job.JobId, PodId: pod.PodId, PodUid: pod.PodUid, Events: events });
}

/** The router table: every PAI endpoint, with the product and action its headers must name. */
export function paiRoutes(ctx: PaiRouteContext): Router {
  const route = (product: Product, action: string, handler: PaiHandler) => op(ctx, product, action, handler);
  return new Router()
    .on('GET', '/api/v1/images', route('AIWorkSpace', 'ListImages', listImages))
    .on('POST', '/api/v1/images', route('AIWorkSpace', 'AddImage', addImage))
    .on('GET', '/api/v1/images/:ImageId', route('AIWorkSpace', 'GetImage', getImage))
    .on('DELETE', '/api/v1/images/:ImageId', route('AIWorkSpace', 'RemoveImage', removeImage))
    .on('PUT', '/api/v1/images/:ImageId/publish', route('AIWorkSpace', 'PublishImage', publishImage))
    .on('POST', '/api/v1/images/:ImageId/labels', route('AIWorkSpace', 'AddImageLabels', addImageLabels))
    .on('DELETE', '/api/v1/images/:ImageId/labels/:LabelKey', route('AIWorkSpace', 'RemoveImageLabels', removeImageLabels))
    // Singular `image` in this one path (NOTES.md "Surprises").
    .on('GET', '/api/v1/image/labels', route('AIWorkSpace', 'ListImageLabels', listImageLabels))
    .on('POST', '/api/v1/imagebuilds', route('AIWorkSpace', 'CreateImageBuild', createImageBuild))
    .on('GET', '/api/v1/jobs', route('PAI-DLC', 'ListJobs', listJobs))
    .on('GET', '/api/v1/jobs/:JobId', route('PAI-DLC', 'GetJob', getJob))
    .on('POST', '/api/v1/jobs/:JobId/stop', route('PAI-DLC', 'StopJob', stopJob))
    .on('GET', '/api/v1/jobs/:JobId/events', route('PAI-DLC', 'GetJobEvents', getJobEvents))
    .on('GET', '/api/v1/jobs/:JobId/pods/:PodId/logs', route('PAI-DLC', 'GetPodLogs', getPodLogs))
    .on('GET', '/api/v1/jobs/:JobId/pods/:PodId/events', route('PAI-DLC', 'GetPodEvents', getPodEvents));
}

/**
 * A local emulator of Alibaba Cloud PAI: AIWorkSpace 2021-02-04 (images, labels, CreateImageBuild) and
 * PAI-DLC 2020-12-03 (jobs, pod logs, events, stop), both served on **one port** and told apart by path
 * (`/api/v1/images…`, `/api/v1/image/labels`, `/api/v1/imagebuilds` vs `/api/v1/jobs…`) and by
 * `x-acs-version`. So `PAI_ENDPOINT` and `PAI_DLC_ENDPOINT` are the same URL.
 *
 * Faithful where the SDK models and NOTES.md are precise: paths, methods, query names, JSON shapes,
 * Alibaba's error body `{RequestId, HostId, Code, Message, Recommend}`, ACS3-HMAC-SHA256 verified by
 * recomputation (unknown key, stale date, reused nonce, any changed byte are refused), `x-acs-action` /
 * `x-acs-version` checked against the route, `ClientToken` idempotency, throttling with `x-acs-retry-after`
 * (milliseconds, as the Alibaba SDKs read it). Where the real service is undocumented (error codes for
 * missing images/jobs, StopJob on a finished job, the JobType and envs of a build job, head-vs-tail of
 * GetPodLogs), the choice is written down at that spot.
 */
import { createHash, randomUUID } from 'node:crypto';
import { verifyAcs3Signature, ACS3_MAX_SKEW_SECONDS } from '../../providers/alibaba-pai/sign.js';
import { AIWORKSPACE_VERSION, DLC_VERSION, type AcsErrorBody, type AcsLabel, type CreateImageBuildRequest } from '../../providers/alibaba-pai/dto.js';
import { Router, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { PaiEmulatorState, type EmulatedImage } from './state.js';

export { PaiEmulatorState } from './state.js';

export interface PaiEmulatorCredential {
  accessKeyId: string;
  accessKeySecret: string;
  /** When set, requests with this key must carry this `x-acs-security-token` (STS). */
  securityToken?: string;
}

export interface PaiEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** @default one demo key pair (see `DEFAULT_PAI_CREDENTIALS`) */
  credentials?: PaiEmulatorCredential[];
  /** @default 'cn-hangzhou' */
  regionId?: string;
  /** @default '12345' */
  workspaceId?: string;
  /** Interval of job progress (one state step or three log lines per tick); 0 = only `advance()`. @default 500 */
  tickMs?: number;
  /** Seed demo images and DLC jobs. @default true */
  seed?: boolean;
  /** Answer every Nth request with 429 `Throttling` and `x-acs-retry-after`. @default 0 (off) */
  throttleEvery?: number;
}

/** Knobs that can be changed while the emulator runs. */
export interface PaiEmulatorControls {
  throttleEvery: number;
  /** Throttle exactly the next N requests (deterministic tests). @default 0 */
  throttleNext: number;
  /** Value of `x-acs-retry-after` (milliseconds) on throttled answers. @default 1000 */
  throttleRetryAfterMs: number;
  /**
   * Create the build, then answer the next N CreateImageBuild calls with 503 anyway: the "response lost
   * after commit" case that `ClientToken` exists for. @default 0
   */
  loseNextCreateResponses: number;
  /** @default 900 */
  maxSkewSeconds: number;
}

export interface RecordedBody {
  method: string;
  path: string;
  rawUrl: string;
  action: string;
  body: unknown;
}

export interface RunningPaiEmulator extends RunningEmulator {
  state: PaiEmulatorState;
  controls: PaiEmulatorControls;
  credentials: PaiEmulatorCredential[];
  regionId: string;
  workspaceId: string;
  /** Same as `url`: AIWorkSpace and DLC share the port. */
  dlcUrl: string;
  /** JSON bodies of accepted POST/PUT requests, in order (contract tests check them against the spec). */
  bodies: RecordedBody[];
  /** Advance every job by `steps` ticks now. */
  advance(steps?: number): void;
}

export const DEFAULT_PAI_CREDENTIALS: PaiEmulatorCredential[] = [
  { accessKeyId: 'LTAI5tPaiEmulatorKey0001', accessKeySecret: 'pai-emulator-secret-not-a-real-key' },
];

type Product = 'AIWorkSpace' | 'PAI-DLC';
const VERSIONS: Record<Product, string> = { AIWorkSpace: AIWORKSPACE_VERSION, 'PAI-DLC': DLC_VERSION };

function errorBody(host: string, code: string, message: string, product: Product = 'AIWorkSpace'): AcsErrorBody {
  return {
    RequestId: randomUUID().toUpperCase(),
    HostId: host,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${encodeURIComponent(product)}`,
  };
}

const requestId = () => randomUUID().toUpperCase();
const IMAGE_NAME = /^[a-z][a-z0-9-]{0,49}$/;
const IMAGE_ID = /^image-[A-Za-z0-9]{18}$/;

export async function startPaiEmulator(options: PaiEmulatorOptions = {}): Promise<RunningPaiEmulator> {
  const regionId = options.regionId ?? 'cn-hangzhou';
  const workspaceId = options.workspaceId ?? '12345';
  const credentials = options.credentials?.length ? options.credentials : DEFAULT_PAI_CREDENTIALS;
  const state = new PaiEmulatorState(regionId, workspaceId, '1557702098194904');
  if (options.seed ?? true) state.seed();
  const controls: PaiEmulatorControls = {
    throttleEvery: options.throttleEvery ?? 0,
    throttleNext: 0,
    throttleRetryAfterMs: 1000,
    loseNextCreateResponses: 0,
    maxSkewSeconds: ACS3_MAX_SKEW_SECONDS,
  };
  const bodies: RecordedBody[] = [];
  const nonces = new Map<string, number>();
  let counted = 0;
  let host = '127.0.0.1';

  const fail = (status: number, code: string, message: string, product?: Product, headers?: Record<string, string>): EmulatorResponse => ({
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', ...(headers ?? {}) },
    body: errorBody(host, code, message, product),
  });
  const ok = (body: Record<string, unknown>): EmulatorResponse => ({ status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body });
  const badParam = (name: string, message: string, product?: Product) => fail(400, 'InvalidParameter', `The parameter ${name} is invalid: ${message}`, product);
  const missing = (name: string, product?: Product) => fail(400, 'MissingParameter', `The parameter ${name} is required.`, product);

  /** Wraps a handler with the action/version check every Alibaba POP gateway makes. */
  function op(product: Product, action: string, handler: (req: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>) {
    return async (req: EmulatorRequest): Promise<EmulatorResponse> => {
      const sentAction = String(req.headers['x-acs-action'] ?? '');
      const sentVersion = String(req.headers['x-acs-version'] ?? '');
      if (sentVersion !== VERSIONS[product]) return fail(400, 'InvalidVersion', `Specified parameter Version is not valid for ${product}: ${sentVersion || '(none)'}.`, product);
      if (sentAction !== action) return fail(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', product);
      if (req.method === 'POST' || req.method === 'PUT') {
        const raw = await req.body();
        if (raw.length) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(raw.toString('utf8'));
          } catch {
            return fail(400, 'InvalidParameter', 'The request body is not valid JSON.', product);
          }
          bodies.push({ method: req.method, path: req.path, rawUrl: req.rawUrl, action, body: parsed });
        }
      }
      return handler(req);
    };
  }

  function intParam(req: EmulatorRequest, name: string, def: number, min: number, max: number, product?: Product): number | EmulatorResponse {
    const raw = req.query.get(name);
    if (raw === null || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) return badParam(name, `must be an integer between ${min} and ${max}`, product);
    return n;
  }
  const isResponse = (v: unknown): v is EmulatorResponse =>
    typeof v === 'object' && v !== null && typeof (v as { status?: unknown }).status === 'number' && !('JobId' in v);
  const boolParam = (req: EmulatorRequest, name: string, def: boolean) => {
    const raw = req.query.get(name);
    return raw === null || raw === '' ? def : raw.toLowerCase() === 'true';
  };

  function findImage(req: EmulatorRequest): EmulatedImage | EmulatorResponse {
    const image = state.images.get(req.params.ImageId ?? '');
    // Error code for a missing image is undocumented; Alibaba products commonly answer 404 with a resource code.
    return image ?? fail(404, 'ImageNotFound', `The image ${req.params.ImageId} does not exist.`);
  }
  function findJob(req: EmulatorRequest) {
    const job = state.jobs.get(req.params.JobId ?? '');
    return job ?? fail(404, 'JobNotFound', `The job ${req.params.JobId} does not exist.`, 'PAI-DLC');
  }
  const parseLabels = (value: unknown, name: string): AcsLabel[] | EmulatorResponse => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((l) => typeof l !== 'object' || l === null || typeof (l as AcsLabel).Key !== 'string' || !(l as AcsLabel).Key)) {
      return badParam(name, 'must be a list of {Key, Value}');
    }
    return (value as AcsLabel[]).map((l) => ({ Key: l.Key, Value: String(l.Value ?? '') }));
  };

  const router = new Router();

  // ---------------------------------------------------------------- AIWorkSpace: images
  router.on(
    'GET',
    '/api/v1/images',
    op('AIWorkSpace', 'ListImages', (req) => {
      const q = req.query;
      const pageNumber = intParam(req, 'PageNumber', 1, 1, Number.MAX_SAFE_INTEGER);
      if (isResponse(pageNumber)) return pageNumber;
      const pageSize = intParam(req, 'PageSize', 20, 1, 1000);
      if (isResponse(pageSize)) return pageSize;
      const order = (q.get('Order') ?? 'ASC').toUpperCase();
      if (order !== 'ASC' && order !== 'DESC') return badParam('Order', 'must be ASC or DESC');
      const sortBy = q.get('SortBy') ?? 'GmtCreateTime';
      if (sortBy !== 'GmtCreateTime') return badParam('SortBy', 'only GmtCreateTime is supported');
      const labelFilters: [string, string][] = [];
      for (const cond of (q.get('Labels') ?? '').split(',').filter(Boolean)) {
        const eq = cond.indexOf('=');
        if (eq <= 0) return badParam('Labels', 'conditions are Key=Value separated by commas');
        labelFilters.push([cond.slice(0, eq).trim(), cond.slice(eq + 1).trim()]);
      }
      const name = q.get('Name')?.toLowerCase();
      const text = q.get('Query')?.toLowerCase();
      const ws = q.get('WorkspaceId');
      const access = q.get('Accessibility');
      const uri = q.get('ImageUri');
      const verbose = boolParam(req, 'Verbose', false);
      let list = [...state.images.values()].filter(
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
      const page = list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return ok({ RequestId: requestId(), TotalCount: list.length, Images: page.map((i) => state.imageDto(i, verbose, true)) });
    }),
  );

  router.on(
    'POST',
    '/api/v1/images',
    op('AIWorkSpace', 'AddImage', async (req) => {
      const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Record<string, unknown>;
      if (typeof b.Name !== 'string' || !b.Name) return missing('Name');
      if (typeof b.ImageUri !== 'string' || !b.ImageUri) return missing('ImageUri');
      if (!IMAGE_NAME.test(b.Name)) return badParam('Name', '1-50 lowercase letters, digits and hyphens, starting with a letter');
      if (b.ImageId !== undefined && b.ImageId !== '' && (typeof b.ImageId !== 'string' || !IMAGE_ID.test(b.ImageId))) {
        return badParam('ImageId', 'image- followed by 18 letters or digits');
      }
      if (typeof b.ImageId === 'string' && state.images.has(b.ImageId)) return fail(400, 'ImageAlreadyExists', `The image ${b.ImageId} already exists.`);
      if (b.Accessibility !== undefined && b.Accessibility !== 'PUBLIC' && b.Accessibility !== 'PRIVATE') return badParam('Accessibility', 'PUBLIC or PRIVATE');
      const wsId = typeof b.WorkspaceId === 'string' && b.WorkspaceId ? b.WorkspaceId : workspaceId;
      if ([...state.images.values()].some((i) => i.WorkspaceId === wsId && i.Name === b.Name)) {
        return fail(400, 'ImageNameDuplicated', `An image named ${b.Name} already exists in workspace ${wsId}.`);
      }
      const labels = parseLabels(b.Labels, 'Labels');
      if (isResponse(labels)) return labels;
      const image = state.addImage({
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
    }),
  );

  router.on(
    'GET',
    '/api/v1/images/:ImageId',
    op('AIWorkSpace', 'GetImage', (req) => {
      const image = findImage(req);
      if (isResponse(image)) return image;
      return ok({ RequestId: requestId(), ...state.imageDto(image, boolParam(req, 'Verbose', false), false) });
    }),
  );

  router.on(
    'DELETE',
    '/api/v1/images/:ImageId',
    op('AIWorkSpace', 'RemoveImage', (req) => {
      const image = findImage(req);
      if (isResponse(image)) return image;
      state.images.delete(image.ImageId);
      return ok({ RequestId: requestId() });
    }),
  );

  router.on(
    'PUT',
    '/api/v1/images/:ImageId/publish',
    op('AIWorkSpace', 'PublishImage', (req) => {
      const image = findImage(req);
      if (isResponse(image)) return image;
      image.Accessibility = 'PUBLIC';
      image.GmtModifiedTime = new Date().toISOString();
      return ok({ RequestId: requestId(), ImageId: image.ImageId });
    }),
  );

  router.on(
    'POST',
    '/api/v1/images/:ImageId/labels',
    op('AIWorkSpace', 'AddImageLabels', async (req) => {
      const image = findImage(req);
      if (isResponse(image)) return image;
      const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Record<string, unknown>;
      if (b.Labels === undefined) return missing('Labels');
      const labels = parseLabels(b.Labels, 'Labels');
      if (isResponse(labels)) return labels;
      for (const l of labels) {
        const existing = image.Labels.find((x) => x.Key === l.Key);
        if (existing) existing.Value = l.Value;
        else image.Labels.push(l);
      }
      image.GmtModifiedTime = new Date().toISOString();
      return ok({ RequestId: requestId() });
    }),
  );

  router.on(
    'DELETE',
    '/api/v1/images/:ImageId/labels/:LabelKey',
    op('AIWorkSpace', 'RemoveImageLabels', (req) => {
      const image = findImage(req);
      if (isResponse(image)) return image;
      image.Labels = image.Labels.filter((l) => l.Key !== req.params.LabelKey);
      return ok({ RequestId: requestId() });
    }),
  );

  // Singular `image` in this one path (NOTES.md "Surprises").
  router.on(
    'GET',
    '/api/v1/image/labels',
    op('AIWorkSpace', 'ListImageLabels', (req) => {
      const q = req.query;
      const keys = (q.get('LabelKeys') ?? '').split(',').filter(Boolean);
      const filters = (q.get('LabelFilter') ?? '').split(',').filter(Boolean).map((c) => c.split('=') as [string, string?]);
      const imageId = q.get('ImageId');
      const ws = q.get('WorkspaceId');
      const seen = new Map<string, AcsLabel>();
      for (const image of state.images.values()) {
        if (imageId && image.ImageId !== imageId) continue;
        if (ws && image.WorkspaceId !== ws) continue;
        if (!filters.every(([k, v]) => image.Labels.some((l) => l.Key === k && (v === undefined || l.Value === v)))) continue;
        for (const l of image.Labels) if (!keys.length || keys.includes(l.Key ?? '')) seen.set(`${l.Key}=${l.Value}`, { Key: l.Key, Value: l.Value });
      }
      return ok({ RequestId: requestId(), TotalCount: seen.size, Labels: [...seen.values()] });
    }),
  );

  // ---------------------------------------------------------------- AIWorkSpace: CreateImageBuild
  router.on(
    'POST',
    '/api/v1/imagebuilds',
    op('AIWorkSpace', 'CreateImageBuild', async (req) => {
      const raw = await req.body();
      const b = ((await req.json<Record<string, unknown>>()) ?? {}) as Partial<CreateImageBuildRequest> & Record<string, unknown>;
      const token = req.query.get('ClientToken') ?? undefined;
      if (token !== undefined && (token.length === 0 || token.length > 64 || !/^[\x21-\x7e]+$/.test(token))) {
        return badParam('ClientToken', 'at most 64 printable ASCII characters');
      }
      // Same token: the same build, never a second one. A different body under a used token is refused.
      const bodyHash = createHash('sha256').update(raw).digest('hex');
      if (token && state.buildsByToken.has(token)) {
        const build = state.builds.get(state.buildsByToken.get(token) ?? '');
        if (build && build.bodyHash !== bodyHash) {
          return fail(400, 'IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request.');
        }
        if (build) return ok({ ImageBuildId: build.id, ImageBuildJobId: build.jobId });
      }
      if (typeof b.WorkspaceId !== 'string' || !b.WorkspaceId) return missing('WorkspaceId');
      if (!b.Resource || typeof b.Resource !== 'object') return missing('Resource');
      if (!b.Resource.EcsSpec && !b.Resource.ResourceId) return badParam('Resource', 'EcsSpec (public resource group) or ResourceId (subscription) is required');
      if (!b.TargetRegistry || typeof b.TargetRegistry !== 'object' || !b.TargetRegistry.Type) return missing('TargetRegistry.Type');
      if (b.TargetRegistry.Type !== 'AcrEnterprise') return badParam('TargetRegistry.Type', 'only AcrEnterprise is supported');
      if (!b.TargetRegistry.InstanceId) return missing('TargetRegistry.InstanceId');
      if (!b.BuildConfig || typeof b.BuildConfig !== 'object') return missing('BuildConfig');
      if (typeof b.BuildConfig.Dockerfile !== 'string' || !b.BuildConfig.Dockerfile.trim()) return missing('BuildConfig.Dockerfile');
      if (b.BuildConfig.BuildType !== 'PackageInstallation' && b.BuildConfig.BuildType !== 'CustomDockerfile') {
        return badParam('BuildConfig.BuildType', 'PackageInstallation or CustomDockerfile');
      }
      if (!b.Image || typeof b.Image !== 'object') return missing('Image');
      if (typeof b.Image.Name !== 'string' || !b.Image.Name) return missing('Image.Name');
      if (!IMAGE_NAME.test(b.Image.Name)) return badParam('Image.Name', '1-50 lowercase letters, digits and hyphens, starting with a letter');
      if (typeof b.Image.Uri !== 'string' || !b.Image.Uri) return missing('Image.Uri');
      if (b.Accessibility !== undefined && b.Accessibility !== 'PUBLIC' && b.Accessibility !== 'PRIVATE') return badParam('Accessibility', 'PUBLIC or PRIVATE');
      if (b.Image.Labels !== undefined) {
        const labels = parseLabels(b.Image.Labels, 'Image.Labels');
        if (isResponse(labels)) return labels;
      }
      const build = state.createBuild(b as CreateImageBuildRequest, bodyHash, token);
      if (controls.loseNextCreateResponses > 0) {
        controls.loseNextCreateResponses -= 1;
        return fail(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
      }
      return ok({ ImageBuildId: build.id, ImageBuildJobId: build.jobId });
    }),
  );

  // ---------------------------------------------------------------- PAI-DLC: jobs
  router.on(
    'GET',
    '/api/v1/jobs',
    op('PAI-DLC', 'ListJobs', (req) => {
      const q = req.query;
      const pageNumber = intParam(req, 'PageNumber', 1, 1, 1000, 'PAI-DLC');
      if (isResponse(pageNumber)) return pageNumber;
      const pageSize = intParam(req, 'PageSize', 50, 1, 100, 'PAI-DLC');
      if (isResponse(pageSize)) return pageSize;
      const now = Date.now();
      const start = q.get('StartTime') ? Date.parse(q.get('StartTime') ?? '') : now - 7 * 86_400_000;
      const end = q.get('EndTime') ? Date.parse(q.get('EndTime') ?? '') : Number.POSITIVE_INFINITY;
      if (Number.isNaN(start)) return badParam('StartTime', 'ISO 8601 UTC time', 'PAI-DLC');
      if (Number.isNaN(end)) return badParam('EndTime', 'ISO 8601 UTC time', 'PAI-DLC');
      const jobId = q.get('JobId');
      const jobIds = jobId ? [jobId] : (q.get('JobIds') ?? '').split(',').filter(Boolean);
      const statuses = (q.get('Status') ?? '').split(',').filter(Boolean);
      const ws = q.get('WorkspaceId');
      const jobType = q.get('JobType');
      const displayName = q.get('DisplayName')?.toLowerCase();
      const sortBy = q.get('SortBy') ?? 'GmtCreateTime';
      const order = (q.get('Order') ?? 'desc').toLowerCase();
      if (order !== 'asc' && order !== 'desc') return badParam('Order', 'asc or desc', 'PAI-DLC');
      let list = [...state.jobs.values()].filter(
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
      const page = list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return ok({ RequestId: requestId(), TotalCount: list.length, Jobs: page.map((j) => state.jobDto(j, true)) });
    }),
  );

  router.on(
    'GET',
    '/api/v1/jobs/:JobId',
    op('PAI-DLC', 'GetJob', (req) => {
      const job = findJob(req);
      if (isResponse(job)) return job;
      return ok({ RequestId: requestId(), ...state.jobDto(job, boolParam(req, 'NeedDetail', true)) });
    }),
  );

  router.on(
    'POST',
    '/api/v1/jobs/:JobId/stop',
    op('PAI-DLC', 'StopJob', (req) => {
      const job = findJob(req);
      if (isResponse(job)) return job;
      // Stopping a stopped job is accepted again; a finished one is refused (the real code is undocumented).
      if (job.status === 'Succeeded' || job.status === 'Failed') {
        return fail(400, 'InvalidJobStatus', `The job ${job.JobId} is ${job.status} and cannot be stopped.`, 'PAI-DLC');
      }
      if (job.status !== 'Stopped') state.stop(job);
      return ok({ RequestId: requestId(), JobId: job.JobId });
    }),
  );

  router.on(
    'GET',
    '/api/v1/jobs/:JobId/events',
    op('PAI-DLC', 'GetJobEvents', (req) => {
      const job = findJob(req);
      if (isResponse(job)) return job;
      const max = intParam(req, 'MaxEventsNum', 2000, 1, 10000, 'PAI-DLC');
      if (isResponse(max)) return max;
      const events = job.history.map((h) => `${h.StartTime} ${h.Status}: ${h.ReasonMessage ?? ''}`.trim()).slice(0, max);
      return ok({ RequestId: requestId(), JobId: job.JobId, Events: events });
    }),
  );

  function podOf(req: EmulatorRequest) {
    const job = findJob(req);
    if (isResponse(job)) return job;
    if (!job.pod || job.pod.PodId !== req.params.PodId) return fail(404, 'PodNotFound', `The pod ${req.params.PodId} does not exist in job ${job.JobId}.`, 'PAI-DLC');
    return { job, pod: job.pod };
  }

  router.on(
    'GET',
    '/api/v1/jobs/:JobId/pods/:PodId/logs',
    op('PAI-DLC', 'GetPodLogs', (req) => {
      const found = podOf(req);
      if (isResponse(found)) return found;
      const { job, pod } = found;
      const uid = req.query.get('PodUid');
      if (uid && uid !== pod.PodUid) return fail(404, 'PodNotFound', `No pod with uid ${uid}.`, 'PAI-DLC');
      const maxLines = intParam(req, 'MaxLines', 2000, 1, 10000, 'PAI-DLC');
      if (isResponse(maxLines)) return maxLines;
      const now = Date.now();
      const start = req.query.get('StartTime') ? Date.parse(req.query.get('StartTime') ?? '') : now - 7 * 86_400_000;
      const end = req.query.get('EndTime') ? Date.parse(req.query.get('EndTime') ?? '') : now;
      if (Number.isNaN(start) || Number.isNaN(end)) return badParam('StartTime/EndTime', 'ISO 8601 UTC time', 'PAI-DLC');
      // Head of the window (oldest first). Whether the real service returns the head or the tail when
      // MaxLines cuts is undocumented; the adapter asks for a window large enough not to be cut.
      const logs = job.logs.filter((l) => l.at >= start && l.at <= end).slice(0, maxLines).map((l) => l.text);
      return ok({ RequestId: requestId(), JobId: job.JobId, PodId: pod.PodId, PodUid: pod.PodUid, Logs: logs });
    }),
  );

  router.on(
    'GET',
    '/api/v1/jobs/:JobId/pods/:PodId/events',
    op('PAI-DLC', 'GetPodEvents', (req) => {
      const found = podOf(req);
      if (isResponse(found)) return found;
      const { job, pod } = found;
      const events = [`${new Date(pod.createdAt).toISOString()} Scheduled: assigned ${pod.PodId} to emulator-node-1`];
      if (pod.startedAt) events.push(`${new Date(pod.startedAt).toISOString()} Started: container started`);
      if (pod.finishedAt) events.push(`${new Date(pod.finishedAt).toISOString()} ${pod.Status}: container finished`);
      return ok({ RequestId: requestId(), JobId: job.JobId, PodId: pod.PodId, PodUid: pod.PodUid, Events: events });
    }),
  );

  // ---------------------------------------------------------------- authentication and throttling
  const secretOf = (id: string) => credentials.find((c) => c.accessKeyId === id)?.accessKeySecret;
  const productOf = (path: string): Product => (path.startsWith('/api/v1/jobs') ? 'PAI-DLC' : 'AIWorkSpace');
  const STATUS_OF: Record<string, number> = {
    IncompleteSignature: 400,
    InvalidSignatureMethod: 400,
    'InvalidAccessKeyId.NotFound': 404,
    'InvalidTimeStamp.Expired': 400,
    SignatureDoesNotMatch: 400,
  };

  async function before(req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
    const product = productOf(req.path);
    counted += 1;
    const throttleNow = controls.throttleNext > 0 || (controls.throttleEvery > 0 && counted % controls.throttleEvery === 0);
    if (controls.throttleNext > 0) controls.throttleNext -= 1;
    if (throttleNow) {
      return fail(429, 'Throttling', 'Request was denied due to request throttling.', product, { 'x-acs-retry-after': String(controls.throttleRetryAfterMs) });
    }
    const now = Date.now();
    const result = verifyAcs3Signature({ method: req.method, rawUrl: req.rawUrl, headers: req.headers, body: await req.body() }, secretOf, new Date(now), {
      maxSkewSeconds: controls.maxSkewSeconds,
    });
    if (!result.ok) return fail(STATUS_OF[result.code] ?? 400, result.code, result.message, product);
    const cred = credentials.find((c) => c.accessKeyId === result.accessKeyId);
    if (cred?.securityToken && cred.securityToken !== result.securityToken) {
      return fail(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'The security token does not belong to the access key.', product);
    }
    for (const [n, exp] of nonces) if (exp < now) nonces.delete(n);
    const nonceKey = `${result.accessKeyId}:${result.nonce}`;
    if (nonces.has(nonceKey)) return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.', product);
    nonces.set(nonceKey, now + controls.maxSkewSeconds * 2000);
    return undefined;
  }

  function errorResponse(status: number, message: string): EmulatorResponse {
    if (status === 429) {
      return fail(429, 'Throttling', 'Request was denied due to request throttling.', undefined, { 'x-acs-retry-after': String(controls.throttleRetryAfterMs) });
    }
    if (status === 404) return fail(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    if (status === 405) return fail(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    if (status === 503) return fail(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    if (status >= 500) return fail(status, 'InternalError', `The request processing has failed due to some unknown error. ${message}`);
    return fail(status, `HTTP${status}`, message);
  }

  const tickMs = options.tickMs ?? 500;
  const timer = tickMs > 0 ? setInterval(() => state.tick(), tickMs) : undefined;
  timer?.unref();

  const env = (url: string) => {
    const c = credentials[0] ?? DEFAULT_PAI_CREDENTIALS[0]!;
    return {
      ALIBABA_CLOUD_ACCESS_KEY_ID: c.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: c.accessKeySecret,
      ...(c.securityToken ? { ALIBABA_CLOUD_SECURITY_TOKEN: c.securityToken } : {}),
      ALIBABA_CLOUD_REGION_ID: regionId,
      PAI_WORKSPACE_ID: workspaceId,
      PAI_ENDPOINT: url,
      PAI_DLC_ENDPOINT: url,
    };
  };

  const running = await startEmulator({
    provider: 'pai',
    router,
    port: options.port,
    faults: options.faults,
    errorResponse,
    env,
    before,
    onClose: () => {
      if (timer) clearInterval(timer);
    },
  });
  host = new URL(running.url).host;
  return Object.assign(running, {
    state,
    controls,
    credentials,
    regionId,
    workspaceId,
    dlcUrl: running.url,
    bodies,
    advance(steps = 1) {
      for (let i = 0; i < steps; i++) state.tick();
    },
  });
}

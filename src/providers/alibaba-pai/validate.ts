/**
 * PAI input rules, checked before any upstream call so nothing is half-created. Each problem names the
 * field by its input path (`input.pai.image.uri`). Sources: the CreateImageBuildRequest model texts in
 * test/contracts/specs/pai/aiworkspace-…yaml (required fields, name grammar, "UserVpc is required with the
 * public resource group", "SecurityGroupId is required when you configure a VPC", "ExtendedCidrs is required
 * with a vSwitch", "ResourceConfig only with subscription resources", "only AcrEnterprise"), plus the Docker
 * reference grammar for the target URI. Limits the models do not give are marked as ours.
 */
import { ValidationError, type FieldError } from '../../core/errors.js';
import type { PaiAddImageInput, PaiBuildKey, PaiCreateImageBuildInput, PaiListImagesOptions, PaiListJobsOptions } from './port.js';

export const BUILD_TYPES = ['PACKAGE_INSTALLATION', 'CUSTOM_DOCKERFILE'] as const;
export const REGISTRY_TYPES = ['ACR_ENTERPRISE'] as const;
export const ACCESSIBILITIES = ['PUBLIC', 'PRIVATE'] as const;

/** Our cap on Dockerfile size (the API states none; a request body this large is surely a mistake). */
export const MAX_DOCKERFILE_BYTES = 64 * 1024;
/** Alibaba `ClientToken`s are at most 64 ASCII characters across products. */
export const MAX_CLIENT_TOKEN_LENGTH = 64;
/** DLC ListJobs `PageSize` 1..100 (metadata); ListImages states no maximum, we use the same. */
export const MAX_PAGE_SIZE = 100;
/** Upper bound of one build-log read (GetPodLogs `MaxLines`). */
export const MAX_LOG_LINES = 10_000;

/** Image name: 1-50 lowercase letters, digits and hyphens, starting with a letter (AddImage/CreateImageBuild model). */
export const IMAGE_NAME = /^[a-z][a-z0-9-]{0,49}$/;
/** `image-` + letters/digits (AddImage: 18 of them for generated ids; official ids vary, so any length). */
export const IMAGE_ID = /^image-[A-Za-z0-9]{1,64}$/;
/** DLC JobId: 1-256 characters (metadata); we also refuse characters a job id never has. */
export const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,255}$/;

// Docker reference grammar (distribution/reference), with a registry host and a tag both required.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})+|localhost)(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
export const TARGET_IMAGE_URI = new RegExp(`^${DOMAIN}/${PATH_COMPONENT}(?:/${PATH_COMPONENT})*:${TAG}$`);
/** AddImage's `ImageUri`: a registry host and a path; the tag (or a digest) is optional there. */
export const IMAGE_URI = new RegExp(`^${DOMAIN}/${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@sha256:[a-f0-9]{64})?$`);

const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

class Problems {
  readonly list: FieldError[] = [];
  add(path: string, message: string) {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new ValidationError(this.list, undefined, 'PAI');
  }
}

const blank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';

/** Validates `createImageBuild(input: {pai: …})`. Returns the workspace id to use. */
export function validateCreateImageBuild(input: PaiCreateImageBuildInput, options: { defaultWorkspaceId?: string; prefix?: string } = {}): { workspaceId: string } {
  const p = options.prefix ?? 'input.pai';
  const problems = new Problems();
  const workspaceId = input.workspaceId ?? options.defaultWorkspaceId ?? '';
  if (blank(workspaceId)) problems.add(`${p}.workspaceId`, 'is required (no default workspace is configured)');

  if (blank(input.dockerfile)) problems.add(`${p}.dockerfile`, 'is required');
  else {
    if (Buffer.byteLength(input.dockerfile) > MAX_DOCKERFILE_BYTES) problems.add(`${p}.dockerfile`, `must be at most ${MAX_DOCKERFILE_BYTES} bytes`);
    const first = input.dockerfile
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('#') && !/^ARG\s/i.test(l));
    if (!first || !/^FROM\s+\S/i.test(first)) problems.add(`${p}.dockerfile`, 'must start with a FROM instruction');
  }
  if (!(BUILD_TYPES as readonly string[]).includes(input.buildType)) problems.add(`${p}.buildType`, `must be one of ${BUILD_TYPES.join(', ')}`);

  const image = input.image;
  if (!image) problems.add(`${p}.image`, 'is required');
  else {
    if (blank(image.name)) problems.add(`${p}.image.name`, 'is required');
    else if (!IMAGE_NAME.test(image.name)) problems.add(`${p}.image.name`, '1-50 lowercase letters, digits and hyphens, starting with a letter');
    if (blank(image.uri)) problems.add(`${p}.image.uri`, 'is required');
    else if (!TARGET_IMAGE_URI.test(image.uri)) problems.add(`${p}.image.uri`, 'must be a full image reference with registry host and tag, e.g. my-registry.cn-hangzhou.cr.aliyuncs.com/ns/repo:v1');
    const seen = new Set<string>();
    (image.labels ?? []).forEach((label, i) => {
      if (blank(label.key)) problems.add(`${p}.image.labels.${i}.key`, 'is required');
      else if (seen.has(label.key)) problems.add(`${p}.image.labels.${i}.key`, `duplicate label key ${label.key}`);
      else seen.add(label.key);
      if (typeof label.value !== 'string') problems.add(`${p}.image.labels.${i}.value`, 'must be a string');
    });
  }

  const r = input.resource;
  if (!r) problems.add(`${p}.resource`, 'is required');
  else {
    const publicGroup = !blank(r.ecsSpec);
    const subscription = !blank(r.resourceId);
    if (publicGroup === subscription) problems.add(`${p}.resource`, 'give either ecsSpec (public resource group) or resourceId (subscription quota), not both');
    if (publicGroup && !/^ecs\.[a-z0-9][a-z0-9.-]*$/i.test(r.ecsSpec ?? '')) problems.add(`${p}.resource.ecsSpec`, 'must be an ECS instance type such as ecs.c6.large');
    if (subscription && blank(r.resourceType)) problems.add(`${p}.resource.resourceType`, 'is required with resourceId (e.g. Lingjun)');
    if (publicGroup && (r.cpu !== undefined || r.memory !== undefined)) problems.add(`${p}.resource`, 'cpu and memory apply to subscription resources only; leave them empty with ecsSpec');
    if (r.cpu !== undefined && !(/^\d+(\.\d+)?$/.test(r.cpu) && Number(r.cpu) > 0)) problems.add(`${p}.resource.cpu`, 'must be a positive number of cores, e.g. "4"');
    if (r.memory !== undefined && !/^\d+(\.\d+)?(Ki|Mi|Gi|Ti)?$/.test(r.memory)) problems.add(`${p}.resource.memory`, 'must be a quantity such as "8Gi"');
  }

  const t = input.targetRegistry;
  if (!t) problems.add(`${p}.targetRegistry`, 'is required');
  else {
    if (!(REGISTRY_TYPES as readonly string[]).includes(t.type)) problems.add(`${p}.targetRegistry.type`, `must be one of ${REGISTRY_TYPES.join(', ')}`);
    if (blank(t.instanceId)) problems.add(`${p}.targetRegistry.instanceId`, 'is required for an ACR Enterprise target');
    else if (!/^cri-[a-z0-9]+$/i.test(t.instanceId ?? '')) problems.add(`${p}.targetRegistry.instanceId`, 'must be an ACR instance id (cri-…)');
  }

  const v = input.userVpc;
  if (!v && r && !blank(r.ecsSpec)) problems.add(`${p}.userVpc`, 'is required with the public resource group (ecsSpec)');
  if (v) {
    if (blank(v.vpcId)) problems.add(`${p}.userVpc.vpcId`, 'is required');
    if (blank(v.securityGroupId)) problems.add(`${p}.userVpc.securityGroupId`, 'is required when a VPC is configured');
    if (!blank(v.switchId) && !(v.extendedCidrs ?? []).length) problems.add(`${p}.userVpc.extendedCidrs`, 'is required when switchId is given');
    (v.extendedCidrs ?? []).forEach((c, i) => {
      if (!CIDR.test(c)) problems.add(`${p}.userVpc.extendedCidrs.${i}`, 'must be an IPv4 CIDR block such as 192.168.0.0/16');
    });
  }

  if (input.accessibility !== undefined && !(ACCESSIBILITIES as readonly string[]).includes(input.accessibility)) {
    problems.add(`${p}.accessibility`, `must be one of ${ACCESSIBILITIES.join(', ')}`);
  }
  if (input.clientToken !== undefined && (input.clientToken.length > MAX_CLIENT_TOKEN_LENGTH || !PRINTABLE_ASCII.test(input.clientToken))) {
    problems.add(`${p}.clientToken`, `must be 1-${MAX_CLIENT_TOKEN_LENGTH} printable ASCII characters`);
  }
  const registries = new Set<string>();
  (input.registryAuths ?? []).forEach((a, i) => {
    // Messages never quote the password (nor the username: they often travel together).
    if (blank(a.registry)) problems.add(`${p}.registryAuths.${i}.registry`, 'is required');
    else if (!REGISTRY_DOMAIN.test(a.registry)) problems.add(`${p}.registryAuths.${i}.registry`, 'must be a registry domain (host[:port]) without scheme or path');
    else if (registries.has(a.registry.toLowerCase())) problems.add(`${p}.registryAuths.${i}.registry`, 'is given twice');
    else registries.add(a.registry.toLowerCase());
    if (blank(a.username)) problems.add(`${p}.registryAuths.${i}.username`, 'is required');
    // base64("user:password") cannot be split back when the user name itself holds a colon.
    else if (a.username.includes(':')) problems.add(`${p}.registryAuths.${i}.username`, 'must not contain ":"');
    if (typeof a.password !== 'string' || a.password.length === 0) problems.add(`${p}.registryAuths.${i}.password`, 'is required');
  });
  if (input.jobName !== undefined && (blank(input.jobName) || input.jobName.length > 256)) problems.add(`${p}.jobName`, 'must be 1-256 characters');
  problems.throwIfAny();
  return { workspaceId };
}

/** A registry domain as Docker writes it in a reference: host (with a dot, or localhost) and an optional port. */
const REGISTRY_DOMAIN = new RegExp(`^${DOMAIN}$`);

/** Validates `addPaiImage` (AddImage's rules: Name grammar, a full image URI, labels, accessibility). */
export function validateAddImage(input: PaiAddImageInput, options: { defaultWorkspaceId?: string; prefix?: string } = {}): { workspaceId: string | undefined } {
  const p = options.prefix ?? 'input';
  const problems = new Problems();
  if (blank(input.name)) problems.add(`${p}.name`, 'is required');
  else if (!IMAGE_NAME.test(input.name)) problems.add(`${p}.name`, '1-50 lowercase letters, digits and hyphens, starting with a letter');
  if (blank(input.imageUri)) problems.add(`${p}.imageUri`, 'is required');
  else if (!IMAGE_URI.test(input.imageUri)) problems.add(`${p}.imageUri`, 'must be an image reference with a registry host, e.g. registry.cn-hangzhou.aliyuncs.com/ns/repo:v1');
  labelProblems(problems, input.labels ?? [], `${p}.labels`);
  if (input.accessibility !== undefined && !(ACCESSIBILITIES as readonly string[]).includes(input.accessibility)) problems.add(`${p}.accessibility`, 'must be PUBLIC or PRIVATE');
  if (input.sizeGb !== undefined && !(Number.isInteger(input.sizeGb) && input.sizeGb >= 0)) problems.add(`${p}.sizeGb`, 'must be a whole number of GB ≥ 0');
  if (input.imageId !== undefined && !/^image-[A-Za-z0-9]{18}$/.test(input.imageId)) problems.add(`${p}.imageId`, 'must be "image-" followed by 18 letters or digits');
  if (input.workspaceId !== undefined && blank(input.workspaceId)) problems.add(`${p}.workspaceId`, 'must not be empty');
  problems.throwIfAny();
  return { workspaceId: input.workspaceId ?? options.defaultWorkspaceId };
}

/** Label keys and values (AddImageLabels, AddImage): a key is required and given once. */
function labelProblems(problems: Problems, labels: { key: string; value: string }[], path: string) {
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    if (blank(label.key)) problems.add(`${path}.${i}.key`, 'is required');
    else if (label.key.length > 128) problems.add(`${path}.${i}.key`, 'must be at most 128 characters');
    else if (seen.has(label.key)) problems.add(`${path}.${i}.key`, `duplicate label key ${label.key}`);
    else seen.add(label.key);
    if (typeof label.value !== 'string') problems.add(`${path}.${i}.value`, 'must be a string');
  });
}

/** Validates `updateImageLabels`: something to do, keys well-formed, no key both added and removed. */
export function validateLabelChange(id: string, change: { add?: { key: string; value: string }[]; remove?: string[] }, p = 'input'): void {
  const problems = new Problems();
  if (!IMAGE_ID.test(id)) problems.add(`${p}.id`, 'is not a PAI image id (image-…)');
  const add = change.add ?? [];
  const remove = change.remove ?? [];
  if (!add.length && !remove.length) problems.add(`${p}.add`, 'give labels to add or keys to remove');
  labelProblems(problems, add, `${p}.add`);
  remove.forEach((key, i) => {
    if (blank(key)) problems.add(`${p}.remove.${i}`, 'must not be empty');
    else if (add.some((l) => l.key === key)) problems.add(`${p}.remove.${i}`, `label ${key} is both added and removed`);
  });
  problems.throwIfAny();
}

export function validateImageId(id: string, path = 'input.id'): void {
  if (!IMAGE_ID.test(id)) throw ValidationError.field(path, 'is not a PAI image id (image-…)', 'PAI');
}

export function validateJobId(id: string, path = 'input.jobId'): void {
  if (!JOB_ID.test(id)) throw ValidationError.field(path, 'is not a PAI-DLC job id', 'PAI');
}

function paging(problems: Problems, pageNumber: number | undefined, pageSize: number | undefined, p: string) {
  if (pageNumber !== undefined && !(Number.isInteger(pageNumber) && pageNumber >= 1)) problems.add(`${p}.pageNumber`, 'must be an integer ≥ 1');
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) problems.add(`${p}.pageSize`, `must be an integer 1..${MAX_PAGE_SIZE}`);
}

export function validateListImages(o: PaiListImagesOptions, p = 'input'): void {
  const problems = new Problems();
  paging(problems, o.pageNumber, o.pageSize, p);
  for (const [k, v] of Object.entries(o.labels ?? {})) {
    // The wire format is `k=v,k=v`: a comma or `=` in a key, or a comma in a value, cannot be expressed.
    if (!k || /[=,]/.test(k)) problems.add(`${p}.labels`, `label key "${k}" must be non-empty without "=" or ","`);
    if (v.includes(',')) problems.add(`${p}.labels.${k}`, 'must not contain ","');
  }
  if (o.accessibility !== undefined && !(ACCESSIBILITIES as readonly string[]).includes(o.accessibility)) problems.add(`${p}.accessibility`, 'must be PUBLIC or PRIVATE');
  problems.throwIfAny();
}

export function validateListJobs(o: PaiListJobsOptions, p = 'input'): void {
  const problems = new Problems();
  paging(problems, o.pageNumber, o.pageSize, p);
  problems.throwIfAny();
}

export function validateLogWindow(o: { fromLine?: number; limit?: number }, p = 'input'): void {
  const problems = new Problems();
  if (o.fromLine !== undefined && !(Number.isInteger(o.fromLine) && o.fromLine >= 0)) problems.add(`${p}.fromLine`, 'must be an integer ≥ 0');
  if (o.limit !== undefined && !(Number.isInteger(o.limit) && o.limit >= 1 && o.limit <= MAX_LOG_LINES)) problems.add(`${p}.limit`, `must be an integer 1..${MAX_LOG_LINES}`);
  if ((o.fromLine ?? 0) + (o.limit ?? 0) > MAX_LOG_LINES) problems.add(`${p}.fromLine`, `lines beyond ${MAX_LOG_LINES} cannot be read through GetPodLogs`);
  problems.throwIfAny();
}

// ── the local id of an ImageBuild ──────────────────────────────────────────────────────────────

/**
 * The local id of a PAI `ImageBuild`. PAI has no GetImageBuild API and the gateway keeps no database, so
 * the id itself carries what is needed to refetch the build: the region it ran in, the build id and the
 * PAI-DLC job that runs it (status and pod logs come from there).
 *
 * Format: `region/buildId/jobId`, each part percent-encoded (`encodeURIComponent`). The global id is short
 * (about 80 characters) and stable: it no longer carries the target image URI (ids were 168–300 characters
 * with it). On refetch the URI comes from the build job's envs, else from the image the build added
 * (ListImages, matched on `SourceId`; see adapter.ts `imageOfBuild`). Ids issued earlier, with the URI as
 * a fourth part, still decode.
 */
/** Alibaba region ids: `cn-hangzhou`, `ap-southeast-1`… */
const REGION = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** CreateImageBuild's `ImageBuildId`; the format is undocumented, so only refuse what cannot be one. */
const BUILD_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export function encodePaiBuildId(key: PaiBuildKey): string {
  return [key.region, key.buildId, key.jobId].map(encodeURIComponent).join('/');
}

/** Decodes and checks a local build id; `field` names the input that carried it. No upstream call. */
export function decodePaiBuildId(localId: string, field = 'id'): PaiBuildKey {
  const invalid = () => ValidationError.field(field, 'is not the id of a PAI image build issued by this gateway', 'PAI');
  const parts = localId.split('/');
  if (parts.length < 3 || parts.length > 4) throw invalid();
  let decoded: string[];
  try {
    decoded = parts.map(decodeURIComponent);
  } catch {
    throw invalid();
  }
  const [region, buildId, jobId, targetImage] = decoded as [string, string, string, string | undefined];
  if (!REGION.test(region) || !BUILD_ID.test(buildId) || !JOB_ID.test(jobId) || targetImage === '') throw invalid();
  return { region, buildId, jobId, targetImage: targetImage ?? null };
}

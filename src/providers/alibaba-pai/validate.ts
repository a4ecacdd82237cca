/**
 * PAI input rules, checked before any upstream call so nothing is half-created. Each problem names the
 * field by its input path (`input.pai.image.uri`). Sources: the CreateImageBuildRequest model texts in
 * test/contracts/specs/pai/aiworkspace-…yaml (required fields, name grammar, "UserVpc is required with the
 * public resource group", "SecurityGroupId is required when you configure a VPC", "ExtendedCidrs is required
 * with a vSwitch", "ResourceConfig only with subscription resources", "only AcrEnterprise"), plus the Docker
 * reference grammar for the target URI. Limits the models do not give are marked as ours.
 */
import { ValidationError, type FieldError } from '../../errors.js';
import type { PaiCreateImageBuildInput, PaiListImagesOptions, PaiListJobsOptions } from './port.js';

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
  for (const [domain, value] of Object.entries(input.registryAuths ?? {})) {
    if (blank(domain)) problems.add(`${p}.registryAuths`, 'registry domains must not be empty');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value.auth ?? '')) problems.add(`${p}.registryAuths.${domain}.auth`, 'must be base64("user:password")');
  }
  if (input.jobName !== undefined && (blank(input.jobName) || input.jobName.length > 256)) problems.add(`${p}.jobName`, 'must be 1-256 characters');
  problems.throwIfAny();
  return { workspaceId };
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

/**
 * TAC's limits and input rules (the spec's request schemas), checked before any upstream call: each
 * check returns the problems with paths under the given prefix (`input.name`), empty when valid.
 */
import type { FieldError } from '../../core/errors.js';
import { HOST_SOURCE, PATH_COMPONENT, TAG_SOURCE } from '../../core/image-reference.js';
import { REGISTRY_PROVIDERS, type CreateBaseImageInput, type CreateRegistryInput, type UpdateBaseImageInput } from './port.js';

/** `page_size` maximum on every TAC list (spec: 1–100). */
export const TAC_MAX_PAGE_SIZE = 100;
/** TAC's `page_size` default. */
export const TAC_DEFAULT_PAGE_SIZE = 20;
/**
 * Largest id batch a DataLoader should hand to getBaseImages/getRegistries/getOperatingSystems
 * (use as `maxBatchSize`). TAC has no batch endpoint, so a batch costs one GET per distinct id.
 */
export const TAC_MAX_BATCH_SIZE = 100;
/** GETs of one batch in flight at once (the transport also caps sockets per origin). */
export const TAC_BATCH_CONCURRENCY = 8;
/** TAC ids are UUIDs in every documented example; anything else cannot exist and costs no call. */
export const TAC_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * `container_image`: `REPOSITORY_NAME/IMAGE_NAME:TAG` (BaseImageRequest on the create page), e.g.
 * `docker.io/library/debian:11`. A registry host (with port) may lead the repository; the image must
 * have a repository part and a tag; digests are not part of the documented format. Built from the
 * gateway's one reference grammar (`core/image-reference.ts`): host, path components, tag.
 */
export const CONTAINER_IMAGE_PATTERN = new RegExp(`^(?:${HOST_SOURCE}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})+:${TAG_SOURCE}$`);



export const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/**
 * Checks a createBaseImage input against TAC's documented rules; returns the problems (empty when valid),
 * with paths under `prefix` (`input.containerImage`). Exported for the schema.
 */
export function validateBaseImageInput(input: Partial<Record<keyof CreateBaseImageInput, unknown>>, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  if (isBlank(input.name)) errors.push({ path: `${prefix}.name`, message: 'is required' });
  // Required by TAC, but an empty description is a value.
  if (typeof input.description !== 'string') errors.push({ path: `${prefix}.description`, message: 'is required' });
  for (const key of ['registryId', 'operatingSystemId'] as const) {
    const value = input[key];
    if (isBlank(value)) errors.push({ path: `${prefix}.${key}`, message: 'is required' });
    else if (typeof value === 'string' && !TAC_ID_PATTERN.test(value)) errors.push({ path: `${prefix}.${key}`, message: 'is not a TAC id' });
  }
  const image = input.containerImage;
  if (isBlank(image)) errors.push({ path: `${prefix}.containerImage`, message: 'is required' });
  else if (typeof image === 'string' && !CONTAINER_IMAGE_PATTERN.test(image)) {
    errors.push({ path: `${prefix}.containerImage`, message: 'must be REPOSITORY_NAME/IMAGE_NAME:TAG, e.g. docker.io/library/debian:12' });
  }
  return errors;
}

/** Checks an updateBaseImage input (`input.id`, `input.name`, `input.description`). Exported for the schema. */
export function validateBaseImageUpdate(id: unknown, input: UpdateBaseImageInput, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof id !== 'string' || !TAC_ID_PATTERN.test(id)) errors.push({ path: `${prefix}.id`, message: 'is not a TAC base image id' });
  if (input.name !== undefined && input.name !== null && isBlank(input.name)) errors.push({ path: `${prefix}.name`, message: 'must not be blank' });
  if (input.description !== undefined && input.description !== null && typeof input.description !== 'string') {
    errors.push({ path: `${prefix}.description`, message: 'must be a string' });
  }
  if ((input.name ?? null) === null && (input.description ?? null) === null) errors.push({ path: prefix, message: 'name or description is required' });
  return errors;
}

/** `packaging_type` values look like `CONTAINER_IMAGE`; anything else cannot match and costs no call. */
export const PACKAGING_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Checks a createRegistry input against CreatePrivateRegistryRequest (name, description, provider, url,
 * access_secret required). Messages never quote the secret or the access key.
 */
export function validateRegistryInput(input: Partial<Record<keyof CreateRegistryInput, unknown>>, prefix = 'input'): FieldError[] {
  const errors: FieldError[] = [];
  if (isBlank(input.name)) errors.push({ path: `${prefix}.name`, message: 'is required' });
  if (typeof input.description !== 'string') errors.push({ path: `${prefix}.description`, message: 'is required' });
  if (!(REGISTRY_PROVIDERS as readonly unknown[]).includes(input.provider)) errors.push({ path: `${prefix}.provider`, message: `must be one of ${REGISTRY_PROVIDERS.join(', ')}` });
  if (isBlank(input.url)) errors.push({ path: `${prefix}.url`, message: 'is required' });
  else {
    let url: URL | undefined;
    try {
      url = new URL(String(input.url));
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) errors.push({ path: `${prefix}.url`, message: 'must be an http(s) URL such as https://harbor.acme.example' });
    else if (url.username || url.password) errors.push({ path: `${prefix}.url`, message: 'must not carry credentials; use accessKey and accessSecret' });
  }
  if (input.accessKey !== undefined && input.accessKey !== null && typeof input.accessKey !== 'string') errors.push({ path: `${prefix}.accessKey`, message: 'must be a string' });
  if (typeof input.accessSecret !== 'string' || input.accessSecret.length === 0) errors.push({ path: `${prefix}.accessSecret`, message: 'is required' });
  return errors;
}


export function validatePaging(page: number, pageSize: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(page) || page < 1) errors.push({ path: 'page', message: 'must be an integer ≥ 1' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > TAC_MAX_PAGE_SIZE) errors.push({ path: 'pageSize', message: `must be an integer from 1 to ${TAC_MAX_PAGE_SIZE}` });
  return errors;
}

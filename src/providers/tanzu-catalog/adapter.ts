/**
 * TAC adapter: maps the Tanzu Application Catalog API (test/contracts/specs/tac/, shared/specs/tac/NOTES.md)
 * to the records of ./port.ts. Inputs are checked before any upstream call; upstream failures become
 * typed errors (toGatewayError).
 *
 * Upstream calls per operation:
 *  - listBaseImages: 1 (`GET /v1/base-images`; items embed the operating system summary and pull registry).
 *  - getBaseImages / getRegistries / getOperatingSystems: TAC has no batch or by-ids endpoint (and no
 *    OS list at all), so one `GET …/{id}` per distinct id, at most TAC_BATCH_CONCURRENCY at a time.
 *  - createBaseImage: 2 (`POST` → 201 + `Location`, no body; then `GET` of that id).
 *  - updateBaseImage: 2 (`PATCH` → 204; then `GET`).  deleteBaseImage: 1 (`DELETE` → 204).
 *  - plus one CSP exchange per access-token lifetime (~30 min), shared by all calls.
 */
import { NotFoundError, UpstreamError, ValidationError, type FieldError } from '../../core/errors.js';
import { mapUpstream, toGatewayError } from '../../http/errors.js';
import type { TransportOptions } from '../../http/transport.js';
import type { Page } from '../../core/records.js';
import { CspTokenProvider } from './auth.js';
import { TacClient, type TacClientOptions } from './client.js';
import { loadEach } from '../../core/map-limit.js';
import type { BaseImageDetailedDto, OperatingSystemDetailedDto, PageDto, RegistryDetailedDto } from './dto.js';
import {
  BASE_IMAGE_STATUSES,
  type BaseImageRecord,
  type CreateRegistryInput,
  type BaseImageStatus,
  type CreateBaseImageInput,
  type ListBaseImagesArgs,
  type ListRegistriesArgs,
  type OperatingSystemRecord,
  type RegistryRecord,
  type TacPort,
  type UpdateBaseImageInput,
} from './port.js';
import type { TacConfig } from '../../config.js';
import {
  isBlank,
  PACKAGING_TYPE,
  TAC_BATCH_CONCURRENCY,
  TAC_DEFAULT_PAGE_SIZE,
  TAC_ID_PATTERN,
  validateBaseImageInput,
  validateBaseImageUpdate,
  validatePaging,
  validateRegistryInput,
} from './validate.js';

/** What the adapter connects with: the configuration (`config.ts`) plus the gateway's hooks. */
export interface TacAdapterConfig extends TacConfig {
  onCall?: TransportOptions['onCall'];
  /** Transport overrides (retry policy, timeouts). @default the shared transport defaults */
  transport?: TacClientOptions['transport'];
}

/**
 * The id in a create answer's `Location` (absolute or relative) under `/v1/<collection>/`. Only the id
 * is taken: the GET goes to the configured API origin, so a Location on another host never receives
 * our bearer token.
 */
function idFromLocation(collection: 'registries' | 'base-images', location: string | undefined, apiUrl: string): string | undefined {
  if (!location) return undefined;
  let url: URL;
  try {
    url = new URL(location, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  } catch {
    return undefined;
  }
  const id = new RegExp(`/v1/${collection}/([^/]+)/?$`).exec(url.pathname)?.[1];
  return id ? decodeURIComponent(id) : undefined;
}

/** The registry id in a create answer's `Location` (see {@link idFromLocation}). */
export const registryIdFromLocation = (location: string | undefined, apiUrl: string) => idFromLocation('registries', location, apiUrl);


/** The base image id in a create answer's `Location` (see {@link idFromLocation}). */
export const baseImageIdFromLocation = (location: string | undefined, apiUrl: string) => idFromLocation('base-images', location, apiUrl);

// ── mapping ────────────────────────────────────────────────────────────────────────────────────

const date = (value: string | undefined): Date | null => {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};
const str = (value: string | undefined): string | null => (typeof value === 'string' ? value : null);
const bool = (value: boolean | undefined): boolean | null => (typeof value === 'boolean' ? value : null);
const num = (value: number | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function requireId(id: string | undefined, what: string): string {
  if (typeof id === 'string' && id.length) return id;
  throw new UpstreamError(`TAC: a ${what} in the answer has no id`, 'TAC', 200, 'INVALID_RESPONSE');
}

function toStatus(value: string | undefined): BaseImageStatus | null {
  return (BASE_IMAGE_STATUSES as readonly string[]).includes(value ?? '') ? (value as BaseImageStatus) : null;
}

export function toBaseImageRecord(dto: BaseImageDetailedDto): BaseImageRecord {
  const os = dto.operating_system;
  const registry = dto.pull_registry;
  return {
    provider: 'TAC',
    id: requireId(dto.id, 'base image'),
    name: dto.name ?? '',
    description: str(dto.description),
    containerImage: str(dto.container_image),
    status: toStatus(dto.status),
    packagingType: str(dto.packaging_type),
    platforms: (dto.platforms ?? []).map((p) => ({ osFamily: str(p.os_family), architecture: str(p.architecture) })),
    operatingSystemId: str(os?.id),
    operatingSystem: os?.id ? { id: os.id, name: str(os.name), distro: str(os.distro), version: str(os.version) } : null,
    registryId: str(registry?.id),
    pullRegistry: registry?.id
      ? { id: registry.id, name: str(registry.name), url: str(registry.url), healthy: bool(registry.healthy), lastCheckedAt: date(registry.last_checked_at) }
      : null,
    healthy: bool(dto.healthy),
    lastCheckedAt: date(dto.last_checked_at),
    applicationCount: num(dto.application_count) ?? 0,
    createdAt: date(dto.created_at),
    createdBy: str(dto.created_by),
    updatedAt: date(dto.updated_at),
    updatedBy: str(dto.updated_by),
    deprecatedAt: date(dto.deprecated_at),
    removedAt: date(dto.removed_at),
    removedBy: str(dto.removed_by),
  };
}

export function toRegistryRecord(dto: RegistryDetailedDto): RegistryRecord {
  return {
    provider: 'TAC',
    id: requireId(dto.id, 'registry'),
    name: dto.name ?? '',
    description: str(dto.description),
    url: str(dto.url),
    registryProvider: str(dto.provider),
    flavor: str(dto.flavor),
    healthy: bool(dto.healthy),
    unhealthyCause: str(dto.unhealthy_cause),
    lastCheckedAt: date(dto.last_checked_at),
    hosted: bool(dto.hosted),
    vmwareManaged: bool(dto.vmware_managed),
    shared: bool(dto.shared),
    owned: bool(dto.owned),
    applicationCount: num(dto.application_count),
    credentialsLimit: num(dto.credentials_limit),
    createdAt: date(dto.created_at),
    updatedAt: date(dto.updated_at),
    removedAt: date(dto.removed_at),
  };
}

export function toOperatingSystemRecord(dto: OperatingSystemDetailedDto): OperatingSystemRecord {
  return {
    provider: 'TAC',
    id: requireId(dto.id, 'operating system'),
    name: dto.name ?? '',
    distro: str(dto.distro),
    version: str(dto.version),
    distroless: bool(dto.distroless),
    fipsCompliant: bool(dto.fips_compliant),
    stigCompliant: bool(dto.stig_compliant),
    status: str(dto.status),
    replacedById: str(dto.replaced_by),
    createdAt: date(dto.created_at),
    updatedAt: date(dto.updated_at),
    deprecatedAt: date(dto.deprecated_at),
    replacedAt: date(dto.replaced_at),
  };
}

function toPage<D, R>(dto: PageDto<D>, page: number, pageSize: number, map: (d: D) => R): Page<R> {
  const items = (dto.items ?? []).map(map);
  const totalPages = num(dto.total_pages);
  return {
    items,
    hasNextPage: totalPages !== null ? page < totalPages : items.length === pageSize,
    ...(typeof dto.total_size === 'number' ? { total: dto.total_size } : {}),
  };
}

/**
 * Fetches one resource per distinct id (TAC has no batch read) with bounded concurrency; returns a
 * value or an Error per key, in key order. Ids that are not UUIDs are NotFound without a call.
 */
async function loadByIds<T>(ids: readonly string[], what: string, fetchOne: (id: string) => Promise<T>): Promise<(T | Error)[]> {
  return loadEach(
    ids,
    TAC_BATCH_CONCURRENCY,
    async (id) => {
      if (!TAC_ID_PATTERN.test(id)) throw new NotFoundError(`TAC: ${what} ${JSON.stringify(id.slice(0, 64))} was not found`, 'TAC', 'INVALID_ID');
      return fetchOne(id);
    },
    toGatewayError,
  );
}

// ── adapter ────────────────────────────────────────────────────────────────────────────────────

export function createTacAdapter(config: TacAdapterConfig): TacPort & { close(): Promise<void> } {
  const auth = new CspTokenProvider({ cspUrl: config.cspUrl, apiToken: config.apiToken, onCall: config.onCall });
  const client = new TacClient({ apiUrl: config.apiUrl, auth, onCall: config.onCall, transport: config.transport });

  const getBaseImage = async (id: string) => toBaseImageRecord(await client.getBaseImage(id));

  return {
    async listBaseImages(args: ListBaseImagesArgs): Promise<Page<BaseImageRecord>> {
      const page = args.page ?? 1;
      const pageSize = args.pageSize ?? TAC_DEFAULT_PAGE_SIZE;
      const errors = validatePaging(page, pageSize);
      for (const s of args.statuses ?? []) {
        if (!(BASE_IMAGE_STATUSES as readonly string[]).includes(s)) errors.push({ path: 'statuses', message: `must be one of ${BASE_IMAGE_STATUSES.join(', ')}` });
      }
      if (args.packagingType !== undefined && !PACKAGING_TYPE.test(args.packagingType)) {
        errors.push({ path: 'filter.packagingType', message: 'must be a TAC packaging type such as CONTAINER_IMAGE' });
      }
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      const name = args.name?.trim();
      const dto = await mapUpstream(() =>
        client.listBaseImages({
          page,
          page_size: pageSize,
          // `style: form, explode: false` in the spec: one comma-separated value.
          statuses: args.statuses?.length ? [...new Set(args.statuses)].join(',') : undefined,
          name: name ? name : undefined,
          shared: args.shared,
          packaging_type: args.packagingType,
          with_applications: args.withApplications,
        }),
      );
      return mapUpstream(async () => toPage(dto, page, pageSize, toBaseImageRecord));
    },

    getBaseImages(ids) {
      return loadByIds(ids, 'base image', getBaseImage);
    },

    async createBaseImage(input: CreateBaseImageInput): Promise<BaseImageRecord> {
      const errors = validateBaseImageInput(input);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      return mapUpstream(async () => {
        const location = await client.createBaseImage({
          name: input.name,
          description: input.description,
          registry_id: input.registryId,
          container_image: input.containerImage,
          operating_system_id: input.operatingSystemId,
        });
        const id = baseImageIdFromLocation(location, config.apiUrl);
        if (!id) throw new UpstreamError('TAC: the base image was created but the answer has no usable Location header', 'TAC', 201, 'MISSING_LOCATION');
        return getBaseImage(id);
      });
    },

    async updateBaseImage(id: string, input: UpdateBaseImageInput): Promise<BaseImageRecord> {
      const errors = validateBaseImageUpdate(id, input);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      return mapUpstream(async () => {
        await client.updateBaseImage(id, {
          ...(input.name != null ? { name: input.name } : {}),
          ...(input.description != null ? { description: input.description } : {}),
        });
        return getBaseImage(id);
      });
    },

    async deleteBaseImage(id: string): Promise<void> {
      if (!TAC_ID_PATTERN.test(id)) throw ValidationError.field('input.id', 'is not a TAC base image id', 'TAC');
      await mapUpstream(() => client.deleteBaseImage(id));
    },

    async listRegistries(args: ListRegistriesArgs): Promise<Page<RegistryRecord>> {
      const page = args.page ?? 1;
      const pageSize = args.pageSize ?? TAC_DEFAULT_PAGE_SIZE;
      const errors = validatePaging(page, pageSize);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      const dto = await mapUpstream(() => client.listRegistries({ page, page_size: pageSize, removed: args.removed }));
      return mapUpstream(async () => toPage(dto, page, pageSize, toRegistryRecord));
    },

    getRegistries(ids) {
      return loadByIds(ids, 'registry', async (id) => toRegistryRecord(await client.getRegistry(id)));
    },

    async createRegistry(input: CreateRegistryInput): Promise<RegistryRecord> {
      const errors = validateRegistryInput(input);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      return mapUpstream(async () => {
        const location = await client.createRegistry({
          name: input.name,
          description: input.description,
          provider: input.provider,
          url: input.url,
          ...(input.accessKey ? { access_key: input.accessKey } : {}),
          access_secret: input.accessSecret,
        });
        const id = registryIdFromLocation(location, config.apiUrl);
        if (!id) throw new UpstreamError('TAC: the registry was created but the answer has no usable Location header', 'TAC', 201, 'MISSING_LOCATION');
        return toRegistryRecord(await client.getRegistry(id));
      });
    },

    async issueRegistryCredentials(registryId: string, description: string) {
      const errors: FieldError[] = [];
      if (!TAC_ID_PATTERN.test(registryId)) errors.push({ path: 'input.registryId', message: 'is not a TAC registry id' });
      if (isBlank(description)) errors.push({ path: 'input.description', message: 'is required (say what the credentials are for)' });
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      const dto = await mapUpstream(() => client.createRegistryCredentials(registryId, { description }));
      if (typeof dto.username !== 'string' || typeof dto.password !== 'string') {
        throw new UpstreamError('TAC: the credentials answer has no username or password', 'TAC', 201, 'INVALID_RESPONSE');
      }
      return { username: dto.username, password: dto.password };
    },

    getOperatingSystems(ids) {
      return loadByIds(ids, 'operating system', async (id) => toOperatingSystemRecord(await client.getOperatingSystem(id)));
    },

    async close() {
      await Promise.all([client.close(), auth.close()]);
    },
  };
}

/**
 * SWR adapter: implements `SwrPort` over `SwrClient`, maps wire DTOs to records and wire errors to typed
 * gateway errors. Every input is validated before the first upstream call, so a bad name costs nothing
 * and nothing is half-created.
 */
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../core/errors.js';
import { UpstreamHttpError, toGatewayError } from '../../http/errors.js';
import type { TransportOptions } from '../../http/transport.js';
import type { Page } from '../../core/records.js';
import { SwrClient } from './client.js';
import type { ShowNamespaceDto, ShowRepoTagDto, ShowReposRespDto, ShowReposTagRespDto, UserAuthDto } from './dto.js';
import { collectErrors, namespaceNameError, repositoryNameError, tagNameError } from './validate.js';
import {
  CATEGORY_TO_WIRE,
  REPOSITORY_CATEGORIES,
  categoryFromWire,
  type CreateRepositoryInput,
  type NamespaceRecord,
  type RepositoryKey,
  type RepositoryPermissionsRecord,
  type RepositoryRecord,
  type RepositoryUserPermission,
  type SwrPort,
  type TagRecord,
  type UpdateRepositoryInput,
} from './port.js';
import type { SwrConfig } from '../../config.js';

/** SWR v2 lists: at most 1000 rows per call (SDK comment on `limit`). */
export const SWR_MAX_PAGE_SIZE = 1000;
/** SWR v2 lists: 100 rows when `limit` is omitted. */
export const SWR_DEFAULT_PAGE_SIZE = 100;
/**
 * `getRepositories` batches per organisation: one `GET /v2/manage/repos?namespace=…` (up to this many rows)
 * answers every key of that organisation, so a batch costs one call per distinct namespace, not one per key.
 */
export const SWR_REPOSITORIES_PER_BATCH_CALL = SWR_MAX_PAGE_SIZE;

/** What the adapter connects with: the configuration (`config.ts`) plus the gateway's hooks. */
export interface SwrAdapterConfig extends SwrConfig {
  onCall?: TransportOptions['onCall'];
  /** Signing clock (tests). @default () => new Date() */
  now?: () => Date;
  /** @default the transport's policy */
  retry?: TransportOptions['retry'];
}

/** Timestamps are "plain strings in UTC", sometimes without a zone designator or with a space. */
export function parseSwrTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  let v = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(v)) v += 'Z';
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const ACCESS: Record<number, NamespaceRecord['access']> = { 7: 'MANAGE', 3: 'EDIT', 1: 'READ' };

export function toNamespaceRecord(dto: ShowNamespaceDto): NamespaceRecord {
  return { provider: 'SWR', name: dto.name, id: dto.id, creatorName: dto.creator_name || null, access: ACCESS[dto.auth] ?? null };
}

export function toRepositoryRecord(dto: ShowReposRespDto): RepositoryRecord {
  return {
    provider: 'SWR',
    namespace: dto.namespace,
    name: dto.name,
    isPublic: dto.is_public,
    category: categoryFromWire(dto.category),
    description: dto.description || null,
    sizeBytes: typeof dto.size === 'number' ? dto.size : null,
    tagCount: dto.num_images ?? 0,
    numDownloads: dto.num_download ?? 0,
    tagNames: dto.tags ?? [],
    pullPath: dto.path || null,
    internalPath: dto.internal_path || null,
    domainName: dto.domain_name || null,
    createdAt: parseSwrTime(dto.created_at),
    updatedAt: parseSwrTime(dto.updated_at),
  };
}

export function toTagRecord(key: RepositoryKey, dto: ShowReposTagRespDto): TagRecord {
  return {
    provider: 'SWR',
    namespace: key.namespace,
    repository: key.name,
    name: dto.Tag,
    id: dto.id,
    digest: dto.digest || null,
    imageId: dto.image_id || null,
    sizeBytes: typeof dto.size === 'number' ? dto.size : null,
    manifestType: dto.tag_type === 1 ? 'MANIFEST_LIST' : 'MANIFEST',
    schemaVersion: typeof dto.schema === 'number' ? dto.schema : null,
    pullPath: dto.path || null,
    internalPath: dto.internal_path || null,
    isTrusted: dto.is_trusted ?? false,
    scanned: dto.scanned ?? false,
    createdAt: parseSwrTime(dto.created),
    updatedAt: parseSwrTime(dto.updated),
  };
}

/** `ShowRepoTag` spells `tag` in lower case and lacks `deleted`/`scanned`; otherwise it is a list item. */
export function toTagRecordFromShow(key: RepositoryKey, dto: ShowRepoTagDto): TagRecord {
  const { tag, ...rest } = dto;
  return toTagRecord(key, { ...rest, Tag: tag, deleted: '', scanned: false });
}

function toUserPermission(dto: UserAuthDto): RepositoryUserPermission {
  return { userId: dto.user_id, userName: dto.user_name, access: ACCESS[dto.auth] ?? null };
}

function pageErrors(args: { offset?: number; limit?: number }): (FieldError | undefined)[] {
  const { offset, limit } = args;
  return [
    offset !== undefined && (!Number.isInteger(offset) || offset < 0) ? { path: 'offset', message: 'offset must be an integer ≥ 0' } : undefined,
    limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > SWR_MAX_PAGE_SIZE)
      ? { path: 'limit', message: `limit must be an integer from 1 to ${SWR_MAX_PAGE_SIZE}` }
      : undefined,
  ];
}

function categoryError(category: unknown, path: string): FieldError | undefined {
  if (category === undefined || category === null) return undefined;
  return (REPOSITORY_CATEGORIES as readonly unknown[]).includes(category)
    ? undefined
    : { path, message: `category must be one of ${REPOSITORY_CATEGORIES.join(', ')}` };
}

function descriptionError(description: unknown, path: string): FieldError | undefined {
  if (description === undefined || description === null || typeof description === 'string') return undefined;
  return { path, message: 'description must be a string' };
}

function throwIf(error: ValidationError | undefined): void {
  if (error) throw error;
}

/** SWR-specific readings first (406 "repository not empty"), then the shared mapping. */
function mapSwrError(err: unknown, key?: RepositoryKey, op?: 'create' | 'delete'): Error {
  if (err instanceof UpstreamHttpError && err.status === 406 && key && op === 'delete') {
    return new ConflictError(
      `SWR: repository ${key.namespace}/${key.name} still holds images; delete its tags first (deleteRepositoryTag), then the repository (${err.message})`,
      'SWR',
      err.code,
    );
  }
  if (err instanceof UpstreamHttpError && err.status === 409 && key && op === 'create') {
    return new ConflictError(`SWR: repository ${key.namespace}/${key.name} already exists (${err.message})`, 'SWR', err.code);
  }
  return toGatewayError(err);
}

async function call<T>(fn: () => Promise<T>, key?: RepositoryKey, op?: 'create' | 'delete'): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw mapSwrError(err, key, op);
  }
}

const notFound = (key: RepositoryKey) => new NotFoundError(`SWR: repository ${key.namespace}/${key.name} does not exist`, 'SWR');

export function createSwrAdapter(config: SwrAdapterConfig): SwrPort & { close(): Promise<void> } {
  const client = new SwrClient(config);

  /**
   * Finds the given repositories of one organisation with the fewest list calls: the `name` filter
   * (fuzzy) narrows the listing when there is one key; otherwise the organisation is listed
   * `SWR_REPOSITORIES_PER_BATCH_CALL` rows at a time until every key is found or the list ends.
   */
  async function findInNamespace(namespace: string, names: Set<string>): Promise<Map<string, RepositoryRecord>> {
    const found = new Map<string, RepositoryRecord>();
    const single = names.size === 1 ? [...names][0] : undefined;
    let offset = 0;
    for (;;) {
      const { items, total } = await client.listReposDetails({ namespace, name: single, offset, limit: SWR_REPOSITORIES_PER_BATCH_CALL });
      for (const dto of items) if (dto.namespace === namespace && names.has(dto.name)) found.set(dto.name, toRepositoryRecord(dto));
      offset += items.length;
      const more = total !== undefined ? offset < total : items.length === SWR_REPOSITORIES_PER_BATCH_CALL;
      if (found.size === names.size || !more || items.length === 0) return found;
    }
  }

  async function getRepository(key: RepositoryKey): Promise<RepositoryRecord> {
    const found = await call(() => findInNamespace(key.namespace, new Set([key.name])), key);
    const record = found.get(key.name);
    if (!record) throw notFound(key);
    return record;
  }

  function keyErrors(key: RepositoryKey, nsPath: string, namePath: string): (FieldError | undefined)[] {
    return [namespaceNameError(key.namespace, nsPath), repositoryNameError(key.name, namePath)];
  }

  return {
    async listNamespaces() {
      const list = await call(() => client.listNamespaces());
      return list.map(toNamespaceRecord);
    },

    async createNamespace(name) {
      throwIf(collectErrors([namespaceNameError(name, 'input.name')]));
      try {
        await client.createNamespace({ namespace: name });
      } catch (err) {
        if (err instanceof UpstreamHttpError && err.status === 409) throw new ConflictError(`SWR: organization ${name} already exists (${err.message})`, 'SWR', err.code);
        throw mapSwrError(err);
      }
      return toNamespaceRecord(await call(() => client.showNamespace(name)));
    },

    async listRepositories(args = {}) {
      throwIf(
        collectErrors([
          ...pageErrors(args),
          args.namespace !== undefined ? namespaceNameError(args.namespace, 'filter.namespace') : undefined,
          categoryError(args.category, 'filter.category'),
        ]),
      );
      const offset = args.offset ?? 0;
      const limit = args.limit ?? SWR_DEFAULT_PAGE_SIZE;
      const { items, total } = await call(() =>
        client.listReposDetails({
          namespace: args.namespace,
          name: args.name || undefined,
          category: args.category ? CATEGORY_TO_WIRE[args.category] : undefined,
          offset,
          limit,
        }),
      );
      // `total_range` repeats the total in every item; the header is authoritative.
      const count = total ?? items[0]?.total_range;
      const hasNextPage = count !== undefined ? offset + items.length < count : items.length === limit;
      const page: Page<RepositoryRecord> = { items: items.map(toRepositoryRecord), hasNextPage };
      if (count !== undefined) page.total = count;
      return page;
    },

    async getRepositories(keys) {
      const results: (RepositoryRecord | Error)[] = new Array<RepositoryRecord | Error>(keys.length);
      const byNamespace = new Map<string, Set<string>>();
      keys.forEach((key, i) => {
        const invalid = collectErrors(keyErrors(key, 'namespace', 'name'));
        if (invalid) results[i] = invalid;
        else byNamespace.set(key.namespace, (byNamespace.get(key.namespace) ?? new Set()).add(key.name));
      });
      const settled = await Promise.all(
        [...byNamespace].map(async ([namespace, names]) => {
          try {
            return [namespace, await findInNamespace(namespace, names)] as const;
          } catch (err) {
            return [namespace, mapSwrError(err)] as const;
          }
        }),
      );
      const found = new Map<string, Map<string, RepositoryRecord> | Error>(settled);
      keys.forEach((key, i) => {
        if (results[i]) return;
        const group = found.get(key.namespace);
        results[i] = group instanceof Error ? group : (group?.get(key.name) ?? notFound(key));
      });
      return results;
    },

    async createRepository(input: CreateRepositoryInput) {
      throwIf(
        collectErrors([
          ...keyErrors(input, 'input.namespace', 'input.name'),
          typeof input.isPublic === 'boolean' ? undefined : { path: 'input.isPublic', message: 'isPublic is required (true or false)' },
          categoryError(input.category, 'input.category'),
          descriptionError(input.description, 'input.description'),
        ]),
      );
      const key = { namespace: input.namespace, name: input.name };
      await call(
        () =>
          client.createRepo(input.namespace, {
            repository: input.name,
            is_public: input.isPublic,
            ...(input.category ? { category: CATEGORY_TO_WIRE[input.category] } : {}),
            ...(input.description != null ? { description: input.description } : {}),
          }),
        key,
        'create',
      );
      return getRepository(key);
    },

    async updateRepository(key: RepositoryKey, input: UpdateRepositoryInput) {
      throwIf(
        collectErrors([
          ...keyErrors(key, 'input.namespace', 'input.name'),
          typeof input.isPublic === 'boolean' ? undefined : { path: 'input.isPublic', message: 'isPublic is required (SWR needs it on every update)' },
          categoryError(input.category, 'input.category'),
          descriptionError(input.description, 'input.description'),
        ]),
      );
      await call(
        () =>
          client.updateRepo(key.namespace, key.name, {
            is_public: input.isPublic,
            ...(input.category ? { category: CATEGORY_TO_WIRE[input.category] } : {}),
            ...(input.description != null ? { description: input.description } : {}),
          }),
        key,
      );
      return getRepository(key);
    },

    async deleteRepository(key: RepositoryKey) {
      throwIf(collectErrors(keyErrors(key, 'input.namespace', 'input.name')));
      await call(() => client.deleteRepo(key.namespace, key.name), key, 'delete');
    },

    async listTags(key: RepositoryKey, args = {}) {
      throwIf(collectErrors([...keyErrors(key, 'namespace', 'name'), ...pageErrors(args)]));
      const offset = args.offset ?? 0;
      const limit = args.limit ?? SWR_DEFAULT_PAGE_SIZE;
      const { items, total } = await call(() => client.listRepositoryTags(key.namespace, key.name, { offset, limit }), key);
      const hasNextPage = total !== undefined ? offset + items.length < total : items.length === limit;
      const page: Page<TagRecord> = { items: items.map((dto) => toTagRecord(key, dto)), hasNextPage };
      if (total !== undefined) page.total = total;
      return page;
    },

    async getNamespace(name, field = 'name') {
      throwIf(collectErrors([namespaceNameError(name, field)]));
      try {
        return toNamespaceRecord(await client.showNamespace(name));
      } catch (err) {
        if (err instanceof UpstreamHttpError && err.status === 404) return null;
        throw mapSwrError(err);
      }
    },

    async deleteNamespace(name, field = 'input.name') {
      throwIf(collectErrors([namespaceNameError(name, field)]));
      try {
        await client.deleteNamespace(name);
      } catch (err) {
        // Not documented for DeleteNamespaces; SWR answers "not empty" with 406 elsewhere (DeleteRepo), and 409 is possible.
        if (err instanceof UpstreamHttpError && (err.status === 406 || err.status === 409)) {
          throw new ConflictError(
            `SWR: organization ${name} still holds repositories; delete them first (deleteRepositoryTag, then deleteRepository) (${err.message})`,
            'SWR',
            err.code,
          );
        }
        if (err instanceof UpstreamHttpError && err.status === 404) throw new NotFoundError(`SWR: organization ${name} does not exist`, 'SWR', err.code);
        throw mapSwrError(err);
      }
    },

    async getTag(key, tag, field = 'name') {
      throwIf(collectErrors([...keyErrors(key, 'namespace', 'name'), tagNameError(tag, field)]));
      try {
        return toTagRecordFromShow(key, await client.showRepoTag(key.namespace, key.name, tag));
      } catch (err) {
        if (err instanceof UpstreamHttpError && err.status === 404) return null;
        throw mapSwrError(err);
      }
    },

    async deleteTag(key, tag, field = 'input.tag') {
      throwIf(collectErrors([...keyErrors(key, 'input.repositoryId', 'input.repositoryId'), tagNameError(tag, field)]));
      try {
        await client.deleteRepoTag(key.namespace, key.name, tag);
      } catch (err) {
        if (err instanceof UpstreamHttpError && err.status === 404) {
          throw new NotFoundError(`SWR: ${key.namespace}/${key.name}:${tag} does not exist (${err.message})`, 'SWR', err.code);
        }
        throw mapSwrError(err);
      }
    },

    async getRepositoryPermissions(key): Promise<RepositoryPermissionsRecord> {
      throwIf(collectErrors(keyErrors(key, 'namespace', 'name')));
      const dto = await call(() => client.showUserRepositoryAuth(key.namespace, key.name), key);
      return { self: dto.self_auth ? toUserPermission(dto.self_auth) : null, others: (dto.others_auths ?? []).map(toUserPermission) };
    },

    close: () => client.close(),
  };
}

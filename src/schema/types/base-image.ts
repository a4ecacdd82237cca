import type { GatewayContext } from '../../context.js';
import { ValidationError, type FieldError } from '../../core/errors.js';
import { validateBaseImageInput, validateBaseImageUpdate } from '../../providers/tanzu-catalog/validate.js';
import { BASE_IMAGE_STATUSES, type BaseImageRecord, type PlatformRecord } from '../../providers/tanzu-catalog/port.js';
import { builder } from '../builder.js';
import { encodeId, expectId } from '../global-id.js';
import { pageNumberConnection } from '../pagination/page-number.js';
import { DateTime } from '../scalars.js';
import { TAC_MAX_BATCH_SIZE, TAC_MAX_PAGE_SIZE, loadTacNodes, tacPort } from '../tac.js';
import { MUTATION_ERRORS } from './errors.js';
import { OperatingSystem } from './operating-system.js';
import { Registry } from './registry.js';
import { forwardPageSize } from '../pagination/connection-args.js';

/** TAC's own status values (`GET /v1/base-images?statuses=`), sent back on the wire as they are. */
export const BaseImageStatusEnum = builder.enumType('BaseImageStatus', { values: BASE_IMAGE_STATUSES });

const Platform = builder.objectRef<PlatformRecord>('Platform').implement({
  description: 'An OS/architecture pair a base image is built for.',
  fields: (t) => ({
    osFamily: t.exposeString('osFamily', { nullable: true, description: 'e.g. linux.' }),
    architecture: t.exposeString('architecture', { nullable: true, description: 'e.g. amd64, arm64.' }),
  }),
});

export const BaseImage = builder.loadableNode('BaseImage', {
  description: 'A Tanzu Application Catalog base image: the image the catalog builds applications on.',
  id: { resolve: (b: BaseImageRecord) => `TAC:${b.id}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && (v as { provider?: unknown }).provider === 'TAC' && 'containerImage' in v,
  loaderOptions: { maxBatchSize: TAC_MAX_BATCH_SIZE },
  // List items and mutation answers are full records: prime the loader so node(id) in the same request costs nothing.
  cacheResolved: (b) => `TAC:${b.id}`,
  load: (rawIds: string[], ctx: GatewayContext) => loadTacNodes<BaseImageRecord>(rawIds, ctx, 'base image', (tac, ids) => tac.getBaseImages(ids)),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    containerImage: t.exposeString('containerImage', { nullable: true, description: 'REPOSITORY/IMAGE:TAG, e.g. docker.io/library/debian:12.' }),
    status: t.field({ type: BaseImageStatusEnum, nullable: true, description: 'Null when TAC answers a status it does not document.', resolve: (b) => b.status }),
    packagingType: t.exposeString('packagingType', { nullable: true, description: 'e.g. CONTAINER_IMAGE.' }),
    platforms: t.field({ type: [Platform], resolve: (b) => b.platforms }),
    operatingSystem: t.field({
      type: OperatingSystem,
      nullable: true,
      description: 'id, name, distro and version come with the base image; other fields load the operating system (batched per request).',
      resolve: (b) => (b.operatingSystem ? { ...b.operatingSystem, provider: 'TAC' as const, embedded: true as const } : b.operatingSystemId ? `TAC:${b.operatingSystemId}` : null),
    }),
    registry: t.field({
      type: Registry,
      nullable: true,
      description: 'The registry the image is pulled from (TAC’s pull_registry). id, name, url, healthy and lastCheckedAt come with the base image.',
      resolve: (b) => pullRegistry(b),
    }),
    pullRegistry: t.field({ type: Registry, nullable: true, description: 'Same as `registry`, under TAC’s own name.', resolve: (b) => pullRegistry(b) }),
    healthy: t.exposeBoolean('healthy', { nullable: true }),
    lastCheckedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.lastCheckedAt }),
    applicationCount: t.exposeInt('applicationCount'),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.createdAt }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.updatedAt }),
    updatedBy: t.exposeString('updatedBy', { nullable: true }),
    deprecatedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.deprecatedAt }),
    removedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.removedAt }),
    removedBy: t.exposeString('removedBy', { nullable: true }),
  }),
});

/** The embedded summary as it is (no call), else the id for the Registry DataLoader. */
function pullRegistry(b: BaseImageRecord) {
  if (b.pullRegistry) return { ...b.pullRegistry, provider: 'TAC' as const, embedded: true as const };
  return b.registryId ? `TAC:${b.registryId}` : null;
}

const BaseImageFilter = builder.inputType('BaseImageFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [BaseImageStatusEnum], required: false, description: 'Default (TAC’s): ACTIVE and DEPRECATED.' }),
    name: t.string({ required: false, description: 'Matches base image names, as TAC matches them.' }),
    shared: t.boolean({ required: false, description: 'true: only base images shared with every organization; false: only your organization’s own (TAC `shared`).' }),
    packagingType: t.string({ required: false, description: 'Only this packaging, e.g. `CONTAINER_IMAGE` (TAC `packaging_type`).' }),
    withApplications: t.boolean({ required: false, description: 'true: only base images that catalog applications are built on (TAC `with_applications`).' }),
  }),
});

builder.queryField('baseImages', (t) =>
  t.connection(
    {
      type: BaseImage,
      nullable: true, // null (with an error naming TAC) when TAC fails; the other root fields still answer
      description: 'Base images of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100): usually one call per page.',
      args: { filter: t.arg({ type: BaseImageFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        forwardPageSize(args, { max: TAC_MAX_PAGE_SIZE }); // bad arguments are the client's error, whatever the provider's state
        const tac = tacPort(ctx);
        const statuses = args.filter?.statuses ?? undefined;
        const name = args.filter?.name ?? undefined;
        const more = { shared: args.filter?.shared ?? undefined, packagingType: args.filter?.packagingType ?? undefined, withApplications: args.filter?.withApplications ?? undefined };
        return pageNumberConnection(args, (page, pageSize) => tac.listBaseImages({ page, pageSize, statuses, name, ...more }), {
          maxPageSize: TAC_MAX_PAGE_SIZE,
          defaultFirst: 20,
        });
      },
    },
    {
      name: 'BaseImageConnection',
      fields: (c) => ({ totalCount: c.int({ nullable: true, description: 'Base images matching the filter, as TAC reports it.', resolve: (conn) => conn.totalCount }) }),
    },
    { name: 'BaseImageEdge' },
  ),
);

// ── mutations ──────────────────────────────────────────────────────────────────────────────────

const BaseImageSuccess = (name: string) =>
  builder.objectRef<{ baseImage: BaseImageRecord }>(name).implement({
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'baseImage' in v && !(v instanceof Error),
    fields: (t) => ({ baseImage: t.field({ type: BaseImage, resolve: (r) => r.baseImage }) }),
  });

/** Collects the field errors of a global-id decode instead of stopping at the first one. */
function localIdOf(globalId: string, path: string, typename: string, errors: FieldError[]): string | undefined {
  try {
    return expectId(globalId, path, [typename], ['TAC']).localId;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    errors.push(...err.fieldErrors);
    return undefined;
  }
}

const CreateBaseImageInput = builder.inputType('CreateBaseImageInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string({ required: true, description: 'Required by TAC (POST /v1/base-images); an empty string is allowed.' }),
    registryId: t.id({ required: true, description: 'A Registry id (see `registries`).' }),
    containerImage: t.string({ required: true, description: 'REPOSITORY/IMAGE:TAG, e.g. harbor.acme.example/base/node:20.11.' }),
    operatingSystemId: t.id({ required: true, description: 'An OperatingSystem id (see `BaseImage.operatingSystem`).' }),
  }),
});

export interface CreateBaseImageArgs {
  name: string;
  description: string;
  registryId: string | number;
  containerImage: string;
  operatingSystemId: string | number;
}

/** Decodes the ids and checks TAC's documented rules, all before any call; then POST + GET of the Location. */
export async function createBaseImage(ctx: GatewayContext, input: CreateBaseImageArgs): Promise<BaseImageRecord> {
  const errors: FieldError[] = [];
  const registryId = localIdOf(String(input.registryId), 'input.registryId', 'Registry', errors);
  const operatingSystemId = localIdOf(String(input.operatingSystemId), 'input.operatingSystemId', 'OperatingSystem', errors);
  const fields = { name: input.name, description: input.description, containerImage: input.containerImage, registryId, operatingSystemId };
  // Ids that did not decode are already reported; the adapter's rules cover the rest.
  errors.push(...validateBaseImageInput(fields).filter((e) => !errors.some((d) => d.path === e.path)));
  if (errors.length || registryId === undefined || operatingSystemId === undefined) throw new ValidationError(errors, undefined, 'TAC');
  return tacPort(ctx).createBaseImage({ ...fields, registryId, operatingSystemId });
}

builder.mutationField('createBaseImage', (t) =>
  t.field({
    type: BaseImageSuccess('CreateBaseImageSuccess'),
    description: 'Adds a base image to the catalog (TAC answers 201 + Location; the gateway follows it and returns the image).',
    args: { input: t.arg({ type: CreateBaseImageInput, required: true }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateBaseImageResult' } },
    resolve: async (_root, { input }, ctx) => ({ baseImage: await createBaseImage(ctx, input) }),
  }),
);

const UpdateBaseImageInput = builder.inputType('UpdateBaseImageInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'A BaseImage id.' }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

builder.mutationField('updateBaseImage', (t) =>
  t.field({
    type: BaseImageSuccess('UpdateBaseImageSuccess'),
    description: 'Renames or re-describes a base image (TAC PATCH → 204, then GET).',
    args: { input: t.arg({ type: UpdateBaseImageInput, required: true }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'UpdateBaseImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['BaseImage'], ['TAC']);
      const changes = { name: input.name, description: input.description };
      const errors = validateBaseImageUpdate(localId, changes);
      if (errors.length) throw new ValidationError(errors, undefined, 'TAC');
      return { baseImage: await tacPort(ctx).updateBaseImage(localId, changes) };
    },
  }),
);

const DeleteBaseImageSuccess = builder.objectRef<{ deletedId: string }>('DeleteBaseImageSuccess').implement({
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'deletedId' in v && !(v instanceof Error),
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'The global id of the deleted base image.' }) }),
});

builder.mutationField('deleteBaseImage', (t) =>
  t.field({
    type: DeleteBaseImageSuccess,
    description: 'Removes a base image from the catalog (TAC DELETE → 204).',
    args: {
      input: t.arg({
        type: builder.inputType('DeleteBaseImageInput', { fields: (f) => ({ id: f.id({ required: true, description: 'A BaseImage id.' }) }) }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteBaseImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['BaseImage'], ['TAC']);
      await tacPort(ctx).deleteBaseImage(localId);
      return { deletedId: encodeId('BaseImage', 'TAC', localId) };
    },
  }),
);

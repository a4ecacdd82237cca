import type { GatewayContext } from '../../context.js';
import type { PullRegistryRecord, RegistryRecord } from '../../providers/tanzu-catalog/port.js';
import { builder } from '../builder.js';
import { pageNumberConnection } from '../pagination/page-number.js';
import { DateTime } from '../scalars.js';
import { TAC_MAX_BATCH_SIZE, TAC_MAX_PAGE_SIZE, loadTacNodes, tacPort } from '../tac.js';

/**
 * The `pull_registry` summary TAC embeds in every base image: id, name, url, healthy, lastCheckedAt.
 * Those fields cost no call; any other loads the full registry through the Registry DataLoader.
 */
export interface EmbeddedRegistry extends PullRegistryRecord {
  provider: 'TAC';
  embedded: true;
}

export type RegistryShape = RegistryRecord | EmbeddedRegistry;

export const Registry = builder.loadableNode('Registry', {
  description: 'A container registry known to the Tanzu Application Catalog: where base images are pulled from.',
  id: { resolve: (r: RegistryShape) => `TAC:${r.id}` },
  // TAC registries and their embedded summaries both carry `url`; base images and operating systems do not.
  isTypeOf: (v) =>
    typeof v === 'object' && v !== null && (v as { provider?: unknown }).provider === 'TAC' && 'url' in v && !('containerImage' in v) && !('distro' in v),
  loaderOptions: { maxBatchSize: TAC_MAX_BATCH_SIZE },
  load: (rawIds: string[], ctx: GatewayContext) => loadTacNodes<RegistryShape>(rawIds, ctx, 'registry', (tac, ids) => tac.getRegistries(ids)),
  fields: (t) => ({
    name: t.string({ resolve: async (r, _a, ctx) => r.name ?? (await fullRegistry(ctx, r)).name }),
    url: t.string({ nullable: true, description: 'Registry host, e.g. registry.app-catalog.vmware.com.', resolve: (r) => r.url }),
    healthy: t.boolean({ nullable: true, resolve: (r) => r.healthy }),
    lastCheckedAt: t.field({ type: DateTime, nullable: true, resolve: (r) => r.lastCheckedAt }),
    description: t.string({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).description }),
    registryProvider: t.string({
      nullable: true,
      description: "TAC's registry provider value, e.g. HARBOR, AMAZON_ELASTIC_CONTAINER_REGISTRY.",
      resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).registryProvider,
    }),
    flavor: t.string({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).flavor }),
    unhealthyCause: t.string({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).unhealthyCause }),
    hosted: t.boolean({ nullable: true, description: 'Hosted automatically by the catalog.', resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).hosted }),
    vmwareManaged: t.boolean({ nullable: true, description: 'Managed by the catalog (VMware/Bitnami).', resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).vmwareManaged }),
    shared: t.boolean({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).shared }),
    owned: t.boolean({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).owned }),
    applicationCount: t.int({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).applicationCount }),
    credentialsLimit: t.int({ nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).credentialsLimit }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).updatedAt }),
    removedAt: t.field({ type: DateTime, nullable: true, resolve: async (r, _a, ctx) => (await fullRegistry(ctx, r)).removedAt }),
  }),
});

/** The full record: the value itself, or (for an embedded summary) a load through this request's DataLoader. */
export async function fullRegistry(ctx: GatewayContext, r: RegistryShape): Promise<RegistryRecord> {
  if (!('embedded' in r)) return r;
  const loaded = await Registry.getDataloader(ctx).load(`TAC:${r.id}`);
  // The loader only ever holds adapter records; a summary here would be a bug, not a state.
  if ('embedded' in loaded) throw new Error('Registry loader returned a summary');
  return loaded;
}

const RegistryFilter = builder.inputType('RegistryFilter', {
  fields: (t) => ({
    removed: t.boolean({ required: false, description: 'true: only removed registries; default: live ones (TAC’s default).' }),
  }),
});

builder.queryField('registries', (t) =>
  t.connection(
    {
      type: Registry,
      nullable: true, // null (with an error naming TAC) when TAC fails
      description: 'Registries of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100).',
      args: { filter: t.arg({ type: RegistryFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const tac = tacPort(ctx);
        return pageNumberConnection(args, (page, pageSize) => tac.listRegistries({ page, pageSize, removed: args.filter?.removed ?? undefined }), {
          maxPageSize: TAC_MAX_PAGE_SIZE,
          defaultFirst: 20,
        });
      },
    },
    {
      name: 'RegistryConnection',
      fields: (c) => ({ totalCount: c.int({ nullable: true, description: 'As TAC reports it.', resolve: (conn) => conn.totalCount }) }),
    },
    { name: 'RegistryEdge' },
  ),
);

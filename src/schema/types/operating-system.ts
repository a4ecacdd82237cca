import type { GatewayContext } from '../../context.js';
import type { OperatingSystemRecord, OperatingSystemSummaryRecord } from '../../providers/tanzu-catalog/port.js';
import { builder } from '../builder.js';
import { DateTime } from '../scalars.js';
import { TAC_MAX_BATCH_SIZE, loadTacNodes } from '../tac.js';

/**
 * The summary TAC embeds in every base image (list items too): id, name, distro, version. A
 * BaseImage hands it on as is, so a page asking only for those costs no OS call; any other field
 * loads the full record through the OperatingSystem DataLoader (one GET per distinct OS per request).
 */
export interface EmbeddedOperatingSystem extends OperatingSystemSummaryRecord {
  provider: 'TAC';
  embedded: true;
}

export type OperatingSystemShape = OperatingSystemRecord | EmbeddedOperatingSystem;

export const OperatingSystem = builder.loadableNode('OperatingSystem', {
  description: 'An operating system of the Tanzu Application Catalog, the base of its base images.',
  id: { resolve: (os: OperatingSystemShape) => `TAC:${os.id}` },
  // Only TAC operating systems carry `distro` (base images embed it under `operatingSystem`, not at the top).
  isTypeOf: (v) => typeof v === 'object' && v !== null && (v as { provider?: unknown }).provider === 'TAC' && 'distro' in v && !('containerImage' in v),
  loaderOptions: { maxBatchSize: TAC_MAX_BATCH_SIZE },
  load: (rawIds: string[], ctx: GatewayContext) => loadTacNodes<OperatingSystemShape>(rawIds, ctx, 'operating system', (tac, ids) => tac.getOperatingSystems(ids)),
  fields: (t) => ({
    name: t.string({ resolve: async (os, _a, ctx) => os.name ?? (await fullOperatingSystem(ctx, os)).name }),
    distro: t.string({ nullable: true, description: 'e.g. debian, photon, redhat, ubuntu.', resolve: (os) => os.distro }),
    version: t.string({ nullable: true, resolve: (os) => os.version }),
    distroless: t.boolean({ nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).distroless }),
    fipsCompliant: t.boolean({ nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).fipsCompliant }),
    stigCompliant: t.boolean({ nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).stigCompliant }),
    status: t.string({ nullable: true, description: "TAC's value, e.g. ACTIVE or DEPRECATED.", resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).status }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).updatedAt }),
    deprecatedAt: t.field({ type: DateTime, nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).deprecatedAt }),
    replacedAt: t.field({ type: DateTime, nullable: true, resolve: async (os, _a, ctx) => (await fullOperatingSystem(ctx, os)).replacedAt }),
  }),
});

/** The full record: the value itself, or (for an embedded summary) a load through this request's DataLoader. */
export async function fullOperatingSystem(ctx: GatewayContext, os: OperatingSystemShape): Promise<OperatingSystemRecord> {
  if (!('embedded' in os)) return os;
  const loaded = await OperatingSystem.getDataloader(ctx).load(`TAC:${os.id}`);
  // The loader only ever holds adapter records; a summary here would be a bug, not a state.
  if ('embedded' in loaded) throw new Error('OperatingSystem loader returned a summary');
  return loaded;
}

builder.objectField(OperatingSystem, 'replacedBy', (t) =>
  t.field({
    type: OperatingSystem,
    nullable: true,
    description: 'The operating system that replaces this one, when TAC names one.',
    resolve: async (os, _a, ctx) => {
      const replacedById = (await fullOperatingSystem(ctx, os)).replacedById;
      return replacedById ? `TAC:${replacedById}` : null;
    },
  }),
);

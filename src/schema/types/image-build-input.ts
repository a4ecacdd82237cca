/**
 * The build inputs of `createImageBuild` and the one place GraphQL input is turned into a provider
 * port's input: nullable fields dropped, global ids decoded, and every provider `ValidationError`
 * path put under the graph's (`input.cycle.sourceId`, `input.pai.image.uri`). Providers never see
 * GraphQL shapes or paths.
 */
import { ValidationError } from '../../core/errors.js';
import type { ImageBuildRecord, JobRecord } from '../../core/records.js';
import type { GatewayContext } from '../../context.js';
import { CYCLE_IMAGE_NAME_MAX, type CycleCreateImageBuildInput } from '../../providers/cycle/port.js';
import type { PaiAccessibility, PaiBuildType, PaiCreateImageBuildInput, PaiRegistryType } from '../../providers/alibaba-pai/port.js';
import { builder } from '../builder.js';
import { AccessibilityEnum } from './pai-image-filter.js';
import { expectId } from '../global-id.js';
import { requireConfigured, requirePort } from '../capabilities.js';

export const KeyValueInput = builder.inputType('KeyValueInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

export const CycleImageBuildInput = builder.inputType('CycleImageBuildInput', {
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'A CycleImageSource id.' }),
    name: t.string({ required: false }),
    buildArgs: t.field({ type: [KeyValueInput], required: false }),
    useDisk: t.boolean({ required: false, description: 'Build on disk rather than in memory (for large images). Default false.' }),
    override: t.field({
      type: builder.inputType('CycleImageOverrideInput', {
        description: 'What to import instead of the source’s own target, for this image only.',
        fields: (f) => ({
          target: f.string({ required: false, description: 'Another repository and tag than the source’s (registry origins), e.g. nginx:1.27.' }),
          targzUrl: f.string({ required: false, description: 'Another build-context tarball URL than the source’s (Dockerfile origins).' }),
        }),
      }),
      required: false,
      description: 'Override the source’s target or tarball for this image.',
    }),
  }),
});

const PaiRegistryAuthInput = builder.inputType('PaiRegistryAuthInput', {
  description: 'Login for one registry a PAI build pulls from.',
  fields: (t) => ({
    registry: t.string({ required: true, description: 'Registry domain (host[:port]), e.g. `other-registry.cn-hangzhou.cr.aliyuncs.com`.' }),
    username: t.string({ required: true, description: 'Registry user name (no `:`).' }),
    password: t.string({ required: true, description: 'Registry password or token. Write-only: never returned, logged or put into an error.' }),
  }),
});

export const PaiImageBuildInput = builder.inputType('PaiImageBuildInput', {
  fields: (t) => ({
    workspaceId: t.string({ required: false, description: 'Default: PAI_WORKSPACE_ID.' }),
    dockerfile: t.string({ required: true }),
    buildType: t.field({ type: builder.enumType('PaiBuildType', { values: ['PACKAGE_INSTALLATION', 'CUSTOM_DOCKERFILE'] as const }), required: true }),
    image: t.field({
      type: builder.inputType('PaiBuildImageInput', {
        fields: (f) => ({
          name: f.string({ required: true }),
          uri: f.string({ required: true, description: 'Target image URI in the registry.' }),
          description: f.string({ required: false }),
          labels: f.field({ type: [KeyValueInput], required: false }),
        }),
      }),
      required: true,
    }),
    resource: t.field({
      type: builder.inputType('PaiBuildResourceInput', {
        fields: (f) => ({
          ecsSpec: f.string({ required: false }),
          cpu: f.string({ required: false }),
          memory: f.string({ required: false }),
          resourceId: f.string({ required: false }),
          resourceType: f.string({ required: false }),
        }),
      }),
      required: true,
    }),
    targetRegistry: t.field({
      type: builder.inputType('PaiTargetRegistryInput', {
        fields: (f) => ({
          type: f.field({ type: builder.enumType('PaiRegistryType', { values: ['ACR_ENTERPRISE'] as const }), required: true }),
          instanceId: f.string({ required: false }),
        }),
      }),
      required: true,
    }),
    userVpc: t.field({
      type: builder.inputType('PaiUserVpcInput', {
        fields: (f) => ({
          vpcId: f.string({ required: false }),
          switchId: f.string({ required: false }),
          securityGroupId: f.string({ required: false }),
          extendedCidrs: f.stringList({ required: false }),
          defaultRoute: f.string({ required: false }),
        }),
      }),
      required: false,
    }),
    overwriteImageTag: t.boolean({ required: false }),
    accessibility: t.field({ type: AccessibilityEnum, required: false }),
    clientToken: t.string({ required: false, description: 'Idempotency token: retrying with the same token never creates a second build. Generated when absent.' }),
    registryAuths: t.field({
      type: [PaiRegistryAuthInput],
      required: false,
      description: 'Credentials for private registries the Dockerfile pulls FROM (e.g. an ACR of another account). Passwords are never logged or echoed.',
    }),
    jobName: t.string({ required: false, description: 'Display name of the PAI-DLC job that runs the build (`ImageBuildJobName`), 1–256 characters.' }),
  }),
});

export type CycleImageBuildInputShape = typeof CycleImageBuildInput.$inferInput;
export type PaiImageBuildInputShape = typeof PaiImageBuildInput.$inferInput;

const nonNull = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/**
 * Checks the Cycle build input and turns it into the port's, before any upstream call: every failure
 * names its input path (`input.cycle.sourceId`, `input.cycle.buildArgs.1.key`).
 */
export function cycleBuildInput(input: CycleImageBuildInputShape): CycleCreateImageBuildInput {
  const errors: { path: string; message: string }[] = [];
  let sourceId = '';
  try {
    sourceId = expectId(String(input.sourceId), 'input.cycle.sourceId', ['CycleImageSource'], ['CYCLE']).localId;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    errors.push(...err.fieldErrors);
  }
  const name = input.name ?? undefined;
  if (name !== undefined && (!name.trim() || name.length > CYCLE_IMAGE_NAME_MAX)) {
    errors.push({ path: 'input.cycle.name', message: `must be a non-empty name of at most ${CYCLE_IMAGE_NAME_MAX} characters` });
  }
  let buildArgs: Record<string, string> | undefined;
  if (input.buildArgs) {
    buildArgs = {};
    for (const [i, { key, value }] of input.buildArgs.entries()) {
      // Docker's ARG names: a letter or underscore, then letters, digits, underscores.
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) errors.push({ path: `input.cycle.buildArgs.${i}.key`, message: `"${key}" is not a build argument name` });
      else if (key in buildArgs) errors.push({ path: `input.cycle.buildArgs.${i}.key`, message: `"${key}" is given twice` });
      else buildArgs[key] = value;
    }
  }
  const override = input.override ?? undefined;
  if (override) {
    if (!override.target && !override.targzUrl) errors.push({ path: 'input.cycle.override', message: 'give target or targzUrl' });
    if (override.target !== undefined && override.target !== null && !/^[^\s]+$/.test(override.target)) errors.push({ path: 'input.cycle.override.target', message: 'must be an image reference without spaces' });
    if (override.targzUrl && !/^https?:\/\/[^\s]+$/i.test(override.targzUrl)) errors.push({ path: 'input.cycle.override.targzUrl', message: 'must be an http(s) URL' });
  }
  if (errors.length) throw new ValidationError(errors, undefined, 'CYCLE');
  return {
    sourceId,
    ...(name !== undefined ? { name } : {}),
    ...(buildArgs ? { buildArgs } : {}),
    ...(input.useDisk !== undefined && input.useDisk !== null ? { useDisk: input.useDisk } : {}),
    ...(override?.target ? { overrideTarget: override.target } : {}),
    ...(override?.targzUrl ? { overrideTargzUrl: override.targzUrl } : {}),
  };
}

/** The PAI build input (nullable fields, enum values) → the port's input. No checks here: the adapter validates, with paths under `input.pai`. */
export function paiBuildInput(input: PaiImageBuildInputShape): PaiCreateImageBuildInput {
  const { image, resource, targetRegistry, userVpc } = input;
  return {
    workspaceId: nonNull(input.workspaceId),
    dockerfile: input.dockerfile,
    buildType: input.buildType as PaiBuildType,
    image: {
      name: image.name,
      uri: image.uri,
      description: nonNull(image.description),
      labels: image.labels?.map((l) => ({ key: l.key, value: l.value })),
    },
    resource: {
      ecsSpec: nonNull(resource.ecsSpec),
      cpu: nonNull(resource.cpu),
      memory: nonNull(resource.memory),
      resourceId: nonNull(resource.resourceId),
      resourceType: nonNull(resource.resourceType),
    },
    targetRegistry: { type: targetRegistry.type as PaiRegistryType, instanceId: nonNull(targetRegistry.instanceId) },
    userVpc: userVpc
      ? {
          vpcId: nonNull(userVpc.vpcId),
          switchId: nonNull(userVpc.switchId),
          securityGroupId: nonNull(userVpc.securityGroupId),
          extendedCidrs: nonNull(userVpc.extendedCidrs),
          defaultRoute: nonNull(userVpc.defaultRoute),
        }
      : undefined,
    overwriteImageTag: nonNull(input.overwriteImageTag),
    accessibility: nonNull(input.accessibility as PaiAccessibility | null | undefined),
    clientToken: nonNull(input.clientToken),
    registryAuths: input.registryAuths?.map((a) => ({ registry: a.registry, username: a.username, password: a.password })),
    jobName: nonNull(input.jobName),
  };
}

/** A provider names fields after its own input (`sourceId`); the graph's paths start at `input.<provider>`. */
export function underInput(err: unknown, prefix: string): unknown {
  if (!(err instanceof ValidationError)) return err;
  return new ValidationError(
    err.fieldErrors.map((f) => ({ path: f.path.startsWith('input.') ? f.path : `${prefix}.${f.path}`, message: f.message })),
    err.message,
    err.provider,
  );
}

/** Dispatches the @oneOf input to the provider's build creator. */
export async function startImageBuild(ctx: GatewayContext, input: { cycle?: CycleImageBuildInputShape | null; pai?: PaiImageBuildInputShape | null }): Promise<ImageBuildRecord> {
  if (input.cycle) {
    const create = requireConfigured('CYCLE', ctx.services.buildCreators.CYCLE);
    const checked = cycleBuildInput(input.cycle);
    try {
      return await create(checked);
    } catch (err) {
      throw underInput(err, 'input.cycle');
    }
  }
  const create = requireConfigured('PAI', ctx.services.buildCreators.PAI);
  return create(paiBuildInput(input.pai!));
}

/** `pruneImages(input: {cycle})`: the prune task over the given sources' images. */
export async function pruneCycleImages(ctx: GatewayContext, sourceIdsInput: readonly (string | number)[]): Promise<JobRecord> {
  const cycle = requirePort(ctx, 'CYCLE');
  const sourceIds = sourceIdsInput.map((id, i) => expectId(String(id), `input.cycle.sourceIds.${i}`, ['CycleImageSource'], ['CYCLE']).localId);
  if (sourceIds.length === 0) throw ValidationError.field('input.cycle.sourceIds', 'name at least one image source', 'CYCLE');
  try {
    return await cycle.pruneImages(sourceIds);
  } catch (err) {
    throw underInput(err, 'input.cycle');
  }
}

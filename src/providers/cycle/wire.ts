/**
 * Wires Cycle into the services: LIVE against `config.cycle` (CYCLE_API_URL/KEY/HUB_ID), SANDBOX
 * against the built-in emulator when `GATEWAY_SANDBOX=auto` and no credentials are set, else
 * DISABLED (Cycle fields then answer `UnsupportedOperationError`).
 */
import type { ProviderWiring } from '../../bootstrap.js';
import { ValidationError } from '../../core/errors.js';
import { expectId } from '../../schema/global-id.js';
import type { CycleImageBuildInputShape } from '../../schema/types/image-build.js';
import type { ProviderEntry } from '../../services.js';
import type { ImageBuildRecord } from '../../core/records.js';
import { createCycleAdapter, type CycleAdapterConfig } from './adapter.js';
import type { CycleCreateImageBuildInput, CyclePort } from './port.js';
import { cycleBuildSource, cycleImageSource, cycleJobSource } from './sources.js';

/** Cycle has no version endpoint; the graph speaks its `/v1` platform API. */
export const CYCLE_API_VERSION = 'v1';

/** Cycle's own limit on image names (the emulator answers `422.invalid-argument` past it). */
export const CYCLE_IMAGE_NAME_MAX = 256;

/**
 * Checks the graph input and turns it into the port's, before any upstream call: every failure names
 * its input path (`input.cycle.sourceId`, `input.cycle.buildArgs.1.key`).
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

/** The adapter names fields after its own input (`sourceId`); the graph's paths start at `input.cycle`. */
function underInput(err: unknown, prefix: string): unknown {
  if (!(err instanceof ValidationError)) return err;
  return new ValidationError(
    err.fieldErrors.map((f) => ({ path: f.path.startsWith('input.') ? f.path : `${prefix}.${f.path}`, message: f.message })),
    err.message,
    err.provider,
  );
}

export async function createCycleBuild(cycle: CyclePort, input: CycleImageBuildInputShape): Promise<ImageBuildRecord> {
  const checked = cycleBuildInput(input);
  try {
    return await cycle.createImageBuild(checked);
  } catch (err) {
    throw underInput(err, 'input.cycle');
  }
}

export const wireCycle: ProviderWiring = async ({ config, services, onCall, onClose }) => {
  let adapterConfig: CycleAdapterConfig | undefined;
  let mode: ProviderEntry['mode'] = 'LIVE';
  if (config.cycle) {
    adapterConfig = { ...config.cycle, onCall };
  } else if (config.sandbox === 'auto') {
    // Imported lazily: a LIVE or DISABLED gateway never loads the emulator.
    const { startCycleEmulator } = await import('../../emulators/cycle/index.js');
    const emulator = await startCycleEmulator();
    onClose(() => emulator.close());
    adapterConfig = { apiUrl: emulator.url, apiKey: emulator.state.apiKey, hubId: emulator.state.hubId, onCall };
    mode = 'SANDBOX';
  }
  if (!adapterConfig) return { provider: 'CYCLE', mode: 'DISABLED', endpoint: null };

  const cycle = createCycleAdapter(adapterConfig);
  const jobs = cycleJobSource(cycle, services.pubsub, { coordinator: services.pollCoordinator });
  services.cycle = cycle;
  services.imageSources.CYCLE = cycleImageSource(cycle);
  services.buildSources.CYCLE = cycleBuildSource(cycle);
  services.jobSources.CYCLE = jobs;
  services.buildCreators.CYCLE = ({ cycle: input }) => createCycleBuild(cycle, input);
  // A missing image is thrown as the adapter's NotFoundError (not `notFound`) so it keeps Cycle's code `404.image`.
  services.imageDeleters.CYCLE = async (id) => ({ job: await cycle.deleteImage(id) });
  services.cyclePrune = async (sourceIds) => {
    if (sourceIds.length === 0) throw ValidationError.field('input.cycle.sourceIds', 'name at least one image source', 'CYCLE');
    try {
      return await cycle.pruneImages(sourceIds);
    } catch (err) {
      throw underInput(err, 'input.cycle');
    }
  };
  // Trackers first (they poll through the adapter's pool), then the pool.
  onClose(async () => {
    jobs.close();
    await cycle.close();
  });

  return {
    provider: 'CYCLE',
    mode,
    // The origin only: the key and hub id never leave the adapter.
    endpoint: new URL(adapterConfig.apiUrl).origin,
    // One image on one page: the cheapest call that proves the URL, the key and the hub id together.
    probe: async () => {
      await cycle.listImages({ pageSize: 1 });
      return { apiVersion: CYCLE_API_VERSION };
    },
  };
};

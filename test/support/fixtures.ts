/**
 * Shared `test.extend` fixtures: "the five emulators + a gateway over them", started once per test file
 * when a test first asks for them and closed when the file ends (vitest file scope). A suite that needs
 * a special set-up (faults, keys, a fresh gateway per test) keeps its own `beforeAll`.
 *
 * ```ts
 * import { emulatorTest as it } from '../support/fixtures.js';
 * it('…', async ({ gw, emulators }) => { … emulators.cycle.requests … });
 * ```
 */
import { test as base } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { startTestGateway } from './gateway.js';

export interface Emulators {
  docker: RunningDockerEmulator;
  cycle: RunningCycleEmulator;
  pai: RunningPaiEmulator;
  swr: RunningSwrEmulator;
  tac: TacEmulator;
}

/**
 * All five emulators, seeded, with Cycle's and PAI's clocks stopped (`tickMs: 0`: a job moves only when
 * a test calls `emulators.cycle.state.tick()` / PAI's `advance`), so request counts and states are the
 * test's own. Docker keeps its pull progress clock.
 */
async function startEmulators(): Promise<Emulators> {
  const [docker, cycle, pai, swr, tac] = await Promise.all([
    startDockerEmulator(),
    startCycleEmulator({ tickMs: 0 }),
    startPaiEmulator({ tickMs: 0 }),
    startSwrEmulator(),
    startTacEmulator(),
  ]);
  return { docker, cycle, pai, swr, tac };
}

async function closeEmulators(emulators: Emulators): Promise<void> {
  await Promise.all(Object.values(emulators).map((e: { close(): Promise<void> }) => e.close()));
}

/** The environment a gateway over these emulators is started with (each emulator's own `env`). */
export const emulatorEnv = (e: Emulators): Record<string, string> => ({ ...e.docker.env, ...e.cycle.env, ...e.pai.env, ...e.swr.env, ...e.tac.env });

/** `emulators` (the five, per file) and `gw` (a gateway over them, LIVE mode for every provider, per file). */
export const emulatorTest = base
  .extend('emulators', { scope: 'file' }, async ({}, { onCleanup }) => {
    const emulators = await startEmulators();
    onCleanup(() => closeEmulators(emulators));
    return emulators;
  })
  .extend('gw', { scope: 'file' }, async ({ emulators }, { onCleanup }) => {
    const gw = await startTestGateway(emulatorEnv(emulators));
    onCleanup(() => gw.close());
    return gw;
  });

/**
 * `sandbox`: a gateway as `npm run dev` starts it with no credentials (`GATEWAY_SANDBOX=auto`, every
 * provider on its built-in emulator, the Docker emulator even where an engine is reachable), per file.
 */
export const sandboxTest = base.extend('sandbox', { scope: 'file' }, async ({}, { onCleanup }) => {
  const gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: '' });
  onCleanup(() => gw.close());
  return gw;
});

/**
 * SANDBOX: the one table of built-in emulators. `startSandbox(provider)` starts a provider's emulator
 * on a free loopback port and returns the environment a LIVE gateway would be given for it
 * (`CYCLE_API_URL`, `HUAWEICLOUD_SDK_AK`…); `bootstrap.ts` reads that environment with the same
 * config reader as the process's own (`PROVIDER_CONFIG` in `config.ts`), so SANDBOX is LIVE pointed at
 * an emulator, and no provider imports an emulator. Each emulator module is loaded only when started.
 */
import type { Provider } from '../core/provider.js';
import type { RunningEmulator } from './kit.js';

type Starter = (options: { port?: number }) => Promise<RunningEmulator>;

/** Each provider's emulator, by the name `npm run emulator -- <name>` takes, loaded only when asked for. */
export const EMULATORS: Record<Provider, { name: string; load: () => Promise<Starter> }> = {
  DOCKER: { name: 'docker', load: async () => (await import('./docker-engine/index.js')).startDockerEmulator },
  CYCLE: { name: 'cycle', load: async () => (await import('./cycle/index.js')).startCycleEmulator },
  SWR: { name: 'swr', load: async () => (await import('./huawei-swr/index.js')).startSwrEmulator },
  PAI: { name: 'pai', load: async () => (await import('./alibaba-pai/index.js')).startPaiEmulator },
  TAC: { name: 'tac', load: async () => (await import('./tanzu-catalog/index.js')).startTacEmulator },
};

export interface Sandbox {
  /** The environment a LIVE gateway would be given for this emulator. */
  env: Record<string, string>;
  url: string;
  close(): Promise<void>;
}

export async function startSandbox(provider: Provider, options: { port?: number } = {}): Promise<Sandbox> {
  const emulator = await (await EMULATORS[provider].load())(options);
  return { env: emulator.env, url: emulator.url, close: () => emulator.close() };
}

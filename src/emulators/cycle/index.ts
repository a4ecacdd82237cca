import { bearerToken, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { cycleError, cycleErrorForStatus } from './errors.js';
import { objectId } from './ids.js';
import { callers, cycleRoutes } from './routes.js';
import { seedCycle } from './seed.js';
import { CycleStore, type CycleEmulatorKey } from './store.js';

export { CycleStore, type CycleEmulatorKey } from './store.js';
export { CAPABILITIES } from './routes.js';

/** The hub id the emulator serves by default (the spec's example HubID). */
export const DEFAULT_CYCLE_HUB_ID = '651586fca6078e98982dbd90';
/** The API key the emulator accepts by default (the shape of the README's `secret_MY-API-KEY`). */
export const DEFAULT_CYCLE_API_KEY = 'secret_imagegraph-emulator';

export interface CycleEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** The full-capability key. @default DEFAULT_CYCLE_API_KEY */
  apiKey?: string;
  /** The hub the keys belong to. @default DEFAULT_CYCLE_HUB_ID */
  hubId?: string;
  /** Further keys, e.g. one restricted to `['images-view']` to provoke `403.permissions`. */
  keys?: CycleEmulatorKey[];
  /** Interval of the job/build simulation; 0 stops the clock (advance with `state.tick()`). @default 200 */
  tickMs?: number;
  /** Seed demo sources, images, build logs and jobs. @default true */
  seed?: boolean;
  /** New jobs answer `404.job` for this long, as a just-created Cycle job may. @default 0 */
  jobVisibilityDelayMs?: number;
}

export interface CycleEmulatorState {
  store: CycleStore;
  hubId: string;
  apiKey: string;
  /** Advances every running job by one step (what the clock does every `tickMs`). */
  tick(times?: number): void;
  /** Makes later imports from this source fail in the build. */
  failSource(sourceId: string, message?: string): void;
}

export type RunningCycleEmulator = RunningEmulator & { state: CycleEmulatorState };

/**
 * Cycle.io platform API emulator (images, image sources, build logs, jobs), faithful to the vendored
 * spec: envelopes, status codes (201/200/202 as each operation declares), `filter[...]`/`page[...]`
 * queries, bearer key + `X-Hub-Id` auth, capabilities, and jobs/builds that progress over time.
 */
export async function startCycleEmulator(options: CycleEmulatorOptions = {}): Promise<RunningCycleEmulator> {
  const hubId = options.hubId ?? DEFAULT_CYCLE_HUB_ID;
  const apiKey = options.apiKey ?? DEFAULT_CYCLE_API_KEY;
  const store = new CycleStore({ hubId, jobVisibilityDelayMs: options.jobVisibilityDelayMs ?? 0 });
  const seeded = options.seed === false ? undefined : seedCycle(store);
  const owner = seeded?.creator ?? store.registerAccount(objectId(), 'Hub', 'Owner', 'owner@example.com');

  const keys = new Map<string, CycleEmulatorKey & { id: string }>();
  for (const k of [{ key: apiKey, hubId, name: 'Gateway' }, ...(options.keys ?? [])]) {
    const withId = { ...k, id: k.id ?? objectId() };
    keys.set(k.key, withId);
    store.registerApiKey(withId, owner);
  }

  function authenticate(req: EmulatorRequest): EmulatorResponse | undefined {
    const token = bearerToken(req);
    // Auth errors: the spec says they "follow the OAuth spec" without a shape; we answer with the
    // general envelope, which is what Cycle's own clients normalise them to.
    if (token === undefined) return cycleError(401, '401.auth-invalid', 'An API key is required in the Authorization header (Bearer)');
    const key = keys.get(token);
    if (!key) return cycleError(401, '401.auth-invalid', 'The API key is invalid or has been revoked');
    const hub = req.headers['x-hub-id'];
    if (typeof hub !== 'string' || !hub) return cycleError(403, '403.wrong-hub', 'The X-Hub-Id header is required');
    if (hub !== key.hubId) return cycleError(403, '403.wrong-hub', 'This API key does not belong to the requested hub');
    callers.set(req, key);
    return undefined;
  }

  const tickMs = options.tickMs ?? 200;
  const timer = tickMs > 0 ? setInterval(() => store.tick(), tickMs) : undefined;
  timer?.unref();

  const running = await startEmulator({
    provider: 'cycle',
    router: cycleRoutes({ store }),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    errorResponse: cycleErrorForStatus,
    env: (url) => ({ CYCLE_API_URL: url, CYCLE_API_KEY: apiKey, CYCLE_HUB_ID: hubId }),
    before: authenticate,
    onClose: () => {
      if (timer) clearInterval(timer);
    },
  });

  const state: CycleEmulatorState = {
    store,
    hubId,
    apiKey,
    tick(times = 1) {
      for (let i = 0; i < times; i++) store.tick();
    },
    failSource(sourceId, message) {
      store.failSource(sourceId, message);
    },
  };
  return Object.assign(running, { state });
}

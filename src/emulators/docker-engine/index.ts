import { Router, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { DaemonError } from './filters.js';
import { goJson } from './progress.js';
import { DEFAULT_REGISTRY, FakeRegistry, type RegistryOptions } from './registry.js';
import { compareVersions, imageRoutes, type DaemonProfile, type RouteContext } from './routes.js';
import { seedImages } from './seed.js';
import { DockerImageStore } from './store.js';

export { DockerImageStore } from './store.js';
export type { DockerEvent, ImageConfig, ImageLayer, StoredImage } from './store.js';
export type { RegistryCredential, RegistryOptions } from './registry.js';

export interface DockerEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** The daemon's (maximum) API version, sent as `Api-Version`. `1.41` or lower also switches to Docker 20.10 wording. @default '1.44' */
  apiVersion?: string;
  /** Oldest API version accepted in a `/vX.YY/` prefix. @default '1.24' */
  minApiVersion?: string;
  /** Seed alpine, nginx, redis, a two-repository image and a dangling image. @default true */
  seed?: boolean;
  /** Delay between pull progress steps. @default 25 */
  tickMs?: number;
  /** The fake registry behind pulls. @default Docker Hub's alpine/nginx/redis/busybox plus private `registry.example.com/acme/*` (demo / demo-password) */
  registry?: RegistryOptions;
  /**
   * How pull failures (unknown repository, no access, bad credentials) are answered. `http`: an HTTP error status with
   * `{"message"}` before any output, which is what dockerd does (verified against 20.10: the registry is asked for the
   * manifest before "Pulling from" is written). `in-stream`: status 200 and a single `{"errorDetail","error"}`
   * message, the shape of failures that happen after output was flushed (e.g. a layer download failing).
   * @default 'http'
   */
  pullErrors?: 'http' | 'in-stream';
}

export interface RunningDockerEmulator extends RunningEmulator {
  store: DockerImageStore;
  registry: FakeRegistry;
}

/** Docker Engine release that shipped each API version (for `Server` and `/version`). */
const ENGINE_VERSIONS: Record<string, string> = {
  '1.41': '20.10.24',
  '1.42': '23.0.6',
  '1.43': '24.0.9',
  '1.44': '25.0.5',
  '1.45': '26.1.4',
  '1.46': '27.1.2',
  '1.47': '27.5.1',
};

/** Go's canonical header casing (`Api-Version`, `Ostype`), for byte-level resemblance. */
const canonical = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase()), v]));

const VERSION_PREFIX = /^\/v([0-9]+(?:\.[0-9]+)*)(\/.*)$/;

/**
 * How the daemon answers: its headers on every response, its `{"message"}` envelope, and the version
 * middleware (`daemon/server/middleware/version.go`) in front of the router.
 */
function daemon(profile: DaemonProfile, router: Router, versions: WeakMap<EmulatorRequest, string>) {
  const daemonHeaders = (): Record<string, string> => ({
    'api-version': profile.apiVersion,
    server: `Docker/${profile.engineVersion} (linux)`,
    ostype: 'linux',
    ...(profile.legacy ? { 'docker-experimental': 'false' } : {}),
  });
  const errorResponse = (status: number, message: string): EmulatorResponse => ({
    status,
    headers: canonical({ ...daemonHeaders(), 'content-type': 'application/json' }),
    body: `${goJson({ message })}\n`,
  });
  const withHeaders = (out: EmulatorResponse): EmulatorResponse => ({ ...out, headers: canonical({ ...daemonHeaders(), ...(out.headers ?? {}) }) });

  /** Version middleware (`daemon/server/middleware/version.go`) and routing under the optional `/vX.YY` prefix. */
  async function handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    let path = req.path;
    const m = VERSION_PREFIX.exec(path);
    if (m?.[1] && m[2]) {
      const requested = m[1];
      path = m[2];
      if (compareVersions(requested, profile.apiVersion) > 0) {
        return errorResponse(400, `client version ${requested} is too new. Maximum supported API version is ${profile.apiVersion}`);
      }
      if (compareVersions(requested, profile.minApiVersion) < 0) {
        const message = `client version ${requested} is too old. Minimum supported API version is ${profile.minApiVersion}, please upgrade your client to a newer version`;
        // Docker 20.10 answered this one with `http.Error` (text/plain); later daemons use the JSON envelope.
        if (profile.legacy) return withHeaders({ status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: `${message}\n` });
        return errorResponse(400, message);
      }
      versions.set(req, requested);
    }
    const match = router.match(req.method, path);
    if (match === undefined || match === 'method-not-allowed') return errorResponse(404, 'page not found');
    if (match === 'bad-request') return errorResponse(400, `invalid path: ${path}`);
    req.params = match.params;
    try {
      return withHeaders(await match.handler(req));
    } catch (err) {
      if (err instanceof DaemonError) return errorResponse(err.status, err.message);
      throw err;
    }
  }
  return { errorResponse, handle };
}

/**
 * Starts an emulated Docker Engine (image endpoints) on 127.0.0.1 over TCP. Behaviour, messages and stream framing
 * follow dockerd; see the README section of the report for what was checked against a real daemon.
 */
export async function startDockerEmulator(options: DockerEmulatorOptions = {}): Promise<RunningDockerEmulator> {
  const apiVersion = options.apiVersion ?? '1.44';
  const legacy = compareVersions(apiVersion, '1.41') <= 0;
  const profile: DaemonProfile = {
    apiVersion,
    minApiVersion: options.minApiVersion ?? '1.24',
    engineVersion: ENGINE_VERSIONS[apiVersion] ?? '25.0.5',
    legacy,
    tickMs: options.tickMs ?? 25,
    pullErrors: options.pullErrors ?? 'http',
  };
  const store = new DockerImageStore();
  if (options.seed ?? true) seedImages(store);
  const registry = new FakeRegistry(options.registry ?? DEFAULT_REGISTRY);
  const versions = new WeakMap<EmulatorRequest, string>();
  const streams = new Set<() => void>();
  const ctx: RouteContext = { store, registry, profile, versionOf: (req) => versions.get(req) ?? apiVersion, streams };
  const router = imageRoutes(ctx);

  const { errorResponse, handle } = daemon(profile, router, versions);

  const running = await startEmulator({
    provider: 'docker',
    router: new Router(),
    port: options.port ?? 0,
    faults: options.faults ?? {},
    errorResponse,
    env: (url) => ({ DOCKER_HOST: url.replace(/^http:/, 'tcp:') }),
    // Every request is answered here, so the version prefix is handled once and `requests` keeps the path as sent.
    before: handle,
    onClose: () => {
      for (const stop of [...streams]) stop();
    },
  });
  return Object.assign(running, { store, registry });
}

/**
 * A local emulator of Alibaba Cloud PAI: AIWorkSpace 2021-02-04 (images, labels, CreateImageBuild) and
 * PAI-DLC 2020-12-03 (jobs, pod logs, events, stop), both served on **one port** and told apart by path
 * (`/api/v1/images…`, `/api/v1/image/labels`, `/api/v1/imagebuilds` vs `/api/v1/jobs…`) and by
 * `x-acs-version`. So `PAI_ENDPOINT` and `PAI_DLC_ENDPOINT` are the same URL.
 *
 * Faithful where the SDK models and NOTES.md are precise: paths, methods, query names, JSON shapes,
 * Alibaba's error body `{RequestId, HostId, Code, Message, Recommend}`, ACS3-HMAC-SHA256 verified by
 * recomputation (unknown key, stale date, reused nonce, any changed byte are refused), `x-acs-action` /
 * `x-acs-version` checked against the route, `ClientToken` idempotency, throttling with `x-acs-retry-after`
 * (milliseconds, as the Alibaba SDKs read it). Where the real service is undocumented (error codes for
 * missing images/jobs, StopJob on a finished job, the JobType and envs of a build job, head-vs-tail of
 * GetPodLogs), the choice is written down at that spot.
 */
import { verifyAcs3Signature, ACS3_MAX_SKEW_SECONDS } from '../../providers/alibaba-pai/sign.js';
import { startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { acsErrorForStatus, fail, throttled, type Product } from './errors.js';
import { paiRoutes, type PaiRouteContext } from './routes.js';
import { seedPai } from './seed.js';
import { PaiEmulatorState, type PaiEmulatorControls, type RecordedBody } from './store.js';

export { PaiEmulatorState } from './store.js';
export type { PaiEmulatorControls, RecordedBody } from './store.js';

export interface PaiEmulatorCredential {
  accessKeyId: string;
  accessKeySecret: string;
  /** When set, requests with this key must carry this `x-acs-security-token` (STS). */
  securityToken?: string;
}

export interface PaiEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** @default one demo key pair (see `DEFAULT_PAI_CREDENTIALS`) */
  credentials?: PaiEmulatorCredential[];
  /** @default 'cn-hangzhou' */
  regionId?: string;
  /** @default '12345' */
  workspaceId?: string;
  /** Interval of job progress (one state step or three log lines per tick); 0 = only `advance()`. @default 500 */
  tickMs?: number;
  /** Seed demo images and DLC jobs. @default true */
  seed?: boolean;
  /** Answer every Nth request with 429 `Throttling` and `x-acs-retry-after`. @default 0 (off) */
  throttleEvery?: number;
}

export interface RunningPaiEmulator extends RunningEmulator {
  state: PaiEmulatorState;
  controls: PaiEmulatorControls;
  credentials: PaiEmulatorCredential[];
  regionId: string;
  workspaceId: string;
  /** Same as `url`: AIWorkSpace and DLC share the port. */
  dlcUrl: string;
  /** JSON bodies of accepted POST/PUT requests, in order (contract tests check them against the spec). */
  bodies: RecordedBody[];
  /** Advance every job by `steps` ticks now. */
  advance(steps?: number): void;
}

export const DEFAULT_PAI_CREDENTIALS: PaiEmulatorCredential[] = [
  { accessKeyId: 'LTAI5tPaiEmulatorKey0001', accessKeySecret: 'pai-emulator-secret-not-a-real-key' },
];

const productOf = (path: string): Product => (path.startsWith('/api/v1/jobs') ? 'PAI-DLC' : 'AIWorkSpace');
const STATUS_OF: Record<string, number> = {
  IncompleteSignature: 400,
  InvalidSignatureMethod: 400,
  'InvalidAccessKeyId.NotFound': 404,
  'InvalidTimeStamp.Expired': 400,
  SignatureDoesNotMatch: 400,
};

/**
 * The POP gateway's checks before routing: throttling (every Nth request, or the next N), then the
 * ACS3-HMAC-SHA256 signature recomputed from the request, the STS token of the key, and the nonce.
 */
function authenticator(ctx: PaiRouteContext, credentials: PaiEmulatorCredential[]) {
  const { controls } = ctx;
  const nonces = new Map<string, number>();
  const secretOf = (id: string) => credentials.find((c) => c.accessKeyId === id)?.accessKeySecret;
  let counted = 0;
  return async function before(req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
    const product = productOf(req.path);
    counted += 1;
    const throttleNow = controls.throttleNext > 0 || (controls.throttleEvery > 0 && counted % controls.throttleEvery === 0);
    if (controls.throttleNext > 0) controls.throttleNext -= 1;
    if (throttleNow) return throttled(ctx, controls.throttleRetryAfterMs, product);
    const now = Date.now();
    const result = verifyAcs3Signature({ method: req.method, rawUrl: req.rawUrl, headers: req.headers, body: await req.body() }, secretOf, new Date(now), {
      maxSkewSeconds: controls.maxSkewSeconds,
    });
    if (!result.ok) return fail(ctx, STATUS_OF[result.code] ?? 400, result.code, result.message, product);
    const cred = credentials.find((c) => c.accessKeyId === result.accessKeyId);
    if (cred?.securityToken && cred.securityToken !== result.securityToken) {
      return fail(ctx, 400, 'InvalidSecurityToken.MismatchWithAccessKey', 'The security token does not belong to the access key.', product);
    }
    for (const [n, exp] of nonces) if (exp < now) nonces.delete(n);
    const nonceKey = `${result.accessKeyId}:${result.nonce}`;
    if (nonces.has(nonceKey)) return fail(ctx, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.', product);
    nonces.set(nonceKey, now + controls.maxSkewSeconds * 2000);
    return undefined;
  };
}

/** What the gateway needs to use the emulator as a LIVE provider: the first key pair, region, workspace, one endpoint for both products. */
function paiEnv(credentials: PaiEmulatorCredential[], regionId: string, workspaceId: string) {
  return (url: string) => {
    const c = credentials[0] ?? DEFAULT_PAI_CREDENTIALS[0]!;
    return {
      ALIBABA_CLOUD_ACCESS_KEY_ID: c.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: c.accessKeySecret,
      ...(c.securityToken ? { ALIBABA_CLOUD_SECURITY_TOKEN: c.securityToken } : {}),
      ALIBABA_CLOUD_REGION_ID: regionId,
      PAI_WORKSPACE_ID: workspaceId,
      PAI_ENDPOINT: url,
      PAI_DLC_ENDPOINT: url,
    };
  };
}

export async function startPaiEmulator(options: PaiEmulatorOptions = {}): Promise<RunningPaiEmulator> {
  const regionId = options.regionId ?? 'cn-hangzhou';
  const workspaceId = options.workspaceId ?? '12345';
  const credentials = options.credentials?.length ? options.credentials : DEFAULT_PAI_CREDENTIALS;
  const state = new PaiEmulatorState(regionId, workspaceId, '1557702098194904');
  if (options.seed ?? true) seedPai(state);
  const controls: PaiEmulatorControls = {
    throttleEvery: options.throttleEvery ?? 0,
    throttleNext: 0,
    throttleRetryAfterMs: 1000,
    loseNextCreateResponses: 0,
    maxSkewSeconds: ACS3_MAX_SKEW_SECONDS,
  };
  const bodies: RecordedBody[] = [];
  const ctx: PaiRouteContext = { state, controls, workspaceId, bodies, host: '127.0.0.1' };

  const tickMs = options.tickMs ?? 500;
  const timer = tickMs > 0 ? setInterval(() => state.tick(), tickMs) : undefined;
  timer?.unref();

  const running = await startEmulator({
    provider: 'pai',
    router: paiRoutes(ctx),
    port: options.port,
    faults: options.faults,
    errorResponse: (status, message) => acsErrorForStatus(ctx, status, message, controls.throttleRetryAfterMs),
    env: paiEnv(credentials, regionId, workspaceId),
    before: authenticator(ctx, credentials),
    onClose: () => {
      if (timer) clearInterval(timer);
    },
  });
  ctx.host = new URL(running.url).host;
  return Object.assign(running, {
    state,
    controls,
    credentials,
    regionId,
    workspaceId,
    dlcUrl: running.url,
    bodies,
    advance(steps = 1) {
      for (let i = 0; i < steps; i++) state.tick();
    },
  });
}

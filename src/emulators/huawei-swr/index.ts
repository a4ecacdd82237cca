/**
 * Huawei Cloud SWR emulator: the shared-edition `/v2/manage` namespace, repository and tag operations,
 * with the service's odd status codes (create 201, update 201, delete 204, 406 for a repository that still
 * holds images), `Content-Range` totals on the v2 lists, SWR error bodies, and authentication verified the
 * way the API Gateway does it: the `SDK-HMAC-SHA256` signature recomputed from the received request and
 * compared in constant time, `X-Sdk-Date` skew limited, unknown access keys refused; or an IAM token.
 *
 * Error shapes (NOTES.md "Error envelope"): service errors as the doc appendix shows them,
 * `[{"errorCode":"SVCSTG.SWR.…","errorMessage":"…","detail":""}]`; gateway-level errors (authentication,
 * throttling, unknown API) as `{"error_code":"APIG.…","error_msg":"…","request_id":"…"}`.
 * Codes the notes name are used as named (4000014, 4060012, 4090006, 4010000); the APIG codes follow the
 * Huawei API Gateway convention (APIG.0301 IAM authentication, APIG.0308 throttling, APIG.0101 no such API).
 */
import { timingSafeEqual } from 'node:crypto';
import { AUTH_TOKEN_HEADER, verifySwrSignature } from '../../providers/huawei-swr/sign.js';
import { startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { apigError, swrErrorForStatus, SWR_ERROR_CODES } from './errors.js';
import { swrRoutes } from './routes.js';
import { seedSwr } from './seed.js';
import { SwrStore } from './store.js';

export { SwrStore } from './store.js';
export { SWR_ERROR_CODES } from './errors.js';

/** Demo credentials the emulator accepts by default (printed in `env`, never real). */
export const SWR_EMULATOR_DEFAULT_CREDENTIALS = { ak: 'SWREMULATORAK0000001', sk: 'swr-emulator-demo-secret-key-0001' };

export interface SwrEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** Accepted AK/SK pairs. @default [SWR_EMULATOR_DEFAULT_CREDENTIALS] */
  credentials?: { ak: string; sk: string }[];
  /** When set, `X-Auth-Token: <authToken>` is accepted as well. @default undefined */
  authToken?: string;
  /** Demo data. @default true */
  seed?: boolean;
  /** Allowed `X-Sdk-Date` skew. @default 15 */
  maxSkewMinutes?: number;
  /** Server clock (signature skew, timestamps). @default () => new Date() */
  now?: () => Date;
}

export interface RunningSwrEmulator extends RunningEmulator {
  credentials: { ak: string; sk: string }[];
  authToken?: string;
  /** The emulator's state, for tests (e.g. `store.addTag` stands in for a `docker push`). */
  store: SwrStore;
}

/** API Gateway authentication, before routing: a token when configured, else the AK/SK signature. */
function authenticator(options: { authToken?: string; secrets: Map<string, string>; now: () => Date; maxSkewMs: number }) {
  const { secrets, now, maxSkewMs } = options;
  return async function authenticate(req: EmulatorRequest): Promise<EmulatorResponse | undefined> {
    const token = req.headers[AUTH_TOKEN_HEADER];
    if (typeof token === 'string' && req.headers.authorization === undefined) {
      const expected = options.authToken;
      const ok = expected !== undefined && token.length === expected.length && timingSafeEqual(Buffer.from(token), Buffer.from(expected));
      return ok ? undefined : apigError(401, SWR_ERROR_CODES.APIG_AUTH, 'Incorrect IAM authentication information: decrypt token fail');
    }
    const body = await req.body();
    const result = verifySwrSignature({ method: req.method, rawUrl: req.rawUrl, headers: req.headers, body }, (ak) => secrets.get(ak), now(), maxSkewMs);
    if (result.ok) return undefined;
    return apigError(401, SWR_ERROR_CODES.APIG_AUTH, `Incorrect IAM authentication information: ${result.message}`);
  };
}

export async function startSwrEmulator(options: SwrEmulatorOptions = {}): Promise<RunningSwrEmulator> {
  const now = options.now ?? (() => new Date());
  const credentials = options.credentials ?? [SWR_EMULATOR_DEFAULT_CREDENTIALS];
  const secrets = new Map(credentials.map((c) => [c.ak, c.sk]));
  const maxSkewMs = (options.maxSkewMinutes ?? 15) * 60_000;
  const store = new SwrStore(now);
  if (options.seed ?? true) seedSwr(store);

  const primary = credentials[0] ?? SWR_EMULATOR_DEFAULT_CREDENTIALS;
  const running = await startEmulator({
    provider: 'swr',
    router: swrRoutes({ store, now }),
    port: options.port,
    faults: options.faults,
    errorResponse: swrErrorForStatus,
    env: (url) => ({ SWR_ENDPOINT: url, HUAWEICLOUD_SDK_AK: primary.ak, HUAWEICLOUD_SDK_SK: primary.sk }),
    before: authenticator({ authToken: options.authToken, secrets, now, maxSkewMs }),
  });
  return Object.assign(running, { credentials, authToken: options.authToken, store });
}

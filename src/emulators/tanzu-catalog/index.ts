/**
 * Emulator of the VMware Tanzu Application Catalog API (base images, registries, operating systems)
 * and of the VMware Cloud Services (CSP) token exchange it needs, both served from one origin.
 * Built from test/contracts/specs/tac/ (reconstructed from the doc pages) and shared/specs/tac/NOTES.md.
 *
 * Behaviour where the docs are silent (chosen here, and relied on by nobody but tests):
 *  - CSP refuses an unknown API token with 400 `{"statusCode":400,"error":"invalid_grant","message":…}`
 *    (RFC 6749 §5.2 shape plus CSP's `statusCode`/`message` members); the doc pages show no CSP error.
 *  - A missing, unknown or expired bearer on `/v1/*` is answered 401 in problem+json (the doc pages list
 *    no 401; 403 is what TAC documents for a valid token without the TAC service role).
 *  - DELETE marks a base image `DELETED` (soft delete, with `removed_at/by`); it stays readable by id and
 *    through `statuses=DELETED`, and the default list shows ACTIVE and DEPRECATED only.
 *  - An unknown `registry_id`/`operating_system_id` on create is a 400 violation (no 404 is documented for POST).
 */
import { bearerToken, startEmulator, type EmulatorRequest, type EmulatorResponse, type FaultKnobs, type RunningEmulator } from '../kit.js';
import { problem, problemForStatus } from './errors.js';
import { tacRoutes, type TacRouteContext } from './routes.js';
import { seedTac } from './seed.js';
import { emptyStore, type ReceivedBody, type TacStore } from './store.js';

export { CSP_AUTHORIZE_PATH } from './routes.js';
export type { ReceivedBody } from './store.js';

/** The API token the emulator accepts unless told otherwise. */
export const TAC_EMULATOR_API_TOKEN = 'tac-emulator-csp-api-token';

export interface TacEmulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  faults?: FaultKnobs;
  /** The CSP API token the exchange accepts. @default TAC_EMULATOR_API_TOKEN */
  apiToken?: string;
  /** Lifetime of issued access tokens (`expires_in`). @default 1799, as CSP answers */
  accessTokenTtlSeconds?: number;
  /** Seed ~120 base images. Operating systems and registries are always seeded. @default true */
  seed?: boolean;
}

export interface TacEmulator extends RunningEmulator {
  /** Successful CSP token exchanges so far. */
  readonly tokenExchanges: number;
  /** CSP exchanges refused (unknown API token, malformed request). */
  readonly refusedExchanges: number;
  /** `/v1/*` requests answered 401 (missing, unknown or expired bearer). */
  readonly unauthorizedRequests: number;
  /** JSON bodies received on `/v1/*`, in order. */
  readonly receivedBodies: ReceivedBody[];
  /** Invalidates every issued access token, as if they had expired upstream (next call answers 401). */
  revokeAccessTokens(): void;
  store: TacStore;
}

/** Bearer check for `/v1/*`, run before routing: a token the CSP exchange issued, not yet expired. */
function authenticator(ctx: TacRouteContext) {
  return (req: EmulatorRequest): EmulatorResponse | undefined => {
    if (!req.path.startsWith('/v1/')) return undefined;
    const token = bearerToken(req);
    const expiresAt = token ? ctx.accessTokens.get(token) : undefined;
    let detail: string | undefined;
    if (!token) detail = 'Missing bearer token';
    else if (expiresAt === undefined) detail = 'The access token is not valid';
    else if (expiresAt <= Date.now()) detail = 'The access token has expired';
    if (!detail) return undefined;
    ctx.counts.unauthorizedRequests += 1;
    const out = problem(401, 'Unauthorized', detail);
    out.headers = { ...out.headers, 'www-authenticate': 'Bearer error="invalid_token"' };
    return out;
  };
}

export async function startTacEmulator(options: TacEmulatorOptions = {}): Promise<TacEmulator> {
  const apiToken = options.apiToken ?? TAC_EMULATOR_API_TOKEN;
  const store = emptyStore();
  seedTac(store, { baseImages: options.seed ?? true });
  const ctx: TacRouteContext = {
    store,
    apiToken,
    ttlSeconds: options.accessTokenTtlSeconds ?? 1799,
    accessTokens: new Map(),
    receivedBodies: [],
    counts: { tokenExchanges: 0, refusedExchanges: 0, unauthorizedRequests: 0 },
  };

  const running = await startEmulator({
    provider: 'tac',
    router: tacRoutes(ctx),
    port: options.port,
    faults: options.faults,
    errorResponse: (status, message) => problemForStatus(status, message),
    // One origin serves both; CSP_URL is the console base the adapter appends CSP_AUTHORIZE_PATH to.
    env: (url) => ({ TAC_API_URL: url, CSP_URL: url, CSP_API_TOKEN: apiToken }),
    before: authenticator(ctx),
  });

  const emulator = Object.defineProperties(running, {
    tokenExchanges: { get: () => ctx.counts.tokenExchanges, enumerable: true },
    refusedExchanges: { get: () => ctx.counts.refusedExchanges, enumerable: true },
    unauthorizedRequests: { get: () => ctx.counts.unauthorizedRequests, enumerable: true },
    receivedBodies: { value: ctx.receivedBodies, enumerable: true },
    revokeAccessTokens: { value: () => ctx.accessTokens.clear(), enumerable: true },
    store: { value: store, enumerable: true },
  });
  return emulator as TacEmulator;
}

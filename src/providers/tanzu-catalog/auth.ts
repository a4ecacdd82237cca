/**
 * CSP (VMware Cloud Services) token provider for TAC: exchanges the long-lived API token for a
 * short-lived access token, caches it, refreshes it early, and shares one exchange between concurrent
 * callers. Recipe: shared/specs/tac/NOTES.md "Auth" (landing page of
 * https://developer.broadcom.com/xapis/application-catalog/latest).
 *
 * Neither the API token nor an access token ever appears in an error message: CSP's own error text is
 * not passed through (it may quote the token), only its error code.
 */
import { UpstreamHttpError, toGatewayError } from '../../http/errors.js';
import { createTransport, type ParsedUpstreamError, type Transport, type TransportOptions } from '../../http/transport.js';
import { ForbiddenError, UpstreamError } from '../../core/errors.js';
import type { CspErrorBody, CspTokenResponse } from './dto.js';

/** The exchange endpoint on the CSP console host (`console.cloud.vmware.com`, now `console.tanzu.broadcom.com`). */
export const CSP_AUTHORIZE_PATH = '/csp/gateway/am/api/auth/api-tokens/authorize';
/**
 * A token is refreshed min(CSP_REFRESH_MARGIN_MS, CSP_REFRESH_FRACTION × lifetime) before it expires:
 * 60 s early for CSP's 30-min tokens, at 90 % of the lifetime for short ones.
 */
export const CSP_REFRESH_MARGIN_MS = 60_000;
/** See CSP_REFRESH_MARGIN_MS. */
export const CSP_REFRESH_FRACTION = 0.1;
/** CSP's default access-token lifetime, used when an answer lacks `expires_in`. */
const DEFAULT_EXPIRES_IN_SECONDS = 1799;

export interface CspTokenProviderOptions {
  /** The CSP console origin, e.g. `https://console.tanzu.broadcom.com` (the emulator serves it on its own URL). */
  cspUrl: string;
  /** The CSP API token ("refresh token") with the TAC service role. Never logged. */
  apiToken: string;
  onCall?: TransportOptions['onCall'];
  /** @default Date.now */
  now?: () => number;
}

interface CachedToken {
  token: string;
  /** After this, a call triggers a refresh (the token is still valid until `expiresAt`). */
  refreshAt: number;
  expiresAt: number;
}

/** CSP errors: keep the OAuth error code (`invalid_grant`), drop the free text. */
export function parseCspError(status: number, body: string): ParsedUpstreamError {
  let code = `CSP_${status}`;
  try {
    const parsed = JSON.parse(body) as CspErrorBody;
    if (typeof parsed.error === 'string' && /^[a-z_]+$/.test(parsed.error)) code = parsed.error;
    else if (typeof parsed.message === 'string') code = /^([a-z_]+):/.exec(parsed.message)?.[1] ?? code;
  } catch {
    // not JSON: keep the status code
  }
  return { code, message: `CSP token exchange failed with HTTP ${status} (${code})` };
}

export class CspTokenProvider {
  private readonly transport: Transport;
  private readonly apiToken: string;
  private readonly now: () => number;
  private cached: CachedToken | undefined;
  private inflight: Promise<string> | undefined;

  constructor(options: CspTokenProviderOptions) {
    this.apiToken = options.apiToken;
    this.now = options.now ?? Date.now;
    this.transport = createTransport({
      provider: 'TAC',
      origin: options.cspUrl,
      parseError: parseCspError,
      onCall: options.onCall,
      connections: 2,
      secrets: () => [this.apiToken], // sent in the form body: an echo of it must not reach an error
    });
  }

  /**
   * A valid access token. Cached until shortly before expiry; concurrent callers share one exchange
   * (single flight). If an early refresh fails while the cached token is still valid, that token is used.
   */
  async getToken(): Promise<string> {
    const cached = this.cached;
    const now = this.now();
    if (cached && now < cached.refreshAt) return cached.token;
    const pending = (this.inflight ??= this.exchange().finally(() => {
      this.inflight = undefined;
    }));
    if (cached && now < cached.expiresAt) return pending.catch(() => cached.token);
    // An exchange started elsewhere (another request, a background probe) may outlast this request's deadline.
    return this.transport.join(pending);
  }

  /** Forgets `token` after TAC answered 401 with it; a newer token fetched meanwhile is kept. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  private async exchange(): Promise<string> {
    const requestedAt = this.now();
    let data: CspTokenResponse | undefined;
    try {
      // Form body as on the TAC landing page (`grant_type=refresh_token&api_token=…`): it keeps the token
      // out of URLs and logs, unlike the `?refresh_token=` variant. Retried like an idempotent call:
      // a second exchange only mints another access token.
      ({ data } = await this.transport.json<CspTokenResponse>({
        method: 'POST',
        path: CSP_AUTHORIZE_PATH,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'refresh_token', api_token: this.apiToken }).toString(),
        idempotent: true,
      }));
    } catch (err) {
      if (err instanceof UpstreamHttpError && err.status >= 400 && err.status < 500 && err.status !== 429) {
        // CSP answers 400 invalid_grant for an unknown, expired or revoked API token.
        throw new ForbiddenError(`TAC: the CSP API token was refused (${err.code}); create a new API token with the TAC service role`, 'TAC', err.code, err.status);
      }
      throw toGatewayError(err);
    }
    const token = data?.access_token;
    if (typeof token !== 'string' || token.length === 0) {
      throw new UpstreamError('TAC: the CSP token exchange answered without an access token', 'TAC', 200, 'INVALID_TOKEN_RESPONSE');
    }
    const ttlMs = (typeof data?.expires_in === 'number' && data.expires_in > 0 ? data.expires_in : DEFAULT_EXPIRES_IN_SECONDS) * 1000;
    const margin = Math.min(CSP_REFRESH_MARGIN_MS, ttlMs * CSP_REFRESH_FRACTION);
    // Measured from when we asked, so network time only makes us refresh earlier.
    this.cached = { token, expiresAt: requestedAt + ttlMs, refreshAt: requestedAt + ttlMs - margin };
    return token;
  }
}

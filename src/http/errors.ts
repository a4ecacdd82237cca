import { ConflictError, ForbiddenError, GatewayError, NotFoundError, RateLimitedError, UpstreamError, ValidationError } from '../core/errors.js';
import type { Provider } from '../core/provider.js';

/**
 * What an upstream said when it refused a request: the HTTP status, the provider's own error code
 * (`404.image`, `SWR.0002`, `InvalidParameter`…) and its message. Adapters and the schema map it to
 * the typed GraphQL errors. The code and message are the transport's redacted reading of the error
 * body: every credential we sent is removed (`redact.ts`), since an upstream may echo our headers.
 */
export class UpstreamHttpError extends Error {
  override readonly name = 'UpstreamHttpError';
  constructor(
    readonly provider: Provider,
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
    /** Field-level problems the provider reported (TAC `violations`, Cycle `source`). */
    readonly fieldErrors: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The upstream could not be reached, timed out, or the circuit breaker is open. */
export class UpstreamUnavailableError extends Error {
  override readonly name = 'UpstreamUnavailableError';
  constructor(
    readonly provider: Provider,
    message: string,
    readonly code = 'UNAVAILABLE',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Maps what the transport threw to a typed error. Adapters may special-case codes first (SWR 406
 * "repository not empty") and fall back to this.
 */
export function toGatewayError(err: unknown): Error {
  if (err instanceof GatewayError) return err;
  if (err instanceof UpstreamHttpError) {
    const { provider, status, code } = err;
    const message = `${provider}: ${err.message}`;
    if (status === 400 || status === 422) {
      if (err.fieldErrors.length) return new ValidationError(err.fieldErrors, message, provider);
      return new UpstreamError(message, provider, status, code);
    }
    if (status === 401 || status === 403) return new ForbiddenError(message, provider, code, status);
    if (status === 404) return new NotFoundError(message, provider, code);
    if (status === 409) return new ConflictError(message, provider, code);
    if (status === 429) return new RateLimitedError(message, err.retryAfterSeconds ?? null, provider);
    return new UpstreamError(message, provider, status, code);
  }
  if (err instanceof UpstreamUnavailableError) return new UpstreamError(err.message, err.provider, null, err.code);
  return err instanceof Error ? err : new Error(String(err));
}

/** Runs an upstream call and rethrows failures as typed errors. */
export async function mapUpstream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toGatewayError(err);
  }
}

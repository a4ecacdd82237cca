import type { Provider } from '../providers/provider.js';

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

import { UpstreamHttpError, UpstreamUnavailableError } from './http/errors.js';
import type { Provider } from './providers/provider.js';

/**
 * Expected failures, exposed in the schema as types implementing `Error` (mutation result unions and
 * the `errors` plugin). Anything else is masked by Yoga. Adapters throw these; the schema never sees
 * a wire error.
 */
export class GatewayError extends Error {
  /** A stable machine code, passed through in `extensions.code` when the error is a field error. */
  readonly code: string = 'GATEWAY_ERROR';
  provider?: Provider;
}

export interface FieldError {
  /** The input path, dotted from the argument: `input.name`, `input.pai.image.uri`. */
  path: string;
  message: string;
}

export class ValidationError extends GatewayError {
  override readonly name = 'ValidationError';
  override readonly code = 'VALIDATION_FAILED';
  constructor(readonly fieldErrors: FieldError[], message?: string, provider?: Provider) {
    super(message ?? fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.provider = provider;
  }

  /** One-field convenience. */
  static field(path: string, message: string, provider?: Provider): ValidationError {
    return new ValidationError([{ path, message }], undefined, provider);
  }
}

export class NotFoundError extends GatewayError {
  override readonly name = 'NotFoundError';
  override readonly code = 'NOT_FOUND';
  constructor(message: string, provider?: Provider, readonly upstreamCode?: string) {
    super(message);
    this.provider = provider;
  }
}

export class ConflictError extends GatewayError {
  override readonly name = 'ConflictError';
  override readonly code = 'CONFLICT';
  constructor(message: string, provider?: Provider, readonly upstreamCode?: string) {
    super(message);
    this.provider = provider;
  }
}

export class ForbiddenError extends GatewayError {
  override readonly name = 'ForbiddenError';
  override readonly code = 'FORBIDDEN';
  constructor(message: string, provider?: Provider, readonly upstreamCode?: string, readonly status?: number) {
    super(message);
    this.provider = provider;
  }
}

export class RateLimitedError extends GatewayError {
  override readonly name = 'RateLimitedError';
  override readonly code = 'RATE_LIMITED';
  constructor(message: string, readonly retryAfterSeconds: number | null, provider?: Provider) {
    super(message);
    this.provider = provider;
  }
}

export class UnsupportedOperationError extends GatewayError {
  override readonly name = 'UnsupportedOperationError';
  override readonly code = 'UNSUPPORTED_OPERATION';
  constructor(message: string, provider?: Provider) {
    super(message);
    this.provider = provider;
  }
}

/** The upstream failed in a way the client cannot fix: 5xx, unreachable, unexpected 4xx. */
export class UpstreamError extends GatewayError {
  override readonly name = 'UpstreamError';
  override readonly code = 'UPSTREAM_ERROR';
  constructor(
    message: string,
    readonly upstreamProvider: Provider,
    /** HTTP status, or null when the upstream could not be reached. */
    readonly status: number | null,
    /** The provider's own error code (`404.job`, `SWR.0001`, `Throttling`…). */
    readonly upstreamCode: string,
  ) {
    super(message);
    this.provider = upstreamProvider;
  }
}

/**
 * The request has made as many upstream calls as its budget allows (`GATEWAY_UPSTREAM_BUDGET`): the
 * static estimate let it through, but the data made it fan out further. Same code as the refusal before execution.
 */
export class UpstreamBudgetExceededError extends GatewayError {
  override readonly name = 'UpstreamBudgetExceededError';
  override readonly code = 'QUERY_TOO_EXPENSIVE';
  constructor(readonly limit: number) {
    super(`This request reached its limit of ${limit} upstream calls; ask for smaller pages or fewer per-item fields`);
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

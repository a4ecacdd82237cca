import type { Provider } from './provider.js';

/**
 * The gateway's one error-code vocabulary: every error it answers, on every transport (HTTP, SSE,
 * graphql-ws, multipart), carries one of these in `extensions.code`, and the schema's `Error` types
 * expose the same list as the `ErrorCode` enum (descriptions below become the enum's documentation).
 * Add a code here, with what it means for a client and the HTTP status it comes with, before using it;
 * the README's table lists them all (a test checks both).
 */
export const ERROR_CODES = {
  // Request errors (GraphQL over HTTP): nothing ran. 400 with `application/graphql-response+json`, 200 with legacy `application/json`.
  GRAPHQL_PARSE_FAILED: 'The document is not GraphQL: a syntax error at the given location, or more tokens than the limit. HTTP 400.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not validate against the schema (unknown field, wrong argument type, fields that conflict). The message is graphql-js\'s own. HTTP 400.',
  BAD_USER_INPUT: 'A variable does not fit its declared type: wrong scalar, unknown enum value, missing or unknown input field, `@oneOf` with other than one member, null for non-null, a required variable not given. The message names the variable and the field. HTTP 400.',
  OPERATION_RESOLUTION_FAILURE: 'The document has several operations and `operationName` is missing or names none of them. HTTP 400.',
  BAD_REQUEST: 'The HTTP request is not a GraphQL request: malformed JSON body, wrong method, missing `query`. HTTP 400 (405 for a method).',
  // Query limits and document policy, checked before execution (no upstream call is made).
  QUERY_TOO_DEEP: 'The selection is deeper than the depth limit (introspection fields are not counted). HTTP 400.',
  TOO_MANY_ALIASES: 'The operation uses more aliases than the limit. HTTP 400.',
  TOO_MANY_ROOT_FIELDS: 'The operation selects more root fields than the limit. HTTP 400.',
  TOO_MANY_FRAGMENT_SPREADS: 'Expanded, the operation spreads fragments more often than the limit (a fragment spreading the next twice, and so on). HTTP 400.',
  QUERY_TOO_EXPENSIVE: 'The operation would make more upstream calls than the budget (`GATEWAY_UPSTREAM_BUDGET`): `extensions.estimate` and `limit` say how many; ask for fewer items or fewer per-item details. HTTP 400 before execution; a field error if the count is passed during it.',
  PAYLOAD_TOO_LARGE: 'An uploaded file is larger than `GATEWAY_UPLOAD_MAX_BYTES`, or a multipart request has more parts or larger fields than allowed. HTTP 413.',
  PERSISTED_DOCUMENT_REQUIRED: 'Only persisted documents run here (`GATEWAY_PERSISTED_ONLY=true`): send `documentId`. HTTP 400.',
  PERSISTED_QUERY_NOT_FOUND: 'No persisted document has the `documentId` (or persisted-query hash) sent. HTTP 400.',
  SSE_SINGLE_CONNECTION_UNSUPPORTED: 'graphql-sse\'s single-connection mode (a `PUT` reservation, then a stream token) is not served: use its distinct-connections mode (the default) or graphql-ws. HTTP 405 for the `PUT`, 400 for a token.',
  INTROSPECTION_DISABLED: 'Introspection is off (production, unless `GATEWAY_GRAPHIQL=true`). HTTP 400.',
  // Who is asking.
  CSRF_PREVENTED: 'A multipart, form or text/plain POST without a preflight header (`graphql-require-preflight`). HTTP 403.',
  UNAUTHENTICATED: 'No credentials, or credentials the gateway does not accept (never echoed). HTTP 401 with `WWW-Authenticate`.',
  AUTH_UNAVAILABLE: 'The JWT signing keys cannot be fetched right now; the token may be fine. HTTP 503.',
  FORBIDDEN: 'The client lacks a scope the operation needs (`extensions.missingScopes`), or the provider refused the gateway\'s own credentials (`ForbiddenError`). HTTP 403 before execution; a field error after.',
  RATE_LIMITED: 'Too many requests: from this client to the gateway (HTTP 429, `Retry-After`), or from the gateway to a provider (`RateLimitedError`, `retryAfterSeconds`).',
  // Expected failures of a field or mutation (the schema's Error types; HTTP 200 with data).
  VALIDATION_FAILED: 'The input is well typed but breaks a provider rule the gateway checks before any upstream call (SWR name grammar, Docker reference grammar, PAI fields…), or the provider rejected named fields; `fieldErrors` lists each input path. Not to be confused with GRAPHQL_VALIDATION_FAILED, which is about the document.',
  NOT_FOUND: 'The object does not exist (or no longer does) at its provider; `upstreamCode` is the provider\'s own code.',
  CONFLICT: 'The provider refused because of the object\'s state (name taken, not empty, already running).',
  UNSUPPORTED_OPERATION: 'The object\'s provider does not offer this operation, or the provider is not configured.',
  UPSTREAM_ERROR: 'The provider failed in a way the client cannot fix: 5xx, unreachable, timed out, or an answer the gateway cannot use; `status` and `upstreamCode` say more.',
  INTERNAL_SERVER_ERROR: 'Anything unexpected. The message is masked ("Unexpected error."); the details are in the gateway\'s log under the request id.',
} as const satisfies Record<string, string>;

/** One code of {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Expected failures, exposed in the schema as types implementing `Error` (mutation result unions and
 * the `errors` plugin). Anything else is masked by Yoga. Adapters throw these; the schema never sees
 * a wire error.
 */
export class GatewayError extends Error {
  /** A stable machine code, passed through in `extensions.code` when the error is a field error. */
  readonly code: ErrorCode = 'INTERNAL_SERVER_ERROR';
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

/**
 * What an authenticated client may do. Queries and subscriptions need `read`, mutations `write`, imports also `import`;
 * `metrics` lets an operator's scraper read `/metrics` and the details of `/readyz?verbose` in production.
 */
export const SCOPES = ['read', 'write', 'import', 'metrics'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/** The authenticated client, in `context.viewer` (absent when authentication is off). */
export interface Viewer {
  /** The API key's configured `name`, or the JWT's `sub`. Never the secret itself. */
  name: string;
  via: 'api-key' | 'jwt';
  scopes: ReadonlySet<Scope>;
}

/**
 * A refused credential: `status` 401 (missing or invalid) or 503 (the JWKS could not be fetched, so
 * nothing can be verified). The message says what is wrong and never repeats what was sent.
 */
export interface AuthFailure {
  status: 401 | 503;
  code: 'UNAUTHENTICATED' | 'AUTH_UNAVAILABLE';
  message: string;
  /** RFC 6750 `error=` for `WWW-Authenticate` when a token was presented but refused. */
  bearerError?: 'invalid_token' | 'invalid_request';
}

export type AuthOutcome = { viewer: Viewer } | { failure: AuthFailure };

/**
 * The viewer of each HTTP request, recorded by `useAuth` when the request arrives and read by
 * `useRateLimit` (the client's bucket) and the context. Keyed by the Request object, so nothing is
 * shared between requests and entries go with their request.
 */
const requestViewers = new WeakMap<object, Viewer>();

export function rememberViewer(request: object, viewer: Viewer): void {
  requestViewers.set(request, viewer);
}

export function viewerOf(request: object | undefined): Viewer | undefined {
  return request ? requestViewers.get(request) : undefined;
}

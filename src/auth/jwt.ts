import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { isScope, type AuthOutcome, type Scope } from './viewer.js';

export interface JwtOptions {
  /** Where the issuer publishes its signing keys. jose caches them and refetches on an unknown `kid`. */
  jwksUrl: string;
  /** Required `iss`. */
  issuer: string;
  /** Required `aud` (one of them, when the token carries several). */
  audience: string;
  /** Leeway for `exp`/`nbf`/`iat`, for clock drift between the issuer and us. @default 30 */
  clockToleranceSeconds?: number;
  /** Told (at most once a minute) that the key set cannot be fetched; the gateway's logger. @default none */
  onUnavailable?: (message: string) => void;
}

/** Asymmetric algorithms only: a JWKS holds public keys, and `none`/HMAC would let a key's holder be anyone. */
export const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** A compact JWS: three base64url parts. API keys never look like this in practice, and are tried first anyway. */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}

/** Scopes from the OAuth `scope` claim (space-separated, RFC 8693) and/or `scp` (array or string, as Azure AD and Okta send it). */
export function scopesOf(payload: JWTPayload): Scope[] {
  const raw: unknown[] = [];
  for (const claim of [payload.scope, payload.scp]) {
    if (typeof claim === 'string') raw.push(...claim.split(/\s+/));
    else if (Array.isArray(claim)) raw.push(...(claim as unknown[]));
  }
  return [...new Set(raw.filter(isScope))];
}

/** Verifies bearer JWTs against a remote JWKS; the answer is a viewer or a failure that never quotes the token. */
export function createJwtVerifier(options: JwtOptions): (token: string) => Promise<AuthOutcome> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  // An operator needs to know the JWKS is down, but not once per request.
  let lastWarning = 0;
  const warn = (err: unknown) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    options.onUnavailable?.(`the JWKS at ${options.jwksUrl} is unavailable: ${err instanceof Error ? err.message : String(err)}`);
  };
  const invalid = (message: string): AuthOutcome => ({ failure: { status: 401, code: 'UNAUTHENTICATED', message, bearerError: 'invalid_token' } });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: JWT_ALGORITHMS,
        clockTolerance: options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp'],
      });
      return { viewer: { name: payload.sub!, via: 'jwt', scopes: new Set(scopesOf(payload)) } };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return invalid('The token has expired');
      if (err instanceof errors.JWTClaimValidationFailed) return invalid(`The token's "${err.claim}" claim is not accepted here`);
      // The key set could not be fetched or read (network, non-200, bad JSON: jose's generic error): the
      // client's token may well be fine, so this is the gateway's problem, not a 401.
      if (!(err instanceof errors.JOSEError) || err.code === errors.JOSEError.code || err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) {
        warn(err);
        return { failure: { status: 503, code: 'AUTH_UNAVAILABLE', message: 'Tokens cannot be verified right now: the signing keys are unavailable' } };
      }
      return invalid('The token is not valid');
    }
  };
}

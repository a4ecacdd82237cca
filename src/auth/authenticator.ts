import { ApiKeyStore, type ApiKeyEntry } from './api-keys.js';
import { createJwtVerifier, looksLikeJwt, type JwtOptions } from './jwt.js';
import type { AuthFailure, AuthOutcome } from './viewer.js';

/** How clients are authenticated: API keys, JWTs from a JWKS, or both. */
export interface AuthOptions {
  apiKeys: readonly ApiKeyEntry[];
  jwt?: JwtOptions;
}

/** Reads one credential header, case-insensitively (HTTP headers, or graphql-ws `connectionParams`). */
export type HeaderLookup = (name: 'authorization' | 'x-api-key') => string | undefined;

/** Given a request's credential headers, who is calling. */
export type Authenticator = (header: HeaderLookup) => Promise<AuthOutcome>;

const unauthenticated = (message: string, bearerError?: AuthFailure['bearerError']): AuthOutcome => ({ failure: { status: 401, code: 'UNAUTHENTICATED', message, bearerError } });

/**
 * Accepts `Authorization: Bearer <api key or JWT>` or `X-API-Key: <api key>`. A bearer token is first
 * looked up as an API key (constant time, no network), then verified as a JWT when JWKS is configured.
 * Messages name what is wrong and never contain what was sent.
 */
export function createAuthenticator(options: AuthOptions): Authenticator {
  const keys = new ApiKeyStore(options.apiKeys);
  const verifyJwt = options.jwt ? createJwtVerifier(options.jwt) : undefined;
  const accepted = [keys.size ? 'an API key (Authorization: Bearer or X-API-Key)' : '', verifyJwt ? 'a bearer JWT' : ''].filter(Boolean).join(' or ');

  return async (header) => {
    const authorization = header('authorization')?.trim();
    const apiKey = header('x-api-key')?.trim();
    if (!authorization && !apiKey) return unauthenticated(`Authentication required: send ${accepted}`);
    if (authorization && apiKey) return unauthenticated('Send one credential: Authorization or X-API-Key, not both', 'invalid_request');
    if (apiKey) {
      const viewer = keys.find(apiKey);
      return viewer ? { viewer } : unauthenticated('The API key is not valid', 'invalid_token');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization!);
    if (!match) return unauthenticated('The Authorization header must use the Bearer scheme', 'invalid_request');
    const token = match[1]!;
    const viewer = keys.find(token);
    if (viewer) return { viewer };
    if (verifyJwt && looksLikeJwt(token)) return verifyJwt(token);
    return unauthenticated(verifyJwt ? 'The bearer token is neither a valid API key nor a JWT' : 'The API key is not valid', 'invalid_token');
  };
}

/**
 * How the engine is told who we are at a registry: `X-Registry-Auth` on pulls and pushes, built from
 * the mutation's `auth` input. The engine itself takes no credentials (its socket or TLS client
 * certificate is the access; see `config.ts`).
 */
import type { AuthConfigDto } from './dto.js';
import type { PullInput } from './port.js';

/**
 * `X-Registry-Auth`: base64url of the AuthConfig JSON, **padded**, because the daemon decodes with
 * Go's `base64.URLEncoding` (api/pkg/authconfig/authconfig.go); Node's 'base64url' omits padding.
 */
export function encodeRegistryAuth(auth: AuthConfigDto): string {
  const raw = Buffer.from(JSON.stringify(auth)).toString('base64url');
  return raw + '='.repeat((4 - (raw.length % 4)) % 4);
}

/** The `auth` input as the engine's AuthConfig: an identity token, or a user and password; nothing when empty. */
export function toRegistryAuth(auth: PullInput['auth']): AuthConfigDto | undefined {
  if (!auth) return undefined;
  if (auth.identityToken) return { identitytoken: auth.identityToken, serveraddress: auth.serverAddress ?? undefined };
  if (!auth.username && !auth.password) return undefined;
  return { username: auth.username ?? '', password: auth.password ?? '', serveraddress: auth.serverAddress ?? undefined };
}

/**
 * Keeping secrets inside the process: URLs are shown without their userinfo, and text that came
 * from an upstream (error messages, codes) is cleaned of every credential we sent it before it can
 * reach a response, `providers`, `/readyz` or a log line. An upstream that echoes our request headers
 * in its error (some proxies and mock servers do) must not hand our API key to the client.
 */

/** Headers whose values are credentials (the transport also redacts every value a provider lists as secret). */
export const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-auth-token',
  'x-registry-auth',
  'x-acs-security-token',
  'x-api-key',
  'x-hub-id',
  'cookie',
  'x-security-token',
]);

/** Shortest piece of a credential that is redacted on its own: shorter ones are words such as `Bearer`. */
const MIN_PIECE = 8;

/** A URL for display: no `user:password@`, and nothing but `http(s)://host:port/path` (no query, no fragment). */
export function displayUrl(value: string): string {
  try {
    const url = new URL(value);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(not a URL)';
  }
}

/**
 * The strings to hide: each secret, and each piece of it (a header value such as
 * `SDK-HMAC-SHA256 Access=AK, SignedHeaders=…, Signature=…` or `Bearer <key>` is cut on spaces,
 * commas and `=`), longest first so a whole value is replaced before its parts.
 */
export function secretPieces(values: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (!value || value.length < MIN_PIECE) continue;
    out.add(value);
    for (const piece of value.split(/[\s,=;:]+/)) if (piece.length >= MIN_PIECE) out.add(piece);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of every piece (and its percent-encoded form) with `[redacted]`. */
export function redact(text: string, pieces: readonly string[]): string {
  let out = text;
  for (const piece of pieces) {
    if (out.includes(piece)) out = out.split(piece).join('[redacted]');
    const encoded = encodeURIComponent(piece);
    if (encoded !== piece && out.includes(encoded)) out = out.split(encoded).join('[redacted]');
  }
  return out;
}

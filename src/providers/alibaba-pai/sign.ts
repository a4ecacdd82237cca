/**
 * Alibaba Cloud signature V3, `ACS3-HMAC-SHA256`, computed the way the official TypeScript core
 * (`aliyun/darabonba-openapi` `ts/src/utils.ts` `getAuthorization`, used by `doRequest`) computes it, and
 * as described in "Request syntax and signature method V3"
 * (https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature).
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 *   StringToSign     = "ACS3-HMAC-SHA256" \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(hmac-sha256(AccessKeySecret, StringToSign))
 *   Authorization    = ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b;c>,Signature=<hex>   (no spaces after commas)
 *
 * The secret is only ever an HMAC key here: it is never put in a header, an error or a log line.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestSigner } from '../../http/interceptors.js';
import { encodeRfc3986 } from '../../http/query.js';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Largest clock difference the emulator accepts. Alibaba's exact tolerance is not documented (NOTES.md); 15 minutes is the common POP value. */
export const ACS3_MAX_SKEW_SECONDS = 15 * 60;

export interface Acs3Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token: adds `x-acs-security-token` (and `x-acs-accesskey-id`, as the SDK does). */
  securityToken?: string;
}

export interface Acs3SignerOptions extends Acs3Credentials {
  /** Clock for `x-acs-date`. @default () => new Date() */
  now?: () => Date;
  /** Unique value for `x-acs-signature-nonce`, fresh per attempt. @default 16 random bytes as hex */
  nonce?: () => string;
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** `yyyy-MM-ddTHH:mm:ssZ`, UTC, no milliseconds (the SDK's `getTimestamp`). */
export function acs3Timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The SDK's `encode`: `encodeURIComponent` plus `!'()*`. That is exactly RFC 3986 encoding, the same rule
 * `toQueryString` sends with, so what we sign is what goes on the wire.
 */
export const acs3Encode = encodeRfc3986;

/** Decodes one query component as sent (`%XX`; a literal `+` stays a plus, as in RFC 3986). */
function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * `CanonicalQueryString` from a raw query (`a=1&b=x%20y`, without `?`): each pair decoded, then re-encoded
 * with `acs3Encode`, sorted by key (then value, for repeated keys), joined with `&`; `''` for no query.
 * The SDK sorts a key→value map, so it never sees repeated keys; ordering them by value is the doc's rule
 * applied to pairs, and keeps the result independent of the order they were sent in.
 */
export function canonicalQueryString(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1));
    pairs.push([acs3Encode(key), acs3Encode(value)]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/**
 * `CanonicalURI`: the pathname as sent (already percent-encoded), with the SDK's three fix-ups
 * `+`→`%20`, `*`→`%2A`, `%7E`→`~`. (The SDK's `String.replace` only rewrites the first occurrence; we
 * rewrite all. Our paths never contain these characters, because path parameters are RFC 3986-encoded.)
 */
export function canonicalUri(pathname: string): string {
  if (!pathname) return '/';
  return pathname.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/gi, '~');
}

/** Which headers are signed: `host`, `content-type` and every `x-acs-*` (the SDK's `getAuthorizationHeaders`). */
export function isSignedHeaderName(lowerName: string): boolean {
  return lowerName === 'host' || lowerName === 'content-type' || lowerName.startsWith('x-acs-');
}

/** `CanonicalHeaders` (each line `name:trimmed value\n`, sorted by name) and the `SignedHeaders` list. */
export function canonicalHeaders(headers: Record<string, string | string[] | undefined>, only?: readonly string[]): { canonical: string; signed: string[] } {
  const grouped = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (only ? !only.includes(lower) : !isSignedHeaderName(lower)) continue;
    if (raw === undefined) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    const list = grouped.get(lower) ?? [];
    for (const v of values) list.push(v.trim());
    grouped.set(lower, list);
  }
  const signed = [...grouped.keys()].sort();
  const canonical = signed.map((name) => `${name}:${(grouped.get(name) ?? []).sort().join(',')}\n`).join('');
  return { canonical, signed };
}

export interface Acs3CanonicalInput {
  method: string;
  /** `pathname?query` as sent. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Hex SHA-256 of the body bytes (`x-acs-content-sha256`). */
  payloadHash: string;
  /** Restrict to these (lower-case) header names: the verifier passes the request's `SignedHeaders`. */
  signedHeaders?: readonly string[];
}

/** The canonical request and the signed header names. Exported for tests and the emulator. */
export function canonicalRequest(input: Acs3CanonicalInput): { canonicalRequest: string; signedHeaders: string[] } {
  const q = input.path.indexOf('?');
  const pathname = q < 0 ? input.path : input.path.slice(0, q);
  const query = q < 0 ? '' : input.path.slice(q + 1);
  const { canonical, signed } = canonicalHeaders(input.headers, input.signedHeaders);
  const text = [input.method.toUpperCase(), canonicalUri(pathname), canonicalQueryString(query), canonical, signed.join(';'), input.payloadHash].join('\n');
  return { canonicalRequest: text, signedHeaders: signed };
}

/** `ACS3-HMAC-SHA256\n` + hex(sha256(canonical request)). */
export function stringToSign(canonical: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonical)}`;
}

export function acs3Signature(secret: string, canonical: string): string {
  return createHmac('sha256', secret).update(stringToSign(canonical)).digest('hex');
}

const defaultNonce = () => randomBytes(16).toString('hex');

/**
 * Signs one request: returns the complete header set to send (the caller's headers plus `host`,
 * `x-acs-date`, `x-acs-signature-nonce`, `x-acs-content-sha256`, STS headers and `authorization`).
 * `x-acs-action` and `x-acs-version` come from the caller's headers (they differ per operation).
 */
export function signAcs3(
  request: { method: string; origin: string; path: string; headers: Record<string, string>; body: string | Buffer | undefined },
  credentials: Acs3Credentials,
  at: { date: Date; nonce: string },
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
  // A retried attempt arrives with the original headers; drop anything a previous signature produced.
  delete headers.authorization;
  headers.host = new URL(request.origin).host;
  headers['x-acs-date'] = acs3Timestamp(at.date);
  headers['x-acs-signature-nonce'] = at.nonce;
  headers['x-acs-content-sha256'] = sha256Hex(request.body ?? '');
  if (credentials.securityToken) {
    headers['x-acs-accesskey-id'] = credentials.accessKeyId;
    headers['x-acs-security-token'] = credentials.securityToken;
  }
  const { canonicalRequest: canonical, signedHeaders } = canonicalRequest({
    method: request.method,
    path: request.path,
    headers,
    payloadHash: headers['x-acs-content-sha256'],
  });
  const signature = acs3Signature(credentials.accessKeySecret, canonical);
  headers.authorization = `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
  return headers;
}

/** A transport signer (runs on every attempt, so each retry gets a fresh date and nonce). */
export function createAcs3Signer(options: Acs3SignerOptions): RequestSigner {
  const credentials: Acs3Credentials = {
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    securityToken: options.securityToken,
  };
  const now = options.now ?? (() => new Date());
  const nonce = options.nonce ?? defaultNonce;
  return (request) => signAcs3(request, credentials, { date: now(), nonce: nonce() });
}

// ---------------------------------------------------------------------------------------------
// Verification (the emulator's side)
// ---------------------------------------------------------------------------------------------

export interface Acs3IncomingRequest {
  method: string;
  /** `pathname?query` exactly as received. */
  rawUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export type Acs3VerifyFailure =
  /** No or malformed `Authorization`, or a required header missing / unsigned. HTTP 400. */
  | 'IncompleteSignature'
  /** Unknown AccessKeyId. HTTP 404 at Alibaba. */
  | 'InvalidAccessKeyId.NotFound'
  /** `x-acs-date` missing, malformed or outside the allowed skew. HTTP 400. */
  | 'InvalidTimeStamp.Expired'
  /** Recomputed signature or body hash differs. HTTP 400. */
  | 'SignatureDoesNotMatch'
  /** The algorithm is not ACS3-HMAC-SHA256. HTTP 400. */
  | 'InvalidSignatureMethod';

export type Acs3Verification =
  | { ok: true; accessKeyId: string; nonce: string; securityToken?: string }
  | { ok: false; code: Acs3VerifyFailure; message: string };

/** Headers a V3 request must sign; anything `x-acs-*` or `content-type` sent must be signed too. */
const REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];
const AUTH_PATTERN = /^ACS3-HMAC-SHA256 Credential=([^,\s]+),SignedHeaders=([^,\s]+),Signature=([0-9a-f]{64})$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function equalHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Recomputes the signature of an incoming request. Nonce reuse is the caller's business (it needs state);
 * the returned nonce is only to be recorded when `ok` is true, so forged requests cannot burn nonces.
 */
export function verifyAcs3Signature(
  request: Acs3IncomingRequest,
  lookupSecret: (accessKeyId: string) => string | undefined,
  now: Date,
  options: { maxSkewSeconds?: number } = {},
): Acs3Verification {
  const fail = (code: Acs3VerifyFailure, message: string): Acs3Verification => ({ ok: false, code, message });
  const headers: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
  const auth = headerValue(headers, 'authorization');
  if (!auth) return fail('IncompleteSignature', 'The Authorization header is missing.');
  if (!auth.startsWith(`${ACS3_ALGORITHM} `)) return fail('InvalidSignatureMethod', 'Only ACS3-HMAC-SHA256 signatures are accepted.');
  const m = AUTH_PATTERN.exec(auth);
  if (!m) return fail('IncompleteSignature', 'The Authorization header is malformed.');
  const [, accessKeyId = '', signedList = '', signature = ''] = m;
  const signedHeaders = signedList.split(';');
  const sortedUnique = [...new Set(signedHeaders)].sort();
  if (sortedUnique.join(';') !== signedList) return fail('IncompleteSignature', 'SignedHeaders must be lower-case, sorted and unique.');
  for (const name of REQUIRED_SIGNED) {
    if (headerValue(headers, name) === undefined) return fail('IncompleteSignature', `The ${name} header is missing.`);
    if (!signedHeaders.includes(name)) return fail('IncompleteSignature', `The ${name} header must be signed.`);
  }
  for (const name of Object.keys(headers)) {
    if (isSignedHeaderName(name) && !signedHeaders.includes(name)) return fail('IncompleteSignature', `The ${name} header is sent but not signed.`);
  }
  for (const name of signedHeaders) {
    if (headerValue(headers, name) === undefined) return fail('IncompleteSignature', `Signed header ${name} is missing.`);
  }

  const secret = lookupSecret(accessKeyId);
  if (secret === undefined) return fail('InvalidAccessKeyId.NotFound', 'Specified access key is not found.');

  const date = headerValue(headers, 'x-acs-date') ?? '';
  const at = DATE_PATTERN.test(date) ? Date.parse(date) : Number.NaN;
  const skew = options.maxSkewSeconds ?? ACS3_MAX_SKEW_SECONDS;
  if (!Number.isFinite(at) || Math.abs(now.getTime() - at) > skew * 1000) {
    return fail('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }

  const bodyHash = sha256Hex(request.body);
  if (!equalHex(bodyHash, headerValue(headers, 'x-acs-content-sha256') ?? '')) {
    return fail('SignatureDoesNotMatch', 'The x-acs-content-sha256 header does not match the request body.');
  }
  const { canonicalRequest: canonical } = canonicalRequest({
    method: request.method,
    path: request.rawUrl,
    headers,
    payloadHash: bodyHash,
    signedHeaders,
  });
  if (!equalHex(acs3Signature(secret, canonical), signature)) {
    return fail('SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
  }
  const token = headerValue(headers, 'x-acs-security-token');
  return { ok: true, accessKeyId, nonce: headerValue(headers, 'x-acs-signature-nonce') ?? '', ...(token ? { securityToken: token } : {}) };
}

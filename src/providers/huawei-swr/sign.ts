/**
 * Huawei Cloud `SDK-HMAC-SHA256` request signing, computed the way the official Node SDK does it
 * (`@huaweicloud/huaweicloud-sdk-core` `AKSKSigner.sign`; `test/huawei-swr/sign-oracle.test.ts` checks
 * that both give the same signature for the same requests), see `test/contracts/specs/swr/NOTES.md` §Auth B
 * and https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-algorithm-002.html … -005.html.
 * Like the SDK, every request signs `host` (so a signature is only good for the endpoint it was made
 * for) and every header it sends, `content-type` included.
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 *   StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(HMAC-SHA256(SK, StringToSign))          (the SK is the key as is: no derived key)
 *   Authorization    = "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>"
 *
 * Everything here is a pure function of its inputs (the clock is injected) so the emulator verifies
 * with exactly the code the client signs with, and the tests pin it with independently spelled vectors.
 * The secret key never appears in a return value, a log line or an error message.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestSigner } from '../../http/interceptors.js';
import { encodeRfc3986 } from '../../http/query.js';

export const SWR_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const SDK_DATE_HEADER = 'x-sdk-date';
export const SDK_CONTENT_SHA256_HEADER = 'x-sdk-content-sha256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const AUTH_TOKEN_HEADER = 'x-auth-token';
/** The service rejects an `X-Sdk-Date` further than this from its clock (APIG uses 15 minutes). */
export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** `YYYYMMDDTHHMMSSZ` in UTC (Go layout `20060102T150405Z`). */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** Parses `YYYYMMDDTHHMMSSZ`; `undefined` when malformed. */
export function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Reject rolled-over values such as month 13 (Date.UTC would normalise them silently).
  return formatSdkDate(date) === value ? date : undefined;
}

/** Percent-decodes leniently: a malformed escape is kept as it is rather than failing the request. */
function safeDecode(value: string, plusIsSpace: boolean): string {
  const v = plusIsSpace ? value.replace(/\+/g, ' ') : value;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** Go's `sort.Strings` orders by UTF-8 bytes; JavaScript's default sort orders by UTF-16 units. They differ beyond the BMP. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Each path segment percent-encoded (unreserved `A-Z a-z 0-9 - _ . ~` kept, upper-case hex), and a `/`
 * appended when missing. The path is decoded first, so `$`, `%24` and `%2524`-free spellings of the same
 * name canonicalise the same way, as the SDK does with its unescaped path (`a$b` → `a%24b`).
 */
export function canonicalUri(path: string): string {
  const uri = path
    .split('/')
    .map((segment) => encodeRfc3986(safeDecode(segment, false)))
    .join('/');
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** Keys sorted, values of a repeated key sorted, both by UTF-8 bytes of the decoded text; then `escape(k)=escape(v)` joined by `&`. */
export function canonicalQueryString(rawQuery: string): string {
  const query = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  if (!query) return '';
  const params = new Map<string, string[]>();
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq), true);
    const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1), true);
    const values = params.get(key) ?? [];
    values.push(value);
    params.set(key, values);
  }
  const out: string[] = [];
  for (const key of [...params.keys()].sort(compareUtf8)) {
    for (const value of (params.get(key) ?? []).sort(compareUtf8)) out.push(`${encodeRfc3986(key)}=${encodeRfc3986(value)}`);
  }
  return out.join('&');
}

/**
 * The Node SDK signs every header it sends (`host` and `x-sdk-date` among them), lower-cased and
 * sorted; only a multipart `content-type` is left out (its boundary is chosen by the HTTP library).
 */
export function signedHeaderNames(headers: Record<string, string>): string[] {
  return Object.entries(headers)
    .filter(([k, v]) => k.toLowerCase() !== 'authorization' && !(k.toLowerCase() === 'content-type' && v.includes('multipart/form-data')))
    .map(([k]) => k.toLowerCase())
    .sort(compareUtf8);
}

/**
 * `name:trim(value)` per signed header, joined by `\n`, plus a final `\n` (so the canonical request has an
 * empty line before SignedHeaders). A listed header the request does not carry contributes no line, as in the SDK.
 */
export function canonicalHeaders(headers: Record<string, string>, signed: readonly string[]): string {
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  const lines = signed.filter((name) => lower[name] !== undefined).map((name) => `${name}:${(lower[name] ?? '').trim()}`);
  return `${lines.join('\n')}\n`;
}

export interface CanonicalInput {
  method: string;
  /** Path with an optional `?query`, as sent on the wire. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer | undefined;
  signedHeaders: readonly string[];
}

/** Hex SHA-256 of the body, or the literal from `X-Sdk-Content-Sha256` when the request carries one. */
export function payloadHash(headers: Record<string, string>, body: string | Buffer | undefined): string {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === SDK_CONTENT_SHA256_HEADER) return v;
  return sha256Hex(body ?? '');
}

export function canonicalRequest(input: CanonicalInput): string {
  const q = input.path.indexOf('?');
  const path = q < 0 ? input.path : input.path.slice(0, q);
  const query = q < 0 ? '' : input.path.slice(q + 1);
  return [
    input.method.toUpperCase(),
    canonicalUri(path),
    canonicalQueryString(query),
    canonicalHeaders(input.headers, input.signedHeaders),
    input.signedHeaders.join(';'),
    payloadHash(input.headers, input.body),
  ].join('\n');
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${SWR_SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export function signature(secretKey: string, toSign: string): string {
  return createHmac('sha256', secretKey).update(toSign).digest('hex');
}

export function authorizationHeader(accessKey: string, signedHeaders: readonly string[], sig: string): string {
  return `${SWR_SIGNING_ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${sig}`;
}

export interface SignInput {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer | undefined;
  /** `host[:port]` the request goes to; signed (and sent) as `host`, as the SDK does. */
  host?: string;
}

/**
 * Signs one request: returns the full header set to send (input headers, `x-sdk-date`, possibly
 * `x-sdk-content-sha256`, and `authorization`). Pure: same input and date, same output.
 */
export function signRequest(request: SignInput, credentials: { ak: string; sk: string }, date: Date): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) {
    const name = k.toLowerCase();
    // A stale signature or date from a previous attempt must not leak into this one.
    if (name === 'authorization' || name === SDK_DATE_HEADER) continue;
    headers[name] = v;
  }
  headers[SDK_DATE_HEADER] = formatSdkDate(date);
  if (request.host !== undefined) headers.host = request.host;
  // The SDK signs JSON/BSON bodies; any other declared content type is sent with an unsigned payload.
  const contentType = headers['content-type'];
  if (contentType !== undefined && !contentType.includes('application/json') && !contentType.includes('application/bson')) {
    headers[SDK_CONTENT_SHA256_HEADER] = UNSIGNED_PAYLOAD;
  }
  const signed = signedHeaderNames(headers);
  const canonical = canonicalRequest({ method: request.method, path: request.path, headers, body: request.body, signedHeaders: signed });
  const sig = signature(credentials.sk, stringToSign(canonical, headers[SDK_DATE_HEADER]));
  headers.authorization = authorizationHeader(credentials.ak, signed, sig);
  return headers;
}

export interface SwrSignerOptions {
  ak: string;
  sk: string;
  /** Clock, for fixed test vectors. @default () => new Date() */
  now?: () => Date;
}

/** A per-attempt transport signer (placed inside retry, so each attempt gets a fresh `X-Sdk-Date`). */
export function createSwrSigner(options: SwrSignerOptions): RequestSigner {
  if (!options.ak) throw new Error('SWR signing needs an access key (HUAWEICLOUD_SDK_AK is empty)');
  if (!options.sk) throw new Error('SWR signing needs a secret key (HUAWEICLOUD_SDK_SK is empty)');
  const credentials = { ak: options.ak, sk: options.sk };
  const now = options.now ?? (() => new Date());
  return (req) => signRequest({ method: req.method, path: req.path, headers: req.headers, body: req.body, host: new URL(req.origin).host }, credentials, now());
}

/** `SWR_AUTH_TOKEN` mode: an IAM token in `X-Auth-Token` instead of a signature. */
export function createSwrTokenSigner(token: string): RequestSigner {
  if (!token) throw new Error('SWR token auth needs a token (SWR_AUTH_TOKEN is empty)');
  return (req) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k.toLowerCase() !== 'authorization') headers[k.toLowerCase()] = v;
    headers[AUTH_TOKEN_HEADER] = token;
    return headers;
  };
}

/** Parsed `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`. */
export function parseAuthorization(value: string): { accessKey: string; signedHeaders: string[]; signature: string } | undefined {
  const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]+)$/.exec(value);
  if (!m) return undefined;
  return { accessKey: m[1]!, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

export type VerifyFailure = 'MISSING_AUTHORIZATION' | 'MALFORMED_AUTHORIZATION' | 'MISSING_DATE' | 'STALE_DATE' | 'UNKNOWN_ACCESS_KEY' | 'SIGNATURE_MISMATCH';

export type VerifyResult = { ok: true; accessKey: string } | { ok: false; reason: VerifyFailure; message: string };

export interface ReceivedRequest {
  method: string;
  /** The raw `path?query` as received. */
  rawUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
}

/**
 * Server side: recomputes the signature from what was received and compares in constant time.
 * `lookupSecret` returns the SK of an access key, or undefined when the key is unknown.
 * Messages name the access key at most, never a secret.
 */
export function verifySwrSignature(
  request: ReceivedRequest,
  lookupSecret: (accessKey: string) => string | undefined,
  now: Date,
  maxSkewMs: number = DEFAULT_MAX_SKEW_MS,
): VerifyResult {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  const auth = headers.authorization;
  if (!auth) return { ok: false, reason: 'MISSING_AUTHORIZATION', message: 'Authorization header not found' };
  const parsed = parseAuthorization(auth);
  if (!parsed) return { ok: false, reason: 'MALFORMED_AUTHORIZATION', message: 'Authorization header is not SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…' };
  const sdkDate = headers[SDK_DATE_HEADER];
  if (!sdkDate) return { ok: false, reason: 'MISSING_DATE', message: 'X-Sdk-Date header not found' };
  const date = parseSdkDate(sdkDate);
  if (!date) return { ok: false, reason: 'MISSING_DATE', message: 'X-Sdk-Date is not in the format YYYYMMDDTHHMMSSZ' };
  if (Math.abs(now.getTime() - date.getTime()) > maxSkewMs) {
    return { ok: false, reason: 'STALE_DATE', message: `X-Sdk-Date is more than ${Math.round(maxSkewMs / 60000)} minutes away from the server time` };
  }
  if (!parsed.signedHeaders.includes(SDK_DATE_HEADER)) return { ok: false, reason: 'MALFORMED_AUTHORIZATION', message: 'X-Sdk-Date must be a signed header' };
  // A signature must bind the endpoint it was made for (the SDKs always sign host): one replayed
  // against another host, or one that leaves host out, is refused.
  if (!parsed.signedHeaders.includes('host') || !headers.host) return { ok: false, reason: 'MALFORMED_AUTHORIZATION', message: 'host must be a signed header' };
  const secret = lookupSecret(parsed.accessKey);
  if (secret === undefined) return { ok: false, reason: 'UNKNOWN_ACCESS_KEY', message: `access key ${parsed.accessKey} does not exist` };
  const canonical = canonicalRequest({ method: request.method, path: request.rawUrl, headers, body: request.body, signedHeaders: parsed.signedHeaders });
  const expected = Buffer.from(signature(secret, stringToSign(canonical, sdkDate)), 'utf8');
  const received = Buffer.from(parsed.signature, 'utf8');
  const same = expected.length === received.length && timingSafeEqual(expected, received);
  if (!same) return { ok: false, reason: 'SIGNATURE_MISMATCH', message: 'verify aksk signature fail' };
  return { ok: true, accessKey: parsed.accessKey };
}

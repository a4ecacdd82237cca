import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { ApiKeyEntry } from './auth/api-keys.js';
import { sha256Hex } from './auth/api-keys.js';
import type { JwtOptions } from './auth/jwt.js';
import { isScope, SCOPES, type Scope } from './auth/viewer.js';
import { LOG_LEVELS, type LogLevel } from './observe/logger.js';
import type { TracingConfig } from './observe/tracing.js';

/**
 * The only reader of `process.env`. Everything is read and validated once at start-up; a bad value
 * throws a `ConfigError` whose message is one line naming the variable. Secrets are kept in the
 * config object but never printed: the start-up banner and `providers` show endpoints only.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
  }
}

export type SandboxMode = 'auto' | 'off';

export interface DockerConfig {
  /** `unix:///path`, `http://host:port` or `https://host:port` (from `tcp://`, with TLS when DOCKER_TLS_VERIFY is set). */
  origin: string;
  tls?: { caPath: string; certPath: string; keyPath: string };
}

/** Cycle's platform API (`CYCLE_API_URL`, `CYCLE_API_KEY`, `CYCLE_HUB_ID`). */
export interface CycleConfig {
  apiUrl: string;
  /** Never logged. */
  apiKey: string;
  hubId: string;
}

/** Huawei SWR (`SWR_ENDPOINT` or `HUAWEICLOUD_REGION`, AK/SK or `SWR_AUTH_TOKEN`). */
export interface SwrConfig {
  /** e.g. `https://swr-api.ap-southeast-1.myhuaweicloud.com`. */
  endpoint: string;
  /** `HUAWEICLOUD_SDK_AK`; with `sk`, requests are signed (`SDK-HMAC-SHA256`). */
  ak?: string;
  /** `HUAWEICLOUD_SDK_SK`. Never logged. */
  sk?: string;
  /** `SWR_AUTH_TOKEN`: an IAM token sent as `X-Auth-Token` when no AK/SK pair is configured. */
  authToken?: string;
}

/** Alibaba Cloud PAI: AIWorkSpace and PAI-DLC (`ALIBABA_CLOUD_*`, `PAI_*`). */
export interface PaiConfig {
  accessKeyId: string;
  /** Never logged. */
  accessKeySecret: string;
  securityToken?: string;
  regionId: string;
  /** Default workspace for lists and builds. */
  workspaceId?: string;
  endpoint: string;
  dlcEndpoint: string;
}

/** VMware Tanzu Application Catalog (`TAC_API_URL`, `CSP_URL`, `CSP_API_TOKEN`). */
export interface TacConfig {
  /** TAC API origin, e.g. `https://api.app-catalog.vmware.com`. */
  apiUrl: string;
  /** CSP console origin, e.g. `https://console.tanzu.broadcom.com`. */
  cspUrl: string;
  /** CSP API token with the TAC service role. Never logged or put in an error. */
  apiToken: string;
}

/** How clients authenticate (DESIGN §8): API keys, JWTs verified against a JWKS, or both. */
export interface AuthConfig {
  apiKeys: ApiKeyEntry[];
  jwt?: JwtOptions;
}

export interface GatewayConfig {
  host: string;
  port: number;
  production: boolean;
  sandbox: SandboxMode;
  /** GraphiQL and introspection. @default true outside production */
  graphiql: boolean;
  /** Hosts `importImage(url)` may fetch from (via the daemon). @default [] — no URL is fetched */
  importUrlAllowList: string[];
  /** Origins browsers may call from (`CORS_ORIGINS`): exact origins, or `*` (without credentials). @default [] — same-origin only */
  corsOrigins: string[];
  redisUrl?: string;
  docker?: DockerConfig;
  cycle?: CycleConfig;
  swr?: SwrConfig;
  pai?: PaiConfig;
  tac?: TacConfig;
  /**
   * Client authentication. Absent means off: the default outside production when no keys/JWKS are
   * configured, or `GATEWAY_AUTH=off`. In production it is required unless explicitly off.
   */
  auth?: AuthConfig;
  /** Requests per minute per client (token bucket). Absent: no limit. @default undefined */
  rateLimitPerMinute?: number;
  /** Persisted documents by id, and whether only they may run. Absent: off. */
  persistedDocuments?: { documents: Map<string, string>; only: boolean };
  /** Job records are kept this long after they end. @default 86400 */
  jobTtlSeconds: number;
  /** How often a followed build's log is polled upstream. @default 1000 */
  buildLogPollMs: number;
  /** `LOG_LEVEL`. @default info */
  logLevel: LogLevel;
  /** `LOG_FORMAT`: `json` or `pretty`. @default json, or pretty when stdout is a terminal */
  logFormat?: 'json' | 'pretty';
  /** `METRICS_PORT`: serve `/metrics` on this port only (in production `/metrics` is otherwise closed). */
  metricsPort?: number;
  /** `PROVIDER_PROBE_INTERVAL_MS`: how often each enabled provider is probed in the background (0: no background probes; `providers` probes when asked). @default 30000 */
  providerProbeIntervalMs: number;
  /** `SHUTDOWN_DRAIN_DELAY_MS`: after SIGTERM, /readyz answers 503 but requests are served this long before draining. @default 5000 in production, else 0 */
  shutdownDrainDelayMs: number;
  /** OpenTelemetry tracing, from the standard `OTEL_*` variables; absent (off) unless an OTLP endpoint is set. */
  tracing?: TracingConfig;
  /** The largest file one multipart upload may stream (`GATEWAY_UPLOAD_MAX_BYTES`). @default 8 GiB */
  uploadMaxBytes: number;
  /** Upstream calls one query or mutation may make (`GATEWAY_UPSTREAM_BUDGET`): estimated before, counted during. @default 200 */
  upstreamBudget: number;
  /**
   * Time one operation may take, upstream calls and retries included (`GATEWAY_REQUEST_DEADLINE_MS`,
   * `GATEWAY_MUTATION_DEADLINE_MS`). @default { queryMs: 5000, mutationMs: 30000 }
   */
  deadlines: { queryMs: number; mutationMs: number };
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function url(env: Env, name: string, protocols = ['http:', 'https:']): string | undefined {
  const v = str(env, name);
  if (!v) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    // Never quoted: a URL may hold credentials (`redis://:password@host`), and the message goes to the log.
    throw new ConfigError(name, 'is not a URL');
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  return v.replace(/\/$/, '');
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const v = str(env, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new ConfigError(name, `must be an integer from ${min} to ${max}`);
  return Number(v);
}

/** All of a group or none of it: a partial set is a mistake worth stopping for. */
function group<T>(env: Env, names: string[], build: () => T): T | undefined {
  const set = names.filter((n) => str(env, n) !== undefined);
  if (set.length === 0) return undefined;
  const missing = names.filter((n) => str(env, n) === undefined);
  if (missing.length) throw new ConfigError(missing[0]!, `is required when ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set`);
  return build();
}

function bool(env: Env, name: string): boolean | undefined {
  const v = str(env, name);
  if (v === undefined) return undefined;
  if (!['true', 'false', '1', '0'].includes(v)) throw new ConfigError(name, 'must be true or false');
  return v === 'true' || v === '1';
}

/** A file named by a variable; the error names the variable and the path, never the content. */
function readConfigFile(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(name, `cannot read "${path}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Variables that hold secrets. Each may instead name a file holding the value, `<NAME>_FILE`
 * (Kubernetes and Docker secrets are mounted as files); setting both is refused. The file's content is
 * trimmed (secret files usually end with a newline). `GATEWAY_API_KEYS_FILE` is read by `apiKeys()`
 * itself, with the same rule. REDIS_URL is here because it may carry the password.
 */
export const SECRET_VARIABLES = [
  'CYCLE_API_KEY',
  'HUAWEICLOUD_SDK_AK',
  'HUAWEICLOUD_SDK_SK',
  'SWR_AUTH_TOKEN',
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'CSP_API_TOKEN',
  'REDIS_URL',
  'GATEWAY_API_KEYS',
  // May carry the trace collector's credentials (`Authorization=…`).
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
] as const;

/** `env` with every `<SECRET>_FILE` replaced by the file's content under `<SECRET>`. */
function withSecretFiles(env: Env): Env {
  const resolved: Env = { ...env };
  for (const name of SECRET_VARIABLES) {
    if (name === 'GATEWAY_API_KEYS') continue; // apiKeys() reads its file (a JSON document) itself
    const file = str(env, `${name}_FILE`);
    if (file === undefined) continue;
    if (str(env, name) !== undefined) throw new ConfigError(`${name}_FILE`, `set ${name} or ${name}_FILE, not both`);
    const value = readConfigFile(`${name}_FILE`, file).trim();
    if (!value) throw new ConfigError(`${name}_FILE`, `"${file}" is empty`);
    resolved[name] = value;
  }
  return resolved;
}

const API_KEYS_SHAPE = 'a JSON array of {"name", "key" or "sha256", "scopes": ["read"|"write"|"import", …]}';
/** Shorter keys are guessable; generate them with e.g. `openssl rand -hex 32`. */
export const MIN_API_KEY_LENGTH = 16;

/**
 * `GATEWAY_API_KEYS` (inline JSON) or `GATEWAY_API_KEYS_FILE` (a path to the same JSON). Entries
 * carry the key itself or its SHA-256 (so the file need not hold secrets); only hashes are kept.
 * Errors name the entry by position and name, never the key or the JSON text (a JSON.parse
 * message would quote it).
 */
function apiKeys(env: Env): ApiKeyEntry[] {
  const inline = str(env, 'GATEWAY_API_KEYS');
  const file = str(env, 'GATEWAY_API_KEYS_FILE');
  if (inline && file) throw new ConfigError('GATEWAY_API_KEYS_FILE', 'set GATEWAY_API_KEYS or GATEWAY_API_KEYS_FILE, not both');
  if (!inline && !file) return [];
  const variable = inline ? 'GATEWAY_API_KEYS' : 'GATEWAY_API_KEYS_FILE';
  let raw: unknown;
  try {
    raw = JSON.parse(inline ?? readConfigFile(variable, file!));
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(variable, `is not valid JSON; expected ${API_KEYS_SHAPE}`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new ConfigError(variable, `must be ${API_KEYS_SHAPE}`);
  const names = new Set<string>();
  const digests = new Map<string, string>();
  return raw.map((item: unknown, i): ApiKeyEntry => {
    const at = `entry ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ConfigError(variable, `${at} must be an object: ${API_KEYS_SHAPE}`);
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).filter((k) => !['name', 'key', 'sha256', 'scopes'].includes(k));
    if (unknown.length) throw new ConfigError(variable, `${at} has unknown field "${unknown[0]}"`);
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (!name || name.length > 100) throw new ConfigError(variable, `${at} needs a "name" (1 to 100 characters)`);
    const which = `${at} ("${name}")`;
    if (names.has(name)) throw new ConfigError(variable, `${which}: the name is used twice`);
    names.add(name);
    if ((entry.key === undefined) === (entry.sha256 === undefined)) throw new ConfigError(variable, `${which} needs exactly one of "key" or "sha256"`);
    let sha256: string;
    if (entry.key !== undefined) {
      if (typeof entry.key !== 'string' || entry.key.trim().length < MIN_API_KEY_LENGTH || entry.key !== entry.key.trim()) {
        throw new ConfigError(variable, `${which}: "key" must be a string of at least ${MIN_API_KEY_LENGTH} characters without surrounding spaces`);
      }
      sha256 = sha256Hex(entry.key);
    } else {
      if (typeof entry.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(entry.sha256)) throw new ConfigError(variable, `${which}: "sha256" must be 64 hex digits`);
      sha256 = entry.sha256.toLowerCase();
    }
    if (digests.has(sha256)) throw new ConfigError(variable, `${which} has the same key as "${digests.get(sha256)}"`);
    digests.set(sha256, name);
    const scopes = entry.scopes;
    if (!Array.isArray(scopes) || scopes.length === 0) throw new ConfigError(variable, `${which} needs "scopes": a non-empty array of ${SCOPES.join(', ')}`);
    const bad = scopes.find((s) => !isScope(s));
    if (bad !== undefined) throw new ConfigError(variable, `${which}: unknown scope ${JSON.stringify(bad)} (known: ${SCOPES.join(', ')})`);
    return { name, sha256, scopes: [...new Set(scopes as Scope[])] };
  });
}

/**
 * `GATEWAY_AUTH` unset: on when keys or a JWKS are configured, and required in production.
 * `off`: explicitly none (refused if credentials are configured too, which would be a mistake).
 * `on`: required in any environment.
 */
function authConfig(env: Env, production: boolean): AuthConfig | undefined {
  const mode = str(env, 'GATEWAY_AUTH');
  if (mode !== undefined && mode !== 'on' && mode !== 'off') throw new ConfigError('GATEWAY_AUTH', 'must be "on" or "off"');
  const keys = apiKeys(env);
  const jwt = group(env, ['GATEWAY_JWKS_URL', 'GATEWAY_JWT_ISSUER', 'GATEWAY_JWT_AUDIENCE'], () => ({
    jwksUrl: url(env, 'GATEWAY_JWKS_URL')!,
    issuer: str(env, 'GATEWAY_JWT_ISSUER')!,
    audience: str(env, 'GATEWAY_JWT_AUDIENCE')!,
  }));
  const configured = keys.length > 0 || jwt !== undefined;
  if (mode === 'off') {
    if (configured) throw new ConfigError('GATEWAY_AUTH', `is off, but ${keys.length ? 'API keys are' : 'GATEWAY_JWKS_URL is'} configured: remove one or the other`);
    return undefined;
  }
  if (!configured && (mode === 'on' || production)) {
    throw new ConfigError('GATEWAY_API_KEYS', `is required ${mode === 'on' ? 'when GATEWAY_AUTH=on' : 'in production'} (or GATEWAY_API_KEYS_FILE, or GATEWAY_JWKS_URL); set GATEWAY_AUTH=off to run without authentication`);
  }
  return configured ? { apiKeys: keys, jwt } : undefined;
}

/** `GATEWAY_PERSISTED_DOCUMENTS`: a JSON object `{id: document}`; every document must parse. */
function persistedDocuments(env: Env): GatewayConfig['persistedDocuments'] {
  const path = str(env, 'GATEWAY_PERSISTED_DOCUMENTS');
  const only = bool(env, 'GATEWAY_PERSISTED_ONLY') ?? false;
  if (!path) {
    if (only) throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', 'is required when GATEWAY_PERSISTED_ONLY=true');
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readConfigFile('GATEWAY_PERSISTED_DOCUMENTS', path));
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', `"${path}" is not valid JSON`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', `"${path}" must hold a JSON object {"<id>": "<document>"}`);
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(raw)) {
    if (typeof text !== 'string') throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', `document "${id}" is not a string`);
    try {
      parse(text);
    } catch (err) {
      throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', `document "${id}" does not parse: ${(err as Error).message}`);
    }
    documents.set(id, text);
  }
  if (documents.size === 0) throw new ConfigError('GATEWAY_PERSISTED_DOCUMENTS', `"${path}" holds no documents`);
  return { documents, only };
}

/** `k=v,k2=v2` (OTEL_EXPORTER_OTLP_HEADERS); values may be secrets, so errors never quote them. */
function keyValues(env: Env, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (str(env, name) ?? '').split(',').filter((p) => p.trim())) {
    const at = part.indexOf('=');
    if (at <= 0) throw new ConfigError(name, 'must be key=value pairs separated by commas');
    out[decodeURIComponent(part.slice(0, at).trim())] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function logLevel(env: Env): LogLevel {
  const v = str(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${v}"`);
  return v as LogLevel;
}

function logFormat(env: Env): 'json' | 'pretty' | undefined {
  const v = str(env, 'LOG_FORMAT');
  if (v !== undefined && v !== 'json' && v !== 'pretty') throw new ConfigError('LOG_FORMAT', `must be "json" or "pretty", got "${v}"`);
  return v;
}

/** OpenTelemetry's standard variables: on when an OTLP endpoint is set (and OTEL_SDK_DISABLED is not true). */
function tracingConfig(env: Env): TracingConfig | undefined {
  if (bool(env, 'OTEL_SDK_DISABLED')) return undefined;
  const exporter = str(env, 'OTEL_TRACES_EXPORTER');
  if (exporter !== undefined && exporter !== 'otlp' && exporter !== 'none') throw new ConfigError('OTEL_TRACES_EXPORTER', `must be "otlp" or "none", got "${exporter}"`);
  if (exporter === 'none') return undefined;
  const protocol = str(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? str(env, 'OTEL_EXPORTER_OTLP_PROTOCOL');
  if (protocol !== undefined && protocol !== 'http/json') throw new ConfigError(str(env, 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL', `only "http/json" is supported, got "${protocol}"`);
  const traces = url(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (!traces && !base) return undefined;
  return {
    endpoint: traces ?? `${base}/v1/traces`,
    serviceName: str(env, 'OTEL_SERVICE_NAME') ?? 'imagegraph',
    headers: { ...keyValues(env, 'OTEL_EXPORTER_OTLP_HEADERS'), ...keyValues(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS') },
  };
}

/** `CORS_ORIGINS`: comma-separated exact origins (`scheme://host[:port]`, no path), or `*` alone. */
function corsOrigins(env: Env): string[] {
  const origins = (str(env, 'CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.includes('*')) {
    if (origins.length > 1) throw new ConfigError('CORS_ORIGINS', '"*" allows every origin: list exact origins or "*" alone');
    return origins;
  }
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`);
    }
  }
  return origins;
}

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

function dockerConfig(env: Env, socketExists: (path: string) => boolean): DockerConfig | undefined {
  const host = str(env, 'DOCKER_HOST');
  const tlsVerify = str(env, 'DOCKER_TLS_VERIFY');
  if (tlsVerify !== undefined && !['0', '1', 'true', 'false'].includes(tlsVerify)) throw new ConfigError('DOCKER_TLS_VERIFY', 'must be 1 or 0');
  const useTls = tlsVerify === '1' || tlsVerify === 'true';
  if (!host) return socketExists(DEFAULT_DOCKER_SOCKET) ? { origin: `unix://${DEFAULT_DOCKER_SOCKET}` } : undefined;
  let parsed: URL;
  try {
    parsed = new URL(host);
  } catch {
    // Never quoted: an ssh:// or tcp:// URL may carry a password.
    throw new ConfigError('DOCKER_HOST', 'is not unix:///path or tcp://host:port');
  }
  if (parsed.protocol === 'unix:') return { origin: `unix://${parsed.pathname}` };
  if (!['tcp:', 'http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('DOCKER_HOST', `is not unix:///path or tcp://host:port (got a ${parsed.protocol} URL)`);
  }
  const port = parsed.port || (useTls ? '2376' : '2375');
  if (!useTls) return { origin: `http://${parsed.hostname}:${port}` };
  const certDir = str(env, 'DOCKER_CERT_PATH');
  if (!certDir) throw new ConfigError('DOCKER_CERT_PATH', 'is required when DOCKER_TLS_VERIFY=1');
  return {
    origin: `https://${parsed.hostname}:${port}`,
    tls: { caPath: `${certDir}/ca.pem`, certPath: `${certDir}/cert.pem`, keyPath: `${certDir}/key.pem` },
  };
}

function cycleConfig(env: Env): CycleConfig | undefined {
  return group(env, ['CYCLE_API_URL', 'CYCLE_API_KEY', 'CYCLE_HUB_ID'], () => ({
    apiUrl: url(env, 'CYCLE_API_URL')!,
    apiKey: str(env, 'CYCLE_API_KEY')!,
    hubId: str(env, 'CYCLE_HUB_ID')!,
  }));
}

function swrConfig(env: Env): SwrConfig | undefined {
  const endpoint = url(env, 'SWR_ENDPOINT') ?? (str(env, 'HUAWEICLOUD_REGION') ? `https://swr-api.${str(env, 'HUAWEICLOUD_REGION')}.myhuaweicloud.com` : undefined);
  const ak = str(env, 'HUAWEICLOUD_SDK_AK');
  const sk = str(env, 'HUAWEICLOUD_SDK_SK');
  const authToken = str(env, 'SWR_AUTH_TOKEN');
  if (!ak && !sk && !authToken) return undefined;
  if (!endpoint) throw new ConfigError('SWR_ENDPOINT', 'or HUAWEICLOUD_REGION is required when SWR credentials are set');
  if (!authToken && (!ak || !sk)) throw new ConfigError(ak ? 'HUAWEICLOUD_SDK_SK' : 'HUAWEICLOUD_SDK_AK', 'is required (or set SWR_AUTH_TOKEN)');
  return { endpoint, ak, sk, authToken };
}

function paiConfig(env: Env): PaiConfig | undefined {
  const region = str(env, 'ALIBABA_CLOUD_REGION_ID');
  return group(env, ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_REGION_ID'], () => ({
    accessKeyId: str(env, 'ALIBABA_CLOUD_ACCESS_KEY_ID')!,
    accessKeySecret: str(env, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET')!,
    securityToken: str(env, 'ALIBABA_CLOUD_SECURITY_TOKEN'),
    regionId: region!,
    workspaceId: str(env, 'PAI_WORKSPACE_ID'),
    endpoint: url(env, 'PAI_ENDPOINT') ?? `https://aiworkspace.${region}.aliyuncs.com`,
    dlcEndpoint: url(env, 'PAI_DLC_ENDPOINT') ?? `https://pai-dlc.${region}.aliyuncs.com`,
  }));
}

function tacConfig(env: Env): TacConfig | undefined {
  return group(env, ['TAC_API_URL', 'CSP_URL', 'CSP_API_TOKEN'], () => ({
    apiUrl: url(env, 'TAC_API_URL')!,
    cspUrl: url(env, 'CSP_URL')!,
    apiToken: str(env, 'CSP_API_TOKEN')!,
  }));
}

/** Each provider's configuration as the environment gives it: `loadConfig` reads these, and SANDBOX reads an emulator's env with the same function. */
export const PROVIDER_CONFIG = {
  DOCKER: (env: Env): DockerConfig | undefined => dockerConfig(env, () => false),
  CYCLE: cycleConfig,
  SWR: swrConfig,
  PAI: paiConfig,
  TAC: tacConfig,
} as const;

export function loadConfig(rawEnv: Env = process.env, socketExists: (path: string) => boolean = existsSync): GatewayConfig {
  const env = withSecretFiles(rawEnv);
  const production = env.NODE_ENV === 'production';
  const sandboxRaw = str(env, 'GATEWAY_SANDBOX') ?? (production ? 'off' : 'auto');
  if (sandboxRaw !== 'auto' && sandboxRaw !== 'off') throw new ConfigError('GATEWAY_SANDBOX', 'must be "auto" or "off"');
  const graphiql = bool(env, 'GATEWAY_GRAPHIQL');

  const allowList = (str(env, 'IMPORT_URL_ALLOWLIST') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const [i, host] of allowList.entries()) {
    if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\](:\d+)?$/.test(host)) throw new ConfigError('IMPORT_URL_ALLOWLIST', `entry ${i + 1} is not a host name (host or host:port)`);
  }

  return {
    host: str(env, 'HOST') ?? '127.0.0.1',
    corsOrigins: corsOrigins(env),
    port: int(env, 'PORT', 4000, 0, 65535),
    production,
    sandbox: sandboxRaw,
    graphiql: graphiql ?? !production,
    importUrlAllowList: allowList,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    docker: dockerConfig(env, socketExists),
    cycle: cycleConfig(env),
    swr: swrConfig(env),
    pai: paiConfig(env),
    tac: tacConfig(env),
    auth: authConfig(env, production),
    rateLimitPerMinute: int(env, 'GATEWAY_RATE_LIMIT_PER_MINUTE', 0, 0, 1_000_000) || undefined,
    persistedDocuments: persistedDocuments(env),
    jobTtlSeconds: int(env, 'JOB_TTL_SECONDS', 86_400, 1, 31_536_000),
    buildLogPollMs: int(env, 'BUILD_LOG_POLL_MS', 1000, 50, 60_000),
    logLevel: logLevel(env),
    logFormat: logFormat(env),
    metricsPort: str(env, 'METRICS_PORT') === undefined ? undefined : int(env, 'METRICS_PORT', 0, 0, 65535),
    providerProbeIntervalMs: int(env, 'PROVIDER_PROBE_INTERVAL_MS', 30_000, 0, 3_600_000),
    shutdownDrainDelayMs: int(env, 'SHUTDOWN_DRAIN_DELAY_MS', production ? 5000 : 0, 0, 300_000),
    tracing: tracingConfig(env),
    uploadMaxBytes: int(env, 'GATEWAY_UPLOAD_MAX_BYTES', 8 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER),
    upstreamBudget: int(env, 'GATEWAY_UPSTREAM_BUDGET', 200, 1, 1_000_000),
    deadlines: {
      queryMs: int(env, 'GATEWAY_REQUEST_DEADLINE_MS', 5000, 100, 600_000),
      mutationMs: int(env, 'GATEWAY_MUTATION_DEADLINE_MS', 30_000, 100, 600_000),
    },
  };
}

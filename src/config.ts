import { existsSync } from 'node:fs';

/**
 * The only reader of `process.env`. Everything is read and validated once at start-up; a bad value
 * throws a `ConfigError` whose message is one line naming the variable. Secrets are kept in the
 * config object but never printed: `describeConfig` is what logs and `providers` show.
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

export interface GatewayConfig {
  host: string;
  port: number;
  production: boolean;
  sandbox: SandboxMode;
  /** GraphiQL and introspection. @default true outside production */
  graphiql: boolean;
  /** Hosts `importImage(url)` may fetch from (via the daemon). @default [] — no URL is fetched */
  importUrlAllowList: string[];
  redisUrl?: string;
  docker?: DockerConfig;
  cycle?: { apiUrl: string; apiKey: string; hubId: string };
  swr?: { endpoint: string; ak?: string; sk?: string; authToken?: string };
  pai?: {
    accessKeyId: string;
    accessKeySecret: string;
    securityToken?: string;
    regionId: string;
    workspaceId?: string;
    endpoint: string;
    dlcEndpoint: string;
  };
  tac?: { apiUrl: string; cspUrl: string; apiToken: string };
  /** Job records are kept this long after they end. @default 86400 */
  jobTtlSeconds: number;
  /** How often a followed build's log is polled upstream. @default 1000 */
  buildLogPollMs: number;
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
    throw new ConfigError(name, `"${v}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  return v.replace(/\/$/, '');
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const v = str(env, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${v}"`);
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

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

function dockerConfig(env: Env, socketExists: (path: string) => boolean): DockerConfig | undefined {
  const host = str(env, 'DOCKER_HOST');
  const tlsVerify = str(env, 'DOCKER_TLS_VERIFY');
  if (tlsVerify !== undefined && !['0', '1', 'true', 'false'].includes(tlsVerify)) throw new ConfigError('DOCKER_TLS_VERIFY', `must be 1 or 0, got "${tlsVerify}"`);
  const useTls = tlsVerify === '1' || tlsVerify === 'true';
  if (!host) return socketExists(DEFAULT_DOCKER_SOCKET) ? { origin: `unix://${DEFAULT_DOCKER_SOCKET}` } : undefined;
  let parsed: URL;
  try {
    parsed = new URL(host);
  } catch {
    throw new ConfigError('DOCKER_HOST', `"${host}" is not unix:///path or tcp://host:port`);
  }
  if (parsed.protocol === 'unix:') return { origin: `unix://${parsed.pathname}` };
  if (!['tcp:', 'http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('DOCKER_HOST', `"${host}" is not unix:///path or tcp://host:port`);
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

export function loadConfig(env: Env = process.env, socketExists: (path: string) => boolean = existsSync): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const sandboxRaw = str(env, 'GATEWAY_SANDBOX') ?? (production ? 'off' : 'auto');
  if (sandboxRaw !== 'auto' && sandboxRaw !== 'off') throw new ConfigError('GATEWAY_SANDBOX', `must be "auto" or "off", got "${sandboxRaw}"`);
  const graphiqlRaw = str(env, 'GATEWAY_GRAPHIQL');
  if (graphiqlRaw !== undefined && !['true', 'false', '1', '0'].includes(graphiqlRaw)) throw new ConfigError('GATEWAY_GRAPHIQL', `must be true or false, got "${graphiqlRaw}"`);

  const swrEndpoint = url(env, 'SWR_ENDPOINT') ?? (str(env, 'HUAWEICLOUD_REGION') ? `https://swr-api.${str(env, 'HUAWEICLOUD_REGION')}.myhuaweicloud.com` : undefined);
  const swrAk = str(env, 'HUAWEICLOUD_SDK_AK');
  const swrSk = str(env, 'HUAWEICLOUD_SDK_SK');
  const swrToken = str(env, 'SWR_AUTH_TOKEN');
  let swr: GatewayConfig['swr'];
  if (swrAk || swrSk || swrToken) {
    if (!swrEndpoint) throw new ConfigError('SWR_ENDPOINT', 'or HUAWEICLOUD_REGION is required when SWR credentials are set');
    if (!swrToken && (!swrAk || !swrSk)) throw new ConfigError(swrAk ? 'HUAWEICLOUD_SDK_SK' : 'HUAWEICLOUD_SDK_AK', 'is required (or set SWR_AUTH_TOKEN)');
    swr = { endpoint: swrEndpoint, ak: swrAk, sk: swrSk, authToken: swrToken };
  }

  const paiRegion = str(env, 'ALIBABA_CLOUD_REGION_ID');
  const pai = group(env, ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_REGION_ID'], () => ({
    accessKeyId: str(env, 'ALIBABA_CLOUD_ACCESS_KEY_ID')!,
    accessKeySecret: str(env, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET')!,
    securityToken: str(env, 'ALIBABA_CLOUD_SECURITY_TOKEN'),
    regionId: paiRegion!,
    workspaceId: str(env, 'PAI_WORKSPACE_ID'),
    endpoint: url(env, 'PAI_ENDPOINT') ?? `https://aiworkspace.${paiRegion}.aliyuncs.com`,
    dlcEndpoint: url(env, 'PAI_DLC_ENDPOINT') ?? `https://pai-dlc.${paiRegion}.aliyuncs.com`,
  }));

  const allowList = (str(env, 'IMPORT_URL_ALLOWLIST') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of allowList) {
    if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\](:\d+)?$/.test(host)) throw new ConfigError('IMPORT_URL_ALLOWLIST', `"${host}" is not a host name (host or host:port)`);
  }

  return {
    host: str(env, 'HOST') ?? '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    production,
    sandbox: sandboxRaw,
    graphiql: graphiqlRaw === undefined ? !production : graphiqlRaw === 'true' || graphiqlRaw === '1',
    importUrlAllowList: allowList,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    docker: dockerConfig(env, socketExists),
    cycle: group(env, ['CYCLE_API_URL', 'CYCLE_API_KEY', 'CYCLE_HUB_ID'], () => ({
      apiUrl: url(env, 'CYCLE_API_URL')!,
      apiKey: str(env, 'CYCLE_API_KEY')!,
      hubId: str(env, 'CYCLE_HUB_ID')!,
    })),
    swr,
    pai,
    tac: group(env, ['TAC_API_URL', 'CSP_URL', 'CSP_API_TOKEN'], () => ({
      apiUrl: url(env, 'TAC_API_URL')!,
      cspUrl: url(env, 'CSP_URL')!,
      apiToken: str(env, 'CSP_API_TOKEN')!,
    })),
    jobTtlSeconds: int(env, 'JOB_TTL_SECONDS', 86_400, 1, 31_536_000),
    buildLogPollMs: int(env, 'BUILD_LOG_POLL_MS', 1000, 50, 60_000),
  };
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SECRET_VARIABLES } from '../../src/config.js';

const root = new URL('../../', import.meta.url);
const configSource = readFileSync(new URL('src/config.ts', root), 'utf8');
/** `NAME` → the value on its `#NAME=value` line of .env.example. */
const example = new Map(
  readFileSync(new URL('.env.example', root), 'utf8')
    .split('\n')
    .map((line) => /^#?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!.trim()] as const),
);
const noSocket = () => false;

/** A configuration that uses every secret: all providers LIVE, Redis, API keys. */
const FULL: Record<string, string> = {
  CYCLE_API_URL: 'https://api.cycle.example',
  CYCLE_API_KEY: 'cycle-secret-key-1234',
  CYCLE_HUB_ID: 'hub-1',
  SWR_ENDPOINT: 'https://swr.example',
  HUAWEICLOUD_SDK_AK: 'AKEXAMPLE1234',
  HUAWEICLOUD_SDK_SK: 'sk-secret-5678',
  SWR_AUTH_TOKEN: 'swr-token-abcd',
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIexample',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'ali-secret-9876',
  ALIBABA_CLOUD_SECURITY_TOKEN: 'sts-token-5432',
  ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
  TAC_API_URL: 'https://tac.example',
  CSP_URL: 'https://csp.example',
  CSP_API_TOKEN: 'csp-token-efgh',
  REDIS_URL: 'redis://:redis-password@redis.example:6379',
  GATEWAY_API_KEYS: JSON.stringify([{ name: 'ci', key: 'ci-key-0123456789abcdef', scopes: ['read'] }]),
  OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otel.example:4318',
  OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20otel-secret-1111',
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-api-key=otel-secret-2222',
};

describe('.env.example', () => {
  it('lists every variable src/config.ts reads', () => {
    const read = new Set([...configSource.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|HOST|PORT)'/g), ...configSource.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !example.has(name)).sort(), 'variables missing from .env.example').toEqual([]);
    expect([...example.keys()].filter((name) => !read.has(name) && !(name.endsWith('_FILE') && read.has(name.slice(0, -5)))).sort(), 'listed but never read').toEqual([]);
  });

  it('lists <NAME>_FILE for every secret', () => {
    expect(SECRET_VARIABLES.filter((name) => !example.has(`${name}_FILE`))).toEqual([]);
  });

  it('gives each variable its real default (setting it to the listed value changes nothing)', () => {
    const defaults = loadConfig({}, noSocket);
    const listed = [...example].filter(([, value]) => value !== '');
    expect(listed.map(([name]) => name)).toEqual(expect.arrayContaining(['HOST', 'PORT', 'JOB_TTL_SECONDS', 'BUILD_LOG_POLL_MS']));
    for (const [name, value] of listed) expect(loadConfig({ [name]: value }, noSocket), name).toEqual(defaults);
  });
});

describe('<NAME>_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ig-secret-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const secretFile = (name: string, content: string) => {
    const path = join(dir, name.toLowerCase());
    writeFileSync(path, content);
    return path;
  };

  it('reads every secret from a file (trailing newline trimmed), as if it were set inline', () => {
    const inline = loadConfig(FULL, noSocket);
    for (const name of SECRET_VARIABLES) {
      const env: Record<string, string | undefined> = { ...FULL, [`${name}_FILE`]: secretFile(name, `${FULL[name]}\n`) };
      delete env[name];
      expect(loadConfig(env, noSocket), name).toEqual(inline);
    }
  });

  it('refuses both <NAME> and <NAME>_FILE, an empty file and a missing one, naming the variable and never the secret', () => {
    for (const name of SECRET_VARIABLES) {
      const cases: Record<string, string | undefined>[] = [
        { ...FULL, [`${name}_FILE`]: secretFile(name, FULL[name]!) },
        { ...FULL, [name]: undefined, [`${name}_FILE`]: join(dir, 'does-not-exist') },
      ];
      if (name !== 'GATEWAY_API_KEYS') cases.push({ ...FULL, [name]: undefined, [`${name}_FILE`]: secretFile(`${name}-empty`, '\n') });
      for (const env of cases) {
        let error: unknown;
        try {
          loadConfig(env, noSocket);
        } catch (err) {
          error = err;
        }
        expect(error, name).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).variable, name).toBe(`${name}_FILE`);
        expect((error as ConfigError).message).not.toContain(FULL[name]!);
      }
    }
  });
});

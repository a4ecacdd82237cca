import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const noSocket = () => false;

describe('config', () => {
  describe('loadConfig', () => {
    it('defaults to 127.0.0.1:4000, sandbox auto, GraphiQL on, no import URL hosts', () => {
      const c = loadConfig({}, noSocket);
      expect(c).toMatchObject({ host: '127.0.0.1', port: 4000, sandbox: 'auto', graphiql: true, importUrlAllowList: [] });
      expect(c.docker).toBeUndefined();
    });

    it('uses the default Docker socket when it exists', () => {
      expect(loadConfig({}, () => true).docker).toEqual({ origin: 'unix:///var/run/docker.sock' });
    });

    it.each([
      [{ PORT: 'eighty' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ GATEWAY_SANDBOX: 'maybe' }, 'GATEWAY_SANDBOX'],
      [{ DOCKER_HOST: 'ftp://x' }, 'DOCKER_HOST'],
      [{ DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '1' }, 'DOCKER_CERT_PATH'],
      [{ CYCLE_API_URL: 'http://x', CYCLE_API_KEY: 'k' }, 'CYCLE_HUB_ID'],
      [{ CYCLE_API_URL: 'not a url', CYCLE_API_KEY: 'k', CYCLE_HUB_ID: 'h' }, 'CYCLE_API_URL'],
      [{ HUAWEICLOUD_SDK_AK: 'ak' }, 'SWR_ENDPOINT'],
      [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
      [{ IMPORT_URL_ALLOWLIST: 'http://bad/' }, 'IMPORT_URL_ALLOWLIST'],
    ])('stops on %o with one line naming %s', (env, variable) => {
      let error: unknown;
      try {
        loadConfig(env, noSocket);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).message.split('\n')).toHaveLength(1);
    });

    it('never puts a secret in an error message', () => {
      try {
        loadConfig({ CYCLE_API_URL: 'http://x', CYCLE_API_KEY: 'super-secret-key' }, noSocket);
      } catch (err) {
        expect(String(err)).not.toContain('super-secret-key');
      }
    });

    it('does not quote a malformed URL that may carry a password', () => {
      expect(() => loadConfig({ REDIS_URL: 'redis://:hunter2@[bad' }, noSocket)).toThrow(/^REDIS_URL: is not a URL$/);
    });

    it('maps tcp:// to http and DOCKER_TLS_VERIFY to https with the cert path', () => {
      expect(loadConfig({ DOCKER_HOST: 'tcp://10.0.0.5:2375' }, noSocket).docker).toEqual({ origin: 'http://10.0.0.5:2375' });
      expect(loadConfig({ DOCKER_HOST: 'tcp://d:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, noSocket).docker).toEqual({
        origin: 'https://d:2376',
        tls: { caPath: '/certs/ca.pem', certPath: '/certs/cert.pem', keyPath: '/certs/key.pem' },
      });
    });
  });
});

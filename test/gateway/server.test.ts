import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/components.js';
import { GwImageEventActionsDocument, GwProviderModesDocument } from '../generated/graphql.js';
import { executeAt, subscribeTyped } from '../support/gateway.js';

/**
 * `npm start` as a user runs it: no credentials, GATEWAY_SANDBOX=auto (the default), so every
 * provider is served by its built-in emulator and says so in one banner line.
 */
describe('server (npm start)', () => {
  let child: ChildProcess;
  let url: string;
  const banner: string[] = [];
  let exit: Promise<number | null>;

  beforeAll(async () => {
    const port = await freePort();
    const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    for (const name of Object.keys(env)) if (/^(CYCLE_|SWR_|HUAWEICLOUD_|ALIBABA_CLOUD_|PAI_|TAC_|CSP_|REDIS_URL|GATEWAY_SANDBOX)/.test(name)) delete env[name];
    // No engine: DOCKER_HOST points nowhere, so Docker falls back to … nothing but an explicit host. Use the default-socket path instead.
    delete env.DOCKER_HOST;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listen line; banner: ${banner.join('\n')}`)), 45_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        banner.push(line);
        const m = /listening on (http:\/\/\S+\/graphql)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  describe('start-up', () => {
    it('prints one banner line per provider and serves them all from the emulators', async () => {
      for (const p of ['CYCLE', 'SWR', 'PAI', 'TAC']) expect(banner.filter((l) => l.includes(` ${p} `) || l.includes(`: ${p}`)).length).toBe(1);
      const body = (await executeAt(url, { document: GwProviderModesDocument })).expectNoErrors();
      for (const p of body.providers) {
        if (p.provider === 'DOCKER' && p.mode === 'LIVE') continue; // a developer machine with /var/run/docker.sock
        expect(p).toMatchObject({ mode: 'SANDBOX', healthy: true });
      }
      expect(body.providers.map((p) => p.provider).sort()).toEqual(['CYCLE', 'DOCKER', 'PAI', 'SWR', 'TAC']);
    });

    it('serves GraphiQL to a browser on GET /graphql', async () => {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('imagegraph');
    });
  });

  describe('graceful shutdown', () => {
    it('completes open subscriptions and exits 0 on SIGTERM', async () => {
      const events: unknown[] = [];
      const sub = (async () => {
        for await (const e of subscribeTyped(url, { document: GwImageEventActionsDocument })) events.push(e);
        return 'completed';
      })();
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM');
      await expect(sub).resolves.toBe('completed');
      expect(await exit).toBe(0);
    }, 30_000);
  });
});

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, devOnlyPackages, postQuery, run, sandboxEnv, SANDBOX_QUERY, startServer, type StartedServer } from './project.js';

/**
 * Issue 12, acceptance 1: in a fresh clone, `npm ci && npm run build && npm prune --omit=dev && node
 * dist/server.js` serves `/healthz` and a sandbox query, and `npm start` needs no devDependency.
 * Plain Node must load ONE graphql module (vitest aliases it; here nothing does): a second copy would
 * make every query fail with "Cannot use GraphQLSchema from another module or realm".
 */
describe('fresh clone (npm ci, build, prune --omit=dev)', () => {
  let dir: string;
  const servers: StartedServer[] = [];

  beforeAll(() => {
    dir = copyProject('ig-fresh-clone-');
    run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
    run(dir, 'npm', ['run', 'build']);
    run(dir, 'npm', ['prune', '--omit=dev', '--no-audit', '--no-fund']);
  });

  afterAll(async () => {
    for (const s of servers) await s.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('leaves dist/ with source maps and no devDependency installed', () => {
    expect(existsSync(join(dir, 'dist', 'server.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'server.js.map'))).toBe(true);
    const devOnly = devOnlyPackages();
    expect(devOnly).toEqual(expect.arrayContaining(['typescript', 'tsx', 'vitest']));
    for (const dev of devOnly) expect(existsSync(join(dir, 'node_modules', dev, 'package.json')), dev).toBe(false);
  });

  describe('node dist/server.js', () => {
    let server: StartedServer;
    beforeAll(async () => {
      server = await startServer(dir, process.execPath, ['dist/server.js'], sandboxEnv());
      servers.push(server);
    });

    it('serves /healthz', async () => {
      const res = await fetch(`${server.origin}/healthz`);
      expect(res.status).toBe(200);
    });

    it('answers a query from the sandbox emulators', async () => {
      const { status, body } = await postQuery(server.origin, SANDBOX_QUERY);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const providers = body.data!.providers as { provider: string; mode: string; healthy: boolean }[];
      expect(providers.find((p) => p.provider === 'TAC')).toEqual({ provider: 'TAC', mode: 'SANDBOX', healthy: true });
      expect((body.data!.baseImages as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    });

    it('loads the emulators only in sandbox mode, and ONE graphql module', async () => {
      // A resolve hook (import and require) that prints every emulator module and graphql entry Node loads.
      const hook = join(dir, 'trace-modules.mjs');
      writeFileSync(
        hook,
        `import { registerHooks } from 'node:module';\nregisterHooks({ resolve(s, c, next) { const r = next(s, c); if (r.url.includes('/dist/emulators/')) console.log('emulator module: ' + r.url); if (/\\/node_modules\\/graphql\\/index\\.m?js$/.test(r.url)) console.log('graphql module: ' + r.url); return r; } });\n`,
      );
      const traced = (sandbox: string) => startServer(dir, process.execPath, ['--import', hook, 'dist/server.js'], { ...sandboxEnv(), GATEWAY_SANDBOX: sandbox, DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
      const off = await traced('off');
      servers.push(off);
      await postQuery(off.origin, '{ providers { provider mode } }');
      expect(off.output.filter((l) => l.startsWith('emulator module:'))).toEqual([]);
      const auto = await traced('auto');
      servers.push(auto);
      expect(auto.output.filter((l) => l.startsWith('emulator module:')).length).toBeGreaterThan(0);
      // ONE graphql module (vitest needs an alias for that; plain Node resolves every import to one file).
      await postQuery(auto.origin, SANDBOX_QUERY);
      expect(new Set(auto.output.filter((l) => l.startsWith('graphql module:'))).size).toBe(1);
    });
  });

  it('`npm start` runs the build with production dependencies only (prestart builds nothing)', async () => {
    const server = await startServer(dir, 'npm', ['start'], sandboxEnv());
    servers.push(server);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    expect(server.output.join('\n')).not.toMatch(/npm run build|typescript is not installed/);
  });
});

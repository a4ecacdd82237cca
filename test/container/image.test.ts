import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, missingBinaries, needsRoot, startDockerd, type RealDockerd } from '../support/components.js';
import { baseImageTarball } from './base-image.js';
import { copyProject, devOnlyPackages, postQuery, SANDBOX_QUERY } from './project.js';

const skipReason = missingBinaries('dockerd', 'docker', 'debootstrap', 'git') ?? needsRoot('dockerd and debootstrap');

/**
 * Issue 12, acceptance 3: the Dockerfile builds (on a local debootstrap + Node 24 base, as registries
 * are not reachable), and the image runs as non-root and answers `/healthz` and a sandbox query. On the
 * test's own dockerd (vfs storage, no bridge), so the container shares the host network.
 */
describe.skipIf(!!skipReason)('container image', () => {
  let dockerd: RealDockerd;
  let context: string;
  let baseDir: string | undefined;
  let origin: string;
  const BASE = 'imagegraph-test-base:24';
  const IMAGE = 'imagegraph:test';
  const CONTAINER = 'imagegraph-test';
  /** For README: the image size the test measured. */
  let imageBytes = 0;

  beforeAll(async () => {
    const base = baseImageTarball();
    baseDir = base.dir;
    context = copyProject('ig-image-context-');
    // overlay2 when the kernel has it: on vfs every build step copies the whole filesystem.
    dockerd = await startDockerd({ storageDriver: /\toverlay$/m.test(readFileSync('/proc/filesystems', 'utf8')) ? 'overlay2' : 'vfs' });
    dockerd.cli('import', ...base.env.flatMap((e) => ['--change', `ENV ${e}`]), '--change', 'CMD ["node"]', base.tarball, BASE);
    rmSync(baseDir, { recursive: true, force: true });
    baseDir = undefined;
    // --network host: the build's `npm ci` reaches the npm registry through the host (no bridge here).
    const build = spawnSync('docker', ['-H', dockerd.host, 'build', '--network', 'host', '--build-arg', `BASE_IMAGE=${BASE}`, '-t', IMAGE, context], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`docker build failed:\n${build.stdout.slice(-6000)}\n${build.stderr.slice(-3000)}`);
    imageBytes = Number(dockerd.cli('image', 'inspect', '--format', '{{.Size}}', IMAGE).trim());
    console.log(`image ${IMAGE}: ${(imageBytes / 1e6).toFixed(0)} MB (base ${(Number(dockerd.cli('image', 'inspect', '--format', '{{.Size}}', BASE).trim()) / 1e6).toFixed(0)} MB, Node ${base.nodeVersion})`);
    const port = await freePort();
    // HOST=127.0.0.1 overrides the image's 0.0.0.0 only because --network host would otherwise open the
    // port on every interface of this machine; GATEWAY_SANDBOX/GATEWAY_AUTH: the image is production.
    dockerd.cli('run', '-d', '--name', CONTAINER, '--network', 'host', '--health-interval', '1s', '--health-start-period', '30s', '-e', `PORT=${port}`, '-e', 'HOST=127.0.0.1', '-e', 'GATEWAY_SANDBOX=auto', '-e', 'GATEWAY_AUTH=off', IMAGE);
    origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`no /healthz in 60 s:\n${dockerd.cli('logs', CONTAINER)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    if (baseDir) rmSync(baseDir, { recursive: true, force: true });
    if (context) rmSync(context, { recursive: true, force: true });
    if (dockerd) {
      try {
        dockerd.cli('rm', '-f', CONTAINER);
      } catch {
        // never started
      }
      await dockerd.stop();
    }
  });

  it('is configured for production: NODE_ENV, HOST, a non-root USER and a HEALTHCHECK on /healthz', () => {
    const config = JSON.parse(dockerd.cli('image', 'inspect', '--format', '{{json .Config}}', IMAGE)) as { Env: string[]; User: string; Healthcheck?: { Test: string[] } };
    expect(config.Env).toEqual(expect.arrayContaining(['NODE_ENV=production', 'HOST=0.0.0.0']));
    expect(config.User).toBe('imagegraph:imagegraph');
    expect(config.Healthcheck?.Test.join(' ')).toContain('/healthz');
  });

  it('runs the gateway as a non-root user', () => {
    const pid = dockerd.cli('inspect', '--format', '{{.State.Pid}}', CONTAINER).trim();
    // The container's PID 1 as the host kernel sees it (no user namespace): real, effective, saved, fs uids.
    const uids = /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]!.split(/\s+/);
    expect(uids.every((u) => u !== '0')).toBe(true);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('dist/server.js');
  });

  it('answers /healthz and a GraphQL query against the sandbox', async () => {
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    const { status, body } = await postQuery(origin, SANDBOX_QUERY);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect((body.data!.baseImages as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
  });

  it('becomes healthy by its own HEALTHCHECK', async () => {
    const deadline = Date.now() + 30_000;
    let health = '';
    while (Date.now() < deadline) {
      health = dockerd.cli('inspect', '--format', '{{.State.Health.Status}}', CONTAINER).trim();
      if (health === 'healthy') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(health).toBe('healthy');
  });

  it('holds no sources, devDependencies or local files', () => {
    const devOnly = devOnlyPackages();
    expect(devOnly).toEqual(expect.arrayContaining(['typescript', 'tsx', 'vitest']));
    const script = `ls -A /app; for p in ${devOnly.join(' ')}; do test -e /app/node_modules/$p/package.json && echo "dev: $p"; done; true`;
    const listing = dockerd.cli('run', '--rm', '--network', 'none', '--entrypoint', 'sh', IMAGE, '-c', script).trim().split('\n');
    expect(listing).toEqual(['dist', 'node_modules', 'package.json']);
    expect(imageBytes).toBeGreaterThan(0);
  });
});

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, request } from 'undici';

/**
 * Real components for integration tests (DESIGN §7), started on temp dirs and loopback. A missing
 * component fails the suite in CI and skips it, with the reason, on a developer's machine.
 */
export function missingBinaries(...names: string[]): string | null {
  const missing = names.filter((n) => {
    try {
      execFileSync('sh', ['-c', `command -v ${n}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (!missing.length) return null;
  const reason = `missing ${missing.join(', ')} (apt-get install docker.io docker-registry apache2-utils)`;
  if (process.env.CI) throw new Error(`CI requires ${reason}`);
  console.warn(`skipping: ${reason}`);
  return reason;
}

/**
 * Components that only run as root (dockerd; debootstrap): a non-root developer gets the suite skipped
 * with the reason at once, instead of a 30 s wait for a daemon that cannot start. CI fails instead.
 */
export function needsRoot(component: string): string | null {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return null;
  const reason = `${component} needs root (running as uid ${uid})`;
  if (process.env.CI) throw new Error(`CI=true, and ${reason}`);
  console.warn(`skipping: ${reason}`);
  return reason;
}

/**
 * Starts components side by side. If one fails, the ones that did start are stopped before the error
 * is rethrown: with `Promise.all` they would be lost (no variable holds them for `afterAll`) and left
 * running after the test process exits.
 */
export async function startTogether<T extends readonly Promise<{ stop(): Promise<unknown> }>[]>(starts: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(starts);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (!failure) return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
  await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.stop().catch(() => undefined) : undefined)));
  throw failure.reason;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A component that never became ready is stopped and its temp dir removed before the error propagates. */
async function stopOnFailure(child: ChildProcess, dir: string, ready: () => Promise<void>): Promise<void> {
  try {
    await ready();
  } catch (err) {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export interface RealDockerd {
  socket: string;
  host: string;
  /** Runs the docker CLI against this daemon. */
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

/**
 * `dockerd --storage-driver=vfs --iptables=false --bridge=none` on a temp data root and unix socket.
 * `storageDriver: 'overlay2'` for image builds: vfs copies the whole filesystem for every layer and
 * step (a multi-stage Node build took over 15 minutes on it); overlay2 needs the kernel's overlay.
 */
export async function startDockerd(options: { storageDriver?: 'vfs' | 'overlay2' } = {}): Promise<RealDockerd> {
  const dir = mkdtempSync(join(tmpdir(), 'ig-dockerd-'));
  const socket = join(dir, 'docker.sock');
  const child = spawn(
    'dockerd',
    [`--storage-driver=${options.storageDriver ?? 'vfs'}`, '--iptables=false', '--ip6tables=false', '--bridge=none', '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'docker.pid'), '-H', `unix://${socket}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`dockerd exited: ${log}`);
      const client = new Client('http://localhost', { socketPath: socket });
      try {
        const res = await client.request({ method: 'GET', path: '/_ping' });
        await res.body.text();
        return res.statusCode === 200;
      } finally {
        await client.close();
      }
    }, 'dockerd');
  } catch (err) {
    await stopProcess(child);
    unmountUnder(dir);
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${String(err)}\n${log}`);
  }
  const host = `unix://${socket}`;
  return {
    socket,
    host,
    cli: (...args) => execFileSync('docker', ['-H', host, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    async stop() {
      await stopProcess(child);
      unmountUnder(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A dockerd stopped mid-work can leave mounts (its netns) under its exec root; rm would fail with EBUSY. */
function unmountUnder(dir: string): void {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(`${dir}/`))
    .reverse();
  for (const point of mounts) {
    try {
      execFileSync('umount', ['-l', point], { stdio: 'ignore' });
    } catch {
      // not ours to unmount, or already gone
    }
  }
}

export interface RealRegistry {
  /** `127.0.0.1:PORT` */
  address: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

/** Debian's `docker-registry` with htpasswd (bcrypt) auth on a free loopback port. */
export async function startRegistry(username = 'ci-user', password = 'ci-secret-pw'): Promise<RealRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ig-registry-'));
  const port = await freePort();
  const htpasswd = execFileSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' });
  writeFileSync(join(dir, 'htpasswd'), htpasswd);
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: { level: error }',
      'storage:',
      `  filesystem: { rootdirectory: ${join(dir, 'data')} }`,
      '  delete: { enabled: true }',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      'auth:',
      '  htpasswd:',
      '    realm: imagegraph-test',
      `    path: ${join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  await stopOnFailure(child, dir, () =>
    waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`docker-registry exited: ${log}`);
      const res = await request(`http://127.0.0.1:${port}/v2/`);
      await res.body.text();
      return res.statusCode === 401;
    }, 'docker-registry'),
  );
  return {
    address: `127.0.0.1:${port}`,
    username,
    password,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small root filesystem tarball (a file of `sizeBytes` random bytes plus an /etc/os-release). */
export function makeRootfsTar(sizeBytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-rootfs-'));
  const root = join(dir, 'root');
  execFileSync('mkdir', ['-p', join(root, 'etc'), join(root, 'data')]);
  writeFileSync(join(root, 'etc', 'os-release'), 'NAME="imagegraph test"\nID=igtest\n');
  execFileSync('head', ['-c', String(sizeBytes), '/dev/urandom'], { maxBuffer: sizeBytes + 1024, encoding: 'buffer' });
  execFileSync('sh', ['-c', `head -c ${sizeBytes} /dev/urandom > ${join(root, 'data', 'blob.bin')}`]);
  const tar = join(dir, 'rootfs.tar');
  execFileSync('tar', ['-C', root, '-cf', tar, '.']);
  return tar;
}

export interface RealRedis {
  url: string;
  stop(): Promise<void>;
}

/** Debian's `redis-server` on a free loopback port, no persistence. */
export async function startRedis(): Promise<RealRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'ig-redis-'));
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  await stopOnFailure(child, dir, () =>
    waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited: ${log}`);
      return log.includes('Ready to accept connections');
    }, 'redis-server'),
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The container test's stand-in for `node:24-bookworm-slim` (registries are not reachable from CI):
 * a `debootstrap --variant=minbase bookworm` root filesystem plus Node 24 from the npm registry's
 * `node` package and npm from its `npm` package, laid out as the official image has them
 * (/usr/local/bin/node, /usr/local/lib/node_modules/npm, /usr/local/bin/npm).
 *
 * The debootstrap tarball (about a minute to make) is cached outside the project, in
 * `$IMAGEGRAPH_CI_CACHE`, else /var/cache/imagegraph when writable, else ~/.cache/imagegraph-ci;
 * from nothing it is made again. Needs root (debootstrap) and the Debian mirror.
 */
export function cacheDir(): string {
  const candidates = [process.env.IMAGEGRAPH_CI_CACHE, '/var/cache/imagegraph', join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'imagegraph-ci')];
  for (const dir of candidates) {
    if (!dir) continue;
    try {
      mkdirSync(dir, { recursive: true });
      execFileSync('test', ['-w', dir]);
      return dir;
    } catch {
      // not writable: the next one
    }
  }
  throw new Error('no writable cache directory for the base image');
}

function sh(command: string, args: string[], cwd?: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** The cached minbase rootfs tarball, made when missing (atomically: a half-made one is never used). */
export function debootstrapTarball(cache = cacheDir()): string {
  const tarball = join(cache, 'bookworm-minbase.tar');
  if (existsSync(tarball)) return tarball;
  const work = mkdtempSync(join(tmpdir(), 'ig-debootstrap-'));
  try {
    const root = join(work, 'root');
    sh('debootstrap', ['--variant=minbase', 'bookworm', root, process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org/debian']);
    // What the official slim image leaves out too: downloaded packages and package lists.
    sh('sh', ['-c', `rm -rf ${root}/var/cache/apt/archives/*.deb ${root}/var/lib/apt/lists/* ${root}/var/log/*.log`]);
    sh('tar', ['--numeric-owner', '-C', root, '-cf', `${tarball}.part`, '.']);
    renameSync(`${tarball}.part`, tarball);
    return tarball;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The base image tarball for `docker import`: a copy of the cached rootfs with /usr/local appended
 * (Node 24 and npm from the npm registry). The caller removes the returned directory.
 */
export function baseImageTarball(): { dir: string; tarball: string; nodeVersion: string; env: string[] } {
  const cache = cacheDir();
  const rootfs = debootstrapTarball(cache);
  const dir = mkdtempSync(join(tmpdir(), 'ig-base-image-'));
  const prefix = join(cache, 'node24');
  mkdirSync(prefix, { recursive: true });
  sh('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', 'node@24']);
  const nodeVersion = sh(join(prefix, 'node_modules', 'node', 'bin', 'node'), ['--version']).trim();
  const local = join(dir, 'stage', 'usr', 'local');
  mkdirSync(join(local, 'bin'), { recursive: true });
  copyFileSync(join(prefix, 'node_modules', 'node', 'bin', 'node'), join(local, 'bin', 'node'));
  sh('chmod', ['0755', join(local, 'bin', 'node')]);
  // `npm install -g --prefix` makes lib/node_modules/npm and the relative bin/npm, bin/npx links.
  sh('npm', ['install', '-g', '--prefix', local, '--no-audit', '--no-fund', '--loglevel=error', 'npm@11']);
  // This machine reaches the npm registry through a TLS-intercepting proxy whose CA is in
  // NODE_EXTRA_CA_CERTS; the stand-in base carries it (as a company base image would), so `npm ci` in
  // the build works. The official base needs nothing: it has Debian's ca-certificates.
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  if (extraCa && existsSync(extraCa)) {
    mkdirSync(join(local, 'share', 'ca-certificates'), { recursive: true });
    copyFileSync(extraCa, join(local, 'share', 'ca-certificates', 'extra-ca.crt'));
  }
  const tarball = join(dir, 'base.tar');
  copyFileSync(rootfs, tarball);
  // Only paths the rootfs lacks (docker import refuses duplicates; /usr/local/bin and lib are there).
  sh('tar', ['--numeric-owner', '--owner=0', '--group=0', '-C', join(dir, 'stage'), '-rf', tarball, './usr/local/bin/node', './usr/local/bin/npm', './usr/local/bin/npx', './usr/local/lib/node_modules', ...(extraCa && existsSync(extraCa) ? ['./usr/local/share/ca-certificates/extra-ca.crt'] : [])]);
  rmSync(join(dir, 'stage'), { recursive: true, force: true });
  const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
  if (extraCa && existsSync(extraCa)) env.push('NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/extra-ca.crt');
  return { dir, tarball, nodeVersion, env };
}

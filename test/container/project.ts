import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A fresh copy of the project as a clone would have it: the files git tracks plus new files it does
 * not ignore (so uncommitted work is tested too), without node_modules, dist or anything ignored.
 */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(REPO_ROOT, f)));
  for (const file of files) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(dir, file));
  }
  return dir;
}

/** Runs a command in `cwd` and returns its output; a failure throws with the output's tail. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.message}\n${(e.stdout ?? '').slice(-3000)}\n${(e.stderr ?? '').slice(-3000)}`);
  }
}

/** The environment `npm start` gets on a machine with no provider credentials (sandbox mode). */
export function sandboxEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  for (const name of Object.keys(env)) {
    if (/^(CYCLE_|SWR_|HUAWEICLOUD_|ALIBABA_CLOUD_|PAI_|TAC_|CSP_|REDIS_URL|GATEWAY_|DOCKER_|NODE_ENV$|CORS_)/.test(name)) delete env[name];
  }
  return env;
}

export interface StartedServer {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts `command` in its own process group (so `npm start`'s shell and node go together) and waits
 * for the gateway's "listening on" line; `stop()` ends the whole group.
 */
export async function startServer(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<StartedServer> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening on" line in ${timeoutMs} ms`)), timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}`));
      });
      createInterface({ input: child.stdout! }).on('line', (line) => {
        output.push(line);
        const m = /listening on (http:\/\/[^/\s]+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    return { child, origin, output, stop };
  } catch (err) {
    await stop();
    throw new Error(`${command} ${args.join(' ')}: ${(err as Error).message}\n${output.join('\n')}`);
  }
}

/** A query every sandbox answers from its emulators (TAC is never the real engine). */
export const SANDBOX_QUERY = '{ providers { provider mode healthy } baseImages(first: 2) { edges { node { id } } } }';

export async function postQuery(origin: string, query: string): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

/**
 * The devDependencies no production dependency needs (the lock file marks them `dev`): none of them
 * may be installed after `npm prune --omit=dev`. (`@graphql-typed-document-node/core`, for one, is
 * also a production dependency of a production dependency, so it stays.)
 */
export function devOnlyPackages(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.keys(pkg.devDependencies).filter((name) => lock.packages[`node_modules/${name}`]?.dev === true);
}

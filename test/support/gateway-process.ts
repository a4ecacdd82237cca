import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from './components.js';

export interface GatewayProcess {
  /** `http://127.0.0.1:PORT` (no path). */
  origin: string;
  /** `${origin}/graphql` */
  url: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far, raw (whatever the log format). */
  output(): string;
  /** Resident set size now, from /proc (KiB). */
  rssKiB(): number;
  stop(): Promise<{ code: number | null; output: string }>;
}

/**
 * The real gateway as `npm start` runs it (`src/server.ts`, loaded through tsx as in development),
 * with only `env` (plus PATH/HOME) as its environment, on a free loopback port. Readiness is
 * `/healthz` answering, not a log line: the log format is not this harness's business.
 */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GATEWAY_SANDBOX: 'off', DOCKER_HOST: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited ${child.exitCode}: ${output}`);
    if (Date.now() - started > 45_000) {
      child.kill('SIGKILL');
      throw new Error(`gateway did not answer /healthz in 45 s: ${output}`);
    }
    const ok = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    origin,
    url: `${origin}/graphql`,
    pid: child.pid!,
    output: () => output,
    rssKiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN),
    stop: () => stopChild(child, () => output),
  };
}

function stopChild(child: ChildProcess, output: () => string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, output: output() });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // Let the last piped output arrive.
      setTimeout(() => resolve({ code, output: output() }), 50);
    });
    child.kill('SIGTERM');
  });
}

/** Runs `src/server.ts` with `env` expecting it to refuse to start; resolves with its exit code and output. */
export function runGatewayExpectingExit(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GATEWAY_SANDBOX: 'off', DOCKER_HOST: '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      setTimeout(() => resolve({ code, output }), 50);
    });
  });
}

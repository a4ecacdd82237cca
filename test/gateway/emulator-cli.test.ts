import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { GwProviderModesDocument } from '../generated/graphql.js';
import { startTestGateway } from '../support/gateway.js';

/** `npm run emulator -- <name>`: one JSON line whose `env` makes the gateway use that emulator as LIVE. */
describe('emulator CLI', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGTERM');
  });

  async function start(name: string): Promise<{ provider: string; url: string; env: Record<string, string> }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulators/cli.ts', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no start line`)), 20_000);
      createInterface({ input: child.stdout! }).once('line', (l) => {
        clearTimeout(timer);
        resolve(l);
      });
    });
    return JSON.parse(line) as { provider: string; url: string; env: Record<string, string> };
  }

  it.each([
    ['docker', 'DOCKER'],
    ['cycle', 'CYCLE'],
    ['swr', 'SWR'],
    ['pai', 'PAI'],
    ['tac', 'TAC'],
  ])('%s prints its env, and the gateway given that env calls it as a LIVE provider', async (name, provider) => {
    const started = await start(name);
    expect(started.provider).toBe(name);
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const gw = await startTestGateway(started.env);
    try {
      const res = await gw.execute({ document: GwProviderModesDocument });
      expect(res.data?.providers.find((p) => p.provider === provider)).toEqual({ provider, mode: 'LIVE', healthy: true });
    } finally {
      await gw.close();
    }
  }, 40_000);

  it('refuses an unknown emulator name with exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulators/cli.ts', 'nope'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
  }, 20_000);
});

/**
 * Runs one emulator on its own: `npm run emulator -- <docker|cycle|swr|pai|tac> [--port N]`.
 * Prints exactly one JSON line `{"provider","url","env"}` once listening, then serves until SIGINT/SIGTERM.
 */
import type { RunningEmulator } from './kit.js';
import { EMULATORS } from './sandbox.js';

/** Each provider's start function by its command-line name (the one table: sandbox.ts). */
const PROVIDERS: Record<string, () => Promise<(options: { port?: number }) => Promise<RunningEmulator>>> = Object.fromEntries(Object.values(EMULATORS).map((e) => [e.name, e.load]));

const USAGE = `usage: npm run emulator -- <${Object.keys(PROVIDERS).join('|')}> [--port N]`;

function parseArgs(argv: string[]): { provider: string; port: number | undefined } {
  let provider: string | undefined;
  let port: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[(i += 1)] : arg.slice('--port='.length);
      port = Number(value);
      if (value === undefined || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number 0-65535, got ${value ?? 'nothing'}`);
    } else if (arg === '--help' || arg === '-h') {
      throw new Error(USAGE);
    } else if (provider === undefined && !arg.startsWith('-')) {
      provider = arg;
    } else {
      throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    }
  }
  if (provider === undefined || !(provider in PROVIDERS)) throw new Error(provider === undefined ? USAGE : `unknown provider ${provider}\n${USAGE}`);
  return { provider, port };
}

async function main(): Promise<void> {
  const { provider, port } = parseArgs(process.argv.slice(2));
  const load = PROVIDERS[provider];
  if (!load) throw new Error(USAGE);
  const start = await load();
  const emulator = await start(port === undefined ? {} : { port });
  process.stdout.write(`${JSON.stringify({ provider: emulator.provider, url: emulator.url, env: emulator.env })}\n`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`error while closing: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});

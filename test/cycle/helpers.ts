import type { RunningCycleEmulator } from '../../src/emulators/cycle/index.js';

export interface CycleAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A loose view of Cycle's root document, enough for assertions. */
export interface CycleDoc {
  data: unknown;
  includes?: Record<string, Record<string, unknown>>;
  error?: { status: number; code: string; title: string; detail?: string; source?: string; extra?: { capability?: string } };
}

/** Calls the emulator over HTTP with the default key and hub unless `headers` says otherwise. */
export async function cycleCall(
  emu: RunningCycleEmulator,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; auth?: boolean } = {},
): Promise<CycleAnswer<CycleDoc>> {
  const headers: Record<string, string> = {
    ...(options.auth === false ? {} : { authorization: `Bearer ${emu.state.apiKey}`, 'x-hub-id': emu.state.hubId }),
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(options.headers ?? {}),
  };
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as CycleDoc };
}

export type Rec = Record<string, unknown>;

export function rec(value: unknown): Rec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return value as Rec;
}

export function list(value: unknown): Rec[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value.map(rec);
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, stepMs = 10): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

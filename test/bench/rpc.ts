/**
 * A minimal request/answer channel over Node's IPC, so the bench can run the upstream emulators and
 * the gateway in processes of their own (the load generator would otherwise share their event loop
 * and its own JSON parsing would show up as "gateway overhead").
 */
import { fork, type ChildProcess } from 'node:child_process';

/** A worker's commands: one argument in, a structured-cloneable answer out. */
export type Api = Record<string, (arg: never) => unknown>;

interface Call {
  id: number;
  cmd: string;
  arg: unknown;
}

type Answer = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface WorkerHandle<A extends Api> {
  pid: number;
  call<K extends keyof A & string>(cmd: K, ...arg: Parameters<A[K]> extends [] ? [] : [Parameters<A[K]>[0]]): Promise<Awaited<ReturnType<A[K]>>>;
  /** Asks the worker to close its servers and exit; kills it (by pid) if it has not after 5 s. */
  stop(): Promise<void>;
}

/** Forks `file` under tsx (plus `execArgv`, with `env` added) and resolves once it reported ready. */
export async function startWorker<A extends Api>(file: string, options: { execArgv?: string[]; env?: Record<string, string> } = {}): Promise<WorkerHandle<A>> {
  const child: ChildProcess = fork(file, [], {
    execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`worker ${file} exited (${code}) with a call pending`));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      if (m === 'ready') {
        child.off('message', onMessage);
        resolve();
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`worker ${file} exited (${code}) before it was ready`)));
  });
  child.on('message', (m: Answer) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  });
  return {
    pid: child.pid!,
    call(cmd, ...arg) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, arg: arg[0] } satisfies Call);
      });
    },
    async stop() {
      if (exited) return;
      child.send({ id: -1, cmd: '__stop', arg: undefined } satisfies Call);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Worker side: answers calls with `handlers`; `onStop` runs before the process exits. */
export function serveWorker(handlers: Api, onStop: () => Promise<void>): void {
  process.on('message', (m: Call) => {
    if (m.cmd === '__stop') {
      void onStop().finally(() => process.exit(0));
      return;
    }
    const handler = handlers[m.cmd] as ((arg: unknown) => unknown) | undefined;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${m.cmd}`);
        return handler(m.arg);
      })
      .then(
        (result) => process.send!({ id: m.id, ok: true, result } satisfies Answer),
        (err: unknown) => process.send!({ id: m.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies Answer),
      );
  });
  // The parent going away (Ctrl-C, crash) must not leave servers behind.
  process.on('disconnect', () => void onStop().finally(() => process.exit(0)));
  process.send!('ready');
}

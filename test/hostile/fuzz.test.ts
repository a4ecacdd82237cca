import { connect } from 'node:net';
import { getOperationAST, getVariableValues, parse, validate, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { guardProcess } from '../support/process-guard.js';
import { attachGraphqlWs } from '../support/ws.js';

/**
 * A seeded grammar- and mutation-based fuzzer (issue 13) against a real listener whose five providers
 * are the emulators. It sends documents built from a small grammar of this schema, mutations of them
 * (cut, spliced, renumbered, renamed, nested, aliased, fragment-doubled), random variables, raw bodies,
 * content types and methods, GraphQL multipart uploads (hostile maps, duplicate fields, cut and aborted
 * bodies), SSE subscriptions and graphql-ws frames, one at a time, and checks after each:
 * - the process lives (no uncaught exception: `guardProcess`), and answers /healthz at the end;
 * - no 5xx, and no "Unexpected error." for a client mistake;
 * - a request refused before execution (no `data` in the answer) made no upstream call;
 * - no request took 1 s or more (one that did is sent again once; two in a row fail). GraphiQL's page
 *   (GET with `accept: text/html`, a multi-megabyte bundle) is not a GraphQL request and is not sent.
 * FUZZ_SEED and FUZZ_REQUESTS change the run; the figures are printed (the README quotes them).
 */

const guard = guardProcess();

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000);
/** Wall-clock bound for the whole run (about 45 s alone; 130 s beside the whole suite on a loaded VM); reaching it fails the test. */
const TIME_LIMIT_MS = 240_000;
const SLOW_MS = 1000;

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

// ── The grammar ──────────────────────────────────────────────────────────────────────────────────

const DOCKER_ID = encodeId('DockerImage', 'DOCKER', 'sha256:' + '0'.repeat(64));
const IDS = [
  DOCKER_ID,
  encodeId('CycleImage', 'CYCLE', 'img-1'),
  encodeId('Repository', 'SWR', 'acme/api'),
  encodeId('Job', 'DOCKER', 'nope'),
  encodeId('DockerImage', 'CYCLE', 'x'),
  encodeId('constructor', 'DOCKER', 'x'),
  encodeId('DockerImage', 'DOCKER', '..'),
  'bm90LWFuLWlk',
  '',
  '%%%',
];
const NUMBERS = ['0', '1', '5', '20', '100', '101', '-1', '2147483648', '1e9', '3.5', 'null', '"7"'];

/** Root selections of the schema, `$N` a page size and `$ID` an id filled in by the generator. */
const ROOTS = [
  '__typename',
  'providers { provider mode healthy apiVersion error }',
  'images(first: $N) { edges { cursor node { id __typename name provider ... on DockerImage { repoTags sizeBytes } } } pageInfo { hasNextPage endCursor } }',
  'images(first: $N, filter: { providers: [DOCKER] }) { edges { node { id ... on DockerImage { architecture os } } } }',
  'jobs(first: $N) { edges { node { id state action progress } } }',
  'imageBuilds(first: $N) { edges { node { id status provider } } }',
  'repositories(first: $N) { totalCount edges { node { id name namespace tags(first: 2) { edges { node { name } } } } } }',
  'baseImages(first: $N) { edges { node { id name operatingSystem { name } } } }',
  'registries(first: $N) { edges { node { id name } } }',
  'cycleImageSources(first: $N) { edges { node { id name } } }',
  'namespaces { id name access }',
  'node(id: "$ID") { id __typename }',
  'nodes(ids: ["$ID", "$ID"]) { id }',
  'images(first: 2, after: "$CURSOR") { edges { cursor } }',
  'jobs(first: 2, after: "$CURSOR") { edges { cursor } }',
  'repositories(first: 2, after: "$CURSOR") { edges { cursor } }',
  'baseImages(first: 2, after: "$CURSOR") { edges { cursor } }',
];
/** Cursors as a client might forge them: JSON of the merged lists' shape with hostile values, offsets, junk. */
const CURSORS = [
  ...[
    { DOCKER: { pos: null, skip: 'x' } },
    { DOCKER: { pos: {}, skip: 0 } },
    { CYCLE: { pos: '2:10', skip: -1 } },
    { PAI: { pos: '1', skip: 1e12 } },
    { AZURE: { pos: null, skip: 0 } },
    { DOCKER: { pos: '3', skip: 1 }, CYCLE: { pos: null, skip: 0, done: true } },
    [],
    5,
  ].map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  Buffer.from('{"__proto__":{"pos":null,"skip":0}}').toString('base64url'),
  Buffer.from('offset:-1').toString('base64url'),
  Buffer.from('offset:99999999999999999999').toString('base64url'),
  Buffer.from('page:100:1:0').toString('base64url'),
  '',
  '!!!',
];
const MUTATIONS = [
  'tagImage(input: { id: "$ID", repository: "fuzz/x" }) { __typename ... on Error { message code } }',
  'deleteImage(input: { id: "$ID" }) { __typename ... on Error { message } }',
  'createNamespace(input: { name: "Bad Name!" }) { __typename ... on Error { message } }',
];
const SUBSCRIPTIONS = ['jobUpdated(jobId: "$ID") { id state }', 'buildLog(buildId: "$ID") { lines { number text } status }'];
const VARIABLE_DOCS = [
  ['query($n: Int) { images(first: $n) { edges { cursor } } }', 'n'],
  ['query($ids: [ID!]!) { nodes(ids: $ids) { id } }', 'ids'],
  ['query($f: ImageFilter) { images(first: 3, filter: $f) { edges { cursor } } }', 'f'],
  ['query($p: [Provider!]) { images(first: 2, filter: { providers: $p }) { edges { cursor } } }', 'p'],
  ['mutation($i: TagImageInput!) { tagImage(input: $i) { __typename } }', 'i'],
] as const;

function fill(r: Rng, template: string): string {
  return template
    .replaceAll('$N', () => r.pick(['1', '2', '5', '10', r.pick(NUMBERS)]))
    .replaceAll('$ID', () => r.pick(IDS))
    .replaceAll('$CURSOR', () => r.pick(CURSORS));
}

function validDocument(r: Rng): string {
  if (r.chance(0.1)) return `mutation { ${fill(r, r.pick(MUTATIONS))} }`;
  const fields = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const root = fill(r, r.pick(ROOTS));
    return r.chance(0.3) || i > 0 ? `a${i}: ${root}` : root;
  });
  if (r.chance(0.2)) return `query Q { ...F } fragment F on Query { ${fields.join(' ')} }`;
  return `{ ${fields.join(' ')} }`;
}

const JUNK = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '"', '#', ',', '...', '\n', '\u0000', 'é', '\\', '__proto__', 'constructor', 'fragment', 'on', 'query', '"""', '1e999', '-'];

/** Mutates a document's text: cut, insert, duplicate, renumber, rename, nest, alias or double fragments. */
function mutateDocument(r: Rng, doc: string): string {
  const at = () => r.int(0, doc.length);
  switch (r.int(0, 9)) {
    case 0: {
      const i = at();
      return doc.slice(0, i) + doc.slice(i + r.int(1, 8));
    }
    case 1: {
      const i = at();
      return doc.slice(0, i) + r.pick(JUNK) + doc.slice(i);
    }
    case 2: {
      const i = at();
      const j = Math.min(doc.length, i + r.int(1, 40));
      return doc.slice(0, j) + doc.slice(i, j) + doc.slice(j);
    }
    case 3:
      return doc.replace(/\b\d+\b/, () => r.pick(['-1', '101', '99999999999', '1.5', '0', '2147483648']));
    case 4:
      return doc.replace(/\b[a-z][A-Za-z]*\b/, () => r.pick(['__proto__', 'constructor', 'toString', 'imagez', '__schema', '__type', 'valueOf', 'x'.repeat(r.int(1, 300))]));
    case 5: {
      const n = r.int(1, 20);
      return `{ ${'node(id: "x") { ... on Job { image { ... on DockerImage { repository { '.repeat(n)}id${' } } } } }'.repeat(n)} }`;
    }
    case 6:
      return `{ ${Array.from({ length: r.int(10, 45) }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    case 7: {
      const n = r.int(3, 30);
      return `${Array.from({ length: n }, (_, i) => (i === n - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)).join(' ')} query { ...F0 }`;
    }
    case 8:
      return `{ ${'images(first: 1) { edges { node { ... on DockerImage { repository { tags { edges { node { name '.repeat(r.int(1, 3))} }`;
    default:
      return doc.split('').reverse().join('');
  }
}

/** A random JSON value, sometimes hostile. */
function randomJson(r: Rng, depth = 0): unknown {
  switch (r.int(0, depth > 2 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return r.pick([0, -1, 1, 101, 2 ** 31, 1e308, 3.5, Number.MAX_SAFE_INTEGER + 2]);
    case 2:
      return r.pick(['', 'DOCKER', 'DOCKR', DOCKER_ID, 'x'.repeat(r.int(1, 2000)), '__proto__', '2024-01-01T00:00:00Z']);
    case 3:
      return r.chance(0.5);
    case 4:
      return r.pick(IDS);
    case 5:
      return [];
    case 6:
      return Array.from({ length: r.int(0, r.chance(0.1) ? 150 : 4) }, () => randomJson(r, depth + 1));
    case 7:
      return JSON.parse(`{"__proto__": ${JSON.stringify(randomJson(r, depth + 1)) ?? 'null'}, "constructor": {"prototype": {"polluted": 1}}}`);
    default:
      return Object.fromEntries(Array.from({ length: r.int(0, 4) }, () => [r.pick(['providers', 'search', 'id', 'repository', 'tag', 'x', 'createdAfter']), randomJson(r, depth + 1)]));
  }
}

// ── Requests ─────────────────────────────────────────────────────────────────────────────────────

interface Outcome {
  kind: string;
  /** What was sent, shortened (for failure messages). */
  sent?: string;
  status: string;
  ms: number;
  /** The answer had no `data`: refused before execution, so it must have cost no upstream call. */
  refused: boolean;
  text: string;
  /** Variables graphql-js refuses to coerce for the document (answered BAD_USER_INPUT; counted for the figures). */
  badVariables?: boolean;
  /** A GET whose `variables` parameter is not JSON (answered BAD_REQUEST; counted for the figures). */
  badGetVariables?: boolean;
  /** Sends the same request again and times it (a request over 1 s is retried once before it counts: the machine is shared). */
  replay?: () => Promise<number>;
}

const BOUNDARY = '----imagegraph-fuzz';
function form(parts: { name: string; value: string; filename?: string }[], closed = true): string {
  let out = '';
  for (const p of parts) out += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n${p.value}\r\n`;
  return closed ? `${out}--${BOUNDARY}--\r\n` : out;
}

const IMPORT = 'mutation($file: Upload!) { importImage(input: { file: $file, repository: "fuzz/upload", tag: "v1" }) { __typename ... on Error { message } } }';

function multipartBody(r: Rng): { body: string; closed: boolean } {
  const operations = r.pick([
    JSON.stringify({ query: IMPORT, variables: { file: null } }),
    JSON.stringify({ query: IMPORT, variables: r.pick(['file', 5, null, [], { file: { nested: null } }]) }),
    JSON.stringify([{ query: IMPORT }]),
    JSON.stringify({ query: mutateDocument(r, IMPORT), variables: { file: null } }),
    '{',
    '5',
  ]);
  const map = r.pick([
    '{"0":["variables.file"]}',
    '{"0":["variables.__proto__.Zed"]}',
    '{"0":["variables.constructor.prototype.Zed"]}',
    '{"0":["variables.file.x"]}',
    '{"0":5}',
    '{"0":[5]}',
    '{"__proto__":["variables.file"]}',
    '[]',
    '{"0":["variables.file"],"1":["variables.file"]}',
    'null',
  ]);
  const parts: { name: string; value: string; filename?: string }[] = [{ name: 'operations', value: operations }];
  if (r.chance(0.1)) parts.push({ name: 'operations', value: r.pick([operations, '{"query":"{ x"}']) });
  if (!r.chance(0.05)) parts.push({ name: 'map', value: map });
  if (r.chance(0.1)) parts.push({ name: 'map', value: '{"0":5}' });
  if (r.chance(0.05)) parts.push({ name: 'junk', value: 'x' });
  if (!r.chance(0.1)) parts.push({ name: r.pick(['0', '0', '1', '__proto__']), value: 'x'.repeat(r.int(0, 4096)), filename: 'rootfs.tar' });
  const closed = !r.chance(0.15);
  let body = form(parts, closed);
  if (!closed) body = body.slice(0, Math.max(10, body.length - r.int(0, 60)));
  return { body, closed };
}

describe('fuzz', () => {
  let gw: TestGateway;
  let disposeWs: () => Promise<void>;
  const emulators: { requests: { method: string; path: string; requestId?: string }[]; close(): Promise<void> }[] = [];
  /** The upstream calls made on behalf of one client request: the gateway sends its `x-request-id` upstream with each. */
  const callsOf = (requestId: string) => emulators.flatMap((e) => e.requests.filter((q) => q.requestId === requestId).map((q) => `${q.method} ${q.path}`));
  const upstreamCalls = () => emulators.reduce((n, e) => n + e.requests.length, 0);

  beforeAll(async () => {
    const started = await Promise.all([startDockerEmulator(), startCycleEmulator(), startSwrEmulator(), startPaiEmulator(), startTacEmulator()]);
    emulators.push(...started);
    gw = await startTestGateway(Object.assign({}, ...started.map((e) => e.env)) as Record<string, string>);
    disposeWs = attachGraphqlWs(gw.yoga, gw.server);
  });
  afterAll(async () => {
    await disposeWs?.();
    await gw?.close();
    await Promise.all(emulators.map((e) => e.close()));
  });

  it('the grammar produces valid documents', () => {
    const r = rng(SEED);
    for (let i = 0; i < 200; i++) {
      const doc = validDocument(r);
      if (/(first: (101|-1|2147483648|1e9|3\.5|"7"))/.test(doc)) continue; // argument values a resolver or the parser refuses
      expect(validate(schema, parse(doc)), doc).toEqual([]);
    }
  });

  it(`answers ${REQUESTS} generated requests: no exit, no 5xx, no masked client mistake, no upstream call when refused, none ≥ 1 s`, async () => {
    const r = rng(SEED);
    const outcomes: Outcome[] = [];
    const failures: string[] = [];
    /** Requests that took ≥ 1 s once and were sent again. */
    const slowOnce: string[] = [];
    const started = Date.now();
    const base = gw.url.replace('/graphql', '');
    let ws: { socket: WebSocket; messages: Map<string, { type: string; payload?: unknown }[]>; open: Promise<boolean> } | undefined;

    let requestId = '';
    /** One HTTP request, timed to the end of its body. */
    async function http(kind: string, init: { method?: string; headers?: Record<string, string>; body?: string; path?: string }, extra: Partial<Outcome> = {}): Promise<Outcome> {
      const send = () => fetch(`${base}${init.path ?? '/graphql'}`, { method: init.method ?? 'POST', headers: { ...init.headers, 'x-request-id': requestId }, body: init.body, signal: AbortSignal.timeout(10_000) });
      const replay = async () => {
        const again = performance.now();
        await (await send()).text();
        return performance.now() - again;
      };
      const t = performance.now();
      const res = await send();
      const text = await res.text();
      let refused = res.status >= 400;
      if (text.startsWith('{')) {
        try {
          refused = !('data' in (JSON.parse(text) as object));
        } catch {
          // not JSON: judged by status
        }
      }
      return { kind, sent: `${init.method ?? 'POST'} ${init.path ?? ''} ${JSON.stringify(init.headers ?? {})} ${(init.body ?? '').slice(0, 200)}`, status: String(res.status), ms: performance.now() - t, refused, text, replay, ...extra };
    }

    /** A graphql-over-HTTP POST of a document and variables, with a random accept header. */
    function graphql(kind: string, body: unknown, extra: Partial<Outcome> = {}) {
      const accept = r.pick(['application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', '*/*']);
      return http(kind, { headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) }, extra);
    }

    /** Whether graphql-js would refuse these variables for this document (the oracle for issue 11's masked coercion errors). */
    function variablesRefused(doc: string, variables: unknown): boolean {
      try {
        const document: DocumentNode = parse(doc);
        const op = getOperationAST(document);
        if (!op || validate(schema, document).length) return false;
        return 'errors' in getVariableValues(schema, op.variableDefinitions ?? [], (variables ?? {}) as Record<string, unknown>);
      } catch {
        return false;
      }
    }

    async function rawMultipart(body: string, mode: 'end' | 'destroy'): Promise<Outcome> {
      const t = performance.now();
      const port = Number(new URL(gw.url).port);
      const text = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          const length = mode === 'destroy' ? Buffer.byteLength(body) + 5000 : Buffer.byteLength(body);
          socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nx-request-id: ${requestId}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\ngraphql-require-preflight: 1\r\nContent-Length: ${length}\r\n\r\n${body}`);
          if (mode === 'destroy') setTimeout(() => (socket.destroy(), resolve('')), 5);
        });
        let received = '';
        socket.on('data', (d) => {
          received += d.toString();
          const length = /content-length: (\d+)/i.exec(received)?.[1];
          const head = received.indexOf('\r\n\r\n');
          if (length && head >= 0 && Buffer.byteLength(received) - head - 4 >= Number(length)) socket.destroy();
        });
        socket.on('error', () => resolve(received));
        socket.on('close', () => resolve(received));
        socket.setTimeout(3000, () => socket.destroy());
      });
      const status = mode === 'destroy' ? 'aborted' : (/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 'no answer');
      return { kind: `multipart-raw-${mode}`, status, ms: performance.now() - t, refused: false, text, replay: async () => (await rawMultipart(body, mode)).ms };
    }

    async function sseAttempt(doc: string): Promise<Outcome> {
      const controller = new AbortController();
      const t = performance.now();
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-request-id': requestId }, body: JSON.stringify({ query: doc }), signal: controller.signal });
      let text = '';
      if (!res.headers.get('content-type')?.startsWith('text/event-stream')) text = await res.text();
      else {
        // Time to the first event (or to the headers, for a subscription that waits for one).
        const reader = res.body!.getReader();
        const first = await Promise.race([reader.read(), new Promise<undefined>((resolve) => setTimeout(resolve, 20))]);
        text = first && 'value' in first && first.value ? Buffer.from(first.value).toString() : '';
      }
      const ms = performance.now() - t;
      controller.abort();
      let refused = res.status >= 400;
      if (text.startsWith('{')) refused = !text.includes('"data"');
      return { kind: 'sse', sent: doc.slice(0, 200), status: String(res.status), ms, refused, text, replay: async () => (await sseAttempt(doc)).ms };
    }

    function sse(): Promise<Outcome> {
      const doc = r.chance(0.8) ? `subscription { ${fill(r, r.pick(SUBSCRIPTIONS))} }` : mutateDocument(r, `subscription { ${fill(r, r.pick(SUBSCRIPTIONS))} }`);
      return sseAttempt(doc);
    }

    function openWs() {
      const socket = new WebSocket(gw.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const messages = new Map<string, { type: string; payload?: unknown }[]>();
      socket.on('message', (data) => {
        let m: { id?: string; type: string; payload?: unknown };
        try {
          m = JSON.parse(data.toString()) as typeof m;
        } catch {
          return;
        }
        const list = messages.get(m.id ?? '') ?? [];
        list.push(m);
        messages.set(m.id ?? '', list);
      });
      socket.on('error', () => undefined);
      const open = new Promise<boolean>((resolve) => {
        socket.once('open', () => {
          socket.send(JSON.stringify({ type: 'connection_init' }));
          resolve(true);
        });
        socket.once('close', () => resolve(false));
      });
      return { socket, messages, open };
    }

    let wsOps = 0;
    async function wsFrame(): Promise<Outcome> {
      if (!ws || ws.socket.readyState !== WebSocket.OPEN) {
        ws = openWs();
        await ws.open;
        const until = Date.now() + 1000;
        while (!ws.messages.get('')?.some((m) => m.type === 'connection_ack') && Date.now() < until && ws.socket.readyState === WebSocket.OPEN) await new Promise((res) => setTimeout(res, 2));
      }
      const id = `op${wsOps++}`;
      const roll = r.int(0, 9);
      if (roll <= 6) {
        const query = roll <= 3 ? validDocument(r) : mutateDocument(r, validDocument(r));
        const variables = r.chance(0.2) ? randomJson(r) : undefined;
        const attempt = async (opId: string): Promise<Outcome> => {
          const socket = ws!;
          const t0 = performance.now();
          socket.socket.send(JSON.stringify({ id: opId, type: 'subscribe', payload: { query, variables } }));
          const until = Date.now() + 5000;
          const done = () => socket.messages.get(opId)?.some((m) => m.type === 'complete' || m.type === 'error') || socket.socket.readyState !== WebSocket.OPEN;
          while (!done() && Date.now() < until) await new Promise((res) => setTimeout(res, 1));
          const ms = performance.now() - t0;
          const got = socket.messages.get(opId) ?? [];
          const status = socket.socket.readyState !== WebSocket.OPEN ? 'ws-closed' : got.find((m) => m.type === 'error') ? 'ws-error' : got.length ? 'ws-next' : 'ws-no-answer';
          // Refusals over graphql-ws are not checked for upstream calls: every operation of a socket shares its request id.
          const open = socket.socket.readyState === WebSocket.OPEN;
          return { kind: 'ws-subscribe', sent: query.slice(0, 200), status, ms, refused: false, text: JSON.stringify(got), replay: open ? async () => (await attempt(`${opId}-again`)).ms : undefined };
        };
        return attempt(id);
      }
      // Protocol noise: the server may close the socket (4400) as the protocol says; it must not fall over.
      const frame = r.pick([
        '{"type":"ping"}',
        '{"type":"pong"}',
        'not json',
        '{"type":"subscribe","id":"dup","payload":{"query":"{ __typename }"}}',
        '{"type":"subscribe","id":"dup","payload":{"query":"{ __typename }"}}',
        '{"type":"subscribe","payload":{}}',
        '{"type":"complete","id":"nope"}',
        '{"type":"connection_init"}',
        `{"type":"subscribe","id":"${id}","payload":{"query":5}}`,
        '{"__proto__":{"type":"x"}}',
      ]);
      const t = performance.now();
      ws.socket.send(frame);
      await new Promise((res) => setTimeout(res, 2));
      return { kind: 'ws-frame', status: ws.socket.readyState === WebSocket.OPEN ? 'ws-open' : 'ws-closed', ms: performance.now() - t, refused: false, text: '' };
    }

    async function one(): Promise<Outcome> {
      const roll = r.next();
      if (roll < 0.22) return graphql('valid', { query: validDocument(r) });
      if (roll < 0.45) return graphql('mutated', { query: mutateDocument(r, validDocument(r)), variables: r.chance(0.1) ? randomJson(r) : undefined });
      if (roll < 0.57) {
        const [doc] = r.pick(VARIABLE_DOCS);
        const variables = r.chance(0.15) ? randomJson(r) : Object.fromEntries([[r.pick(VARIABLE_DOCS)[1], randomJson(r)]]);
        const body = { query: doc, variables };
        return graphql('variables', body, { badVariables: variablesRefused(doc, variables) });
      }
      if (roll < 0.66) {
        const body = r.pick([
          '',
          '{',
          'null',
          '[]',
          '5',
          '"query"',
          JSON.stringify({ query: 5 }),
          JSON.stringify({ query: '{ __typename }', variables: 'x' }),
          JSON.stringify({ query: '{ __typename }', operationName: 7 }),
          JSON.stringify({ query: '{ __typename }', extensions: 'x' }),
          JSON.stringify({ query: '{ __typename }', __proto__: { x: 1 } }),
          '{"query":"{ __typename }","__proto__":{"polluted":1}}',
          JSON.stringify([{ query: '{ __typename }' }, { query: '{ providers { provider } }' }]),
          JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
          JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }),
          JSON.stringify({ query: '{ __typename }', documentId: 'nope' }),
          Buffer.from(Array.from({ length: r.int(1, 64) }, () => r.int(0, 255))).toString('latin1'),
        ]);
        return http('body', { headers: { 'content-type': 'application/json' }, body });
      }
      if (roll < 0.74) {
        const method = r.pick(['GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST']);
        const query = r.chance(0.5) ? validDocument(r) : mutateDocument(r, validDocument(r));
        if (method === 'GET') {
          const qs = r.pick([`query=${encodeURIComponent(query)}`, `query=${encodeURIComponent(query)}&variables=%7B`, 'variables=%7B%7D', `query=${encodeURIComponent('mutation { __typename }')}`, 'query=']);
          return http('method', { method, path: `/graphql?${qs}`, headers: { accept: r.pick(['application/json', 'application/graphql-response+json', '*/*']) } }, { badGetVariables: qs.endsWith('variables=%7B') });
        }
        const type = r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql', 'application/xml', '', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/json; charset=utf-16']);
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        if (r.chance(0.5)) headers['graphql-require-preflight'] = '1';
        return http('content-type', { method, headers, body: method === 'OPTIONS' ? undefined : r.pick([JSON.stringify({ query }), query, `query=${encodeURIComponent(query)}`]) });
      }
      if (roll < 0.86) {
        const { body } = multipartBody(r);
        const mode = r.next();
        if (mode < 0.08) return rawMultipart(body, 'destroy');
        if (mode < 0.16) return rawMultipart(body, 'end');
        const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
        if (!r.chance(0.05)) headers['graphql-require-preflight'] = '1';
        return http('multipart', { headers, body });
      }
      if (roll < 0.92) return sse();
      return wsFrame();
    }

    while (outcomes.length < REQUESTS) {
      requestId = `fuzz-${SEED}-${outcomes.length}`;
      if (Date.now() - started > TIME_LIMIT_MS) {
        failures.push(`time limit: only ${outcomes.length} requests in ${TIME_LIMIT_MS} ms`);
        break;
      }
      let outcome: Outcome;
      try {
        outcome = await one();
      } catch (err) {
        outcome = { kind: 'client', status: `client error: ${err instanceof Error ? err.message : String(err)}`, ms: 0, refused: false, text: '' };
        failures.push(`#${outcomes.length} ${outcome.status}`);
      }
      const calls = callsOf(requestId);
      outcomes.push(outcome);
      const where = `#${outcomes.length - 1} ${outcome.kind} ${outcome.status} [${outcome.sent ?? ''}]`;
      const status = Number(outcome.status);
      const masked = outcome.text.includes('Unexpected error.');
      // Every client mistake has its code now (variables that do not coerce: BAD_USER_INPUT; a GET whose
      // variables are not JSON: BAD_REQUEST): any masked answer to one is a failure.
      if (status >= 500) failures.push(`${where}: 5xx ${outcome.text.slice(0, 300)}`);
      if (masked) failures.push(`${where}: masked client mistake ${outcome.text.slice(0, 300)}`);
      if (outcome.refused && calls.length) failures.push(`${where}: refused yet made upstream calls ${JSON.stringify(calls)} ${outcome.text.slice(0, 200)}`);
      if (outcome.ms >= SLOW_MS && outcome.replay) {
        const again = await outcome.replay();
        slowOnce.push(`${Math.round(outcome.ms)} ms then ${Math.round(again)} ms`);
        if (again < SLOW_MS) outcome.ms = again;
      }
      if (outcome.ms >= SLOW_MS) failures.push(`${where}: took ${Math.round(outcome.ms)} ms`);
      if (failures.length > 20) break;
    }
    ws?.socket.close(1000);

    // Still alive and serving after all of it.
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const probe = await gw.raw('{ __typename }');
    expect(probe).toEqual({ data: { __typename: 'Query' } });
    expect(({} as Record<string, unknown>).Zed ?? ({} as Record<string, unknown>).polluted).toBeUndefined();

    const statuses = new Map<string, number>();
    for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
    const kinds = new Map<string, number>();
    for (const o of outcomes) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
    const badVariables = outcomes.filter((o) => o.badVariables).length;
    const badGetVariables = outcomes.filter((o) => o.badGetVariables).length;
    console.log(
      [
        `fuzz: seed ${SEED}, ${outcomes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${upstreamCalls()} upstream calls in all`,
        `fuzz: by kind ${JSON.stringify(Object.fromEntries([...kinds].sort()))}`,
        `fuzz: by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
        `fuzz: latency ms p50 ${pct(50).toFixed(1)}, p99 ${pct(99).toFixed(1)}, max ${(times.at(-1) ?? 0).toFixed(1)}; over 1 s once, then sent again: ${slowOnce.length ? slowOnce.join(', ') : 'none'}`,
        `fuzz: client mistakes answered with their code: variables that do not coerce ${badVariables}, GET with non-JSON variables ${badGetVariables}; uncaught exceptions: ${guard.caught.length}`,
      ].join('\n'),
    );
    expect(failures).toEqual([]);
    expect(outcomes.length).toBe(REQUESTS);
    expect(guard.caught).toEqual([]);
  }, TIME_LIMIT_MS + 30_000);
});

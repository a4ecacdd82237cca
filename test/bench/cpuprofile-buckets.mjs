// Splits a V8 .cpuprofile's busy time into what a request pays for (issue 15), so that the gateway's
// profile can be set beside the `{ hello }` server's of the same run, bucket by bucket (BUCKETS says how
// a sample is assigned). With the CPU per request the bench measured, the shares become µs per request.
// Usage: node test/bench/cpuprofile-buckets.mjs <file.cpuprofile>[=<cpu µs per request>] …
import { readFileSync } from 'node:fs';

const pkgOf = (url) => {
  const i = url.lastIndexOf('node_modules/');
  if (i < 0) return '';
  const rest = url.slice(i + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
};
const own = (url) => (url.includes('/dist/') ? url.slice(url.indexOf('/dist/') + 1) : '');

/**
 * [bucket, matches(frame), anywhere]. `anywhere` buckets take a sample when any frame of its stack
 * matches (a socket write under undici is the upstream call's, a log line written from a resolver is
 * the log's); the others go to the bucket of the leaf-most frame that matches one (execution called
 * from a plugin's wrapper is execution; a plugin's own work is the plugin's). Node internals and
 * promise helpers match nothing and pass to their caller.
 */
const BUCKETS = [
  ['start-up (module loading, compilation)', (f) => /^(compileSourceTextModule|wrapSafe|compileForInternalLoader|loadESM|importModuleDynamically)$/.test(f.name) || f.url.startsWith('node:internal/modules'), true],
  ['garbage collector', (f) => f.name === '(garbage collector)', true],
  ['upstream call (undici, transport, signing, observer)', (f) => f.pkg === 'undici' || /^dist\/(http\/|upstream-observer|providers\/[^/]+\/sign)/.test(f.own), true],
  ['log lines (pino, redaction, writes)', (f) => ['pino', 'sonic-boom', '@pinojs/redact', 'fast-redact', 'pino-std-serializers'].includes(f.pkg) || f.own === 'dist/logger.js', true],
  ['metrics (prom-client)', (f) => f.pkg === 'prom-client', true],
  ['gateway plugins (own hooks)', (f) => f.own.startsWith('dist/plugins/') || f.own === 'dist/gateway.js', false],
  ['resolvers, adapters, mapping, merge (own code)', (f) => f.own !== '', false],
  ['Pothos wrappers', (f) => f.pkg.startsWith('@pothos/'), false],
  ['GraphQL execution (executor, graphql-js)', (f) => f.pkg === '@graphql-tools/executor' || f.pkg === 'graphql', false],
  ['Yoga/envelop request pipeline (parse, validate, params, result)', (f) => ['graphql-yoga', '@envelop/core', '@graphql-yoga/logger', '@envelop/instrumentation'].includes(f.pkg), false],
  ['HTTP server and response (node:http, @whatwg-node, socket)', (f) => (f.pkg.startsWith('@whatwg-node/') && f.pkg !== '@whatwg-node/promise-helpers') || /^node:(_http_|net$)/.test(f.url), false],
  ['other (Node internals, timers, microtasks)', () => true, false],
];
const classify = (frames) => {
  for (const [b, match, anywhere] of BUCKETS) if (anywhere && frames.some(match)) return b;
  for (const f of frames) for (const [b, match, anywhere] of BUCKETS.slice(0, -1)) if (!anywhere && match(f)) return b;
  return BUCKETS.at(-1)[0];
};

const rows = new Map(BUCKETS.map(([b]) => [b, []]));
const heads = [];
for (const arg of process.argv.slice(2)) {
  const [file, cpu] = arg.split('=');
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  const sums = new Map(BUCKETS.map(([b]) => [b, 0]));
  let busy = 0;
  for (const [id, t] of dt) {
    const leaf = byId.get(id).callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(root)') continue;
    busy += t;
    const frames = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      frames.push({ name: cf.functionName, url: cf.url || '', pkg: pkgOf(cf.url || ''), own: own(cf.url || '') });
    }
    const bucket = classify(frames);
    sums.set(bucket, sums.get(bucket) + t);
  }
  const startup = sums.get(BUCKETS[0][0]);
  heads.push(`${file.replace(/^.*\/([^/]+)\/[^/]+$/, '$1')} (${((busy - startup) / 1e6).toFixed(1)} s busy after start-up${cpu ? `, ${cpu} µs/req` : ''})`);
  for (const [b, t] of sums) {
    const share = b === BUCKETS[0][0] ? t / busy : t / (busy - startup);
    rows.get(b).push(b === BUCKETS[0][0] ? `(${(share * 100).toFixed(1)} % of all)` : `${(share * 100).toFixed(1)} %${cpu ? ` = ${Math.round(share * Number(cpu))} µs` : ''}`);
  }
}
console.log(`| bucket (share of busy time after start-up) | ${heads.join(' | ')} |`);
console.log(`|---|${heads.map(() => '---:').join('|')}|`);
for (const [b, cells] of rows) console.log(`| ${b} | ${cells.join(' | ')} |`);


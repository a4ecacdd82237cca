// A V8 .cpuprofile over time: without a window, the busy share of each 250 ms (to find the bursts, e.g.
// a build-log line delivered to every subscriber); with one, the self time by function and the
// inclusive time by package/file of the busy samples inside it.
// Usage: node test/bench/cpuprofile-timeline.mjs <file.cpuprofile> [<from s> <to s>]
import { readFileSync } from 'node:fs';

const [file, fromS, toS] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (url) => {
  const i = url.lastIndexOf('node_modules/');
  if (i < 0) return url.includes('/dist/') ? url.slice(url.indexOf('/dist/') + 1) : url.replace(/^.*\//, '') || '(native)';
  const rest = url.slice(i + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
};
let t = 0;
const bins = new Map();
const window = [];
for (let i = 0; i < prof.samples.length; i++) {
  const d = prof.timeDeltas[i] ?? 0;
  t += d;
  const id = prof.samples[i];
  const idle = byId.get(id).callFrame.functionName === '(idle)';
  const bin = Math.floor(t / 250_000);
  const e = bins.get(bin) ?? [0, 0];
  e[1] += d;
  if (!idle) e[0] += d;
  bins.set(bin, e);
  if (fromS !== undefined && !idle && t / 1e6 >= Number(fromS) && t / 1e6 < Number(toS)) window.push([id, d]);
}
if (fromS === undefined) {
  for (const [bin, [busy, all]] of bins) console.log(`${(bin * 0.25).toFixed(2).padStart(7)} s ${'#'.repeat(Math.round((40 * busy) / all))}`);
} else {
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (const [id, d] of window) {
    total += d;
    const cf = byId.get(id).callFrame;
    const key = `${cf.functionName || '(anonymous)'}  ${where(cf.url || '')}`;
    self.set(key, (self.get(key) ?? 0) + d);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const w = where(byId.get(cur).callFrame.url || '');
      if (!seen.has(w)) {
        seen.add(w);
        incl.set(w, (incl.get(w) ?? 0) + d);
      }
    }
  }
  const pct = (v) => `${((100 * v) / total).toFixed(1).padStart(5)} %`;
  console.log(`${(total / 1e3).toFixed(0)} ms busy between ${fromS} s and ${toS} s\n\nself time by function`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(v)}  ${k}`);
  console.log('\ninclusive time by package/file');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(v)}  ${k}`);
}

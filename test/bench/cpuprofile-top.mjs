// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by package/file,
// and inclusive time of the functions named on the command line.
// Usage: node test/bench/cpuprofile-top.mjs <file.cpuprofile> [top=25] [inclusive-name…]
import { readFileSync } from 'node:fs';

const [file, topArg, ...inclusiveNames] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const where = (cf) => {
  const u = cf.url || '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m) return m[1];
  if (u.includes('/dist/')) return u.slice(u.indexOf('/dist/') + 1);
  return u ? u.replace(/^.*\//, '') : `(${cf.functionName || 'native'})`;
};
const self = new Map();
const pkg = new Map();
let total = 0;
let idle = 0;
for (const [id, t] of dt) {
  const cf = byId.get(id).callFrame;
  total += t;
  if (cf.functionName === '(idle)') idle += t;
  const key = `${cf.functionName || '(anonymous)'}  ${where(cf)}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + t);
  pkg.set(where(cf), (pkg.get(where(cf)) ?? 0) + t);
}
const busy = total - idle;
const pct = (t) => `${((t / busy) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (percentages of busy)`);
console.log('\nself time by package/file');
for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
console.log('\nself time by function');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
if (inclusiveNames.length) {
  console.log('\ninclusive time (a sample counts once per name however deep the recursion)');
  const incl = new Map(inclusiveNames.map((n) => [n, 0]));
  for (const [id, t] of dt) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      for (const n of inclusiveNames) if (!seen.has(n) && (`${cf.functionName}@${where(cf)}`.includes(n))) {
        seen.add(n);
        incl.set(n, incl.get(n) + t);
      }
    }
  }
  for (const [n, t] of [...incl].sort((a, b) => b[1] - a[1])) console.log(`${pct(t)}  ${n}`);
}

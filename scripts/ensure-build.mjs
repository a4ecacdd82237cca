// `prestart`: makes `npm install && npm start` work on a fresh clone without making production depend
// on the compiler. It builds only when dist/ is missing or older than a source file, and only when the
// compiler is installed; with production dependencies only (`npm ci --omit=dev`, the image) it does
// nothing and `npm start` runs the dist/ that `npm run build` made. Plain JS with no dependencies, so
// it runs before anything is compiled.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'server.js');

/** Newest modification time under `dir` (recursively), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'tsconfig.json')), newest(join(root, 'tsconfig.build.json')));
if (built >= sources) process.exit(0);

let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  if (built) {
    console.warn('imagegraph: dist/ is older than src/, but typescript is not installed (production dependencies only): starting the existing build');
    process.exit(0);
  }
  console.error('imagegraph: dist/ is missing and typescript is not installed: run `npm ci && npm run build` (or start the container image)');
  process.exit(1);
}
console.log(`imagegraph: ${built ? 'src/ changed since the last build' : 'no build yet'}: npm run build`);
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

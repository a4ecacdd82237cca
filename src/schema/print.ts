import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './index.js';

/** `npm run schema:print` writes schema/schema.graphql; `--check` fails when it is stale. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
const sdl = printedSchema();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema:print`');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}

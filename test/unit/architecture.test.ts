/**
 * The shape of the house (README "Where things go"): the import graph of `src/`, read from the
 * TypeScript sources (type-only and dynamic imports included), runs downhill, has no circles, and
 * every provider folder has the same rooms. A change that breaks a rule fails here with the import
 * that broke it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `src/`-relative path → the `src/`-relative files it imports (static, `import type`, `import()`, re-exports). */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(src, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    graph.set(relative(src, file), targets);
  }
  return graph;
}

/** Every circle (strongly connected component of more than one file, or a file importing itself). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

const folder = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);

/**
 * The layers, lowest first. A file may import its own layer and those listed for it; nothing else in
 * `src/`. `core/` is the leaf; wiring (server, gateway, bootstrap, services, context, config) is the top.
 */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  observe: ['core'],
  http: ['core', 'observe'],
  events: ['core'],
  auth: [],
  // Adapters type their configuration with config.ts's types (config.ts imports no provider).
  providers: ['core', 'observe', 'http', 'events', 'config.ts'],
  // The emulators are independent of the gateway, but reuse providers' wire types and signers.
  emulators: ['core', 'providers'],
  schema: ['core', 'observe', 'events', 'auth', 'providers', 'context.ts', 'services.ts', 'config.ts'],
};

const graph = importGraph(sourceFiles(src));

describe('the import graph of src/', () => {
  it('is read from the sources (a sanity check that the reader sees imports)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('bootstrap.ts')).toContain('emulators/sandbox.ts');
    expect(graph.get('providers/cycle/wire.ts')).toContain('providers/wiring.ts');
  });

  it('has no import circle (type-only imports included)', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const withCircle = new Map(graph);
    withCircle.set('core/errors.ts', [...(graph.get('core/errors.ts') ?? []), 'schema/builder.ts']);
    expect(circles(withCircle).length).toBeGreaterThan(0);
  });

  it('core/ imports nothing else in src/', () => {
    const offending = [...graph].flatMap(([file, targets]) => (folder(file) === 'core' ? targets.filter((t) => folder(t) !== 'core').map((t) => `${file} → ${t}`) : []));
    expect(offending).toEqual([]);
  });

  it('core/, http/, events/, providers/ and emulators/ never import the schema or the wiring', () => {
    const low = new Set(['core', 'http', 'events', 'providers', 'emulators', 'observe']);
    const wiring = new Set(['schema', 'services.ts', 'bootstrap.ts', 'context.ts', 'gateway.ts', 'server.ts', 'plugins']);
    const offending = [...graph].flatMap(([file, targets]) => (low.has(folder(file)) ? targets.filter((t) => wiring.has(folder(t))).map((t) => `${file} → ${t}`) : []));
    expect(offending).toEqual([]);
  });

  it('providers never import emulators (SANDBOX is LIVE pointed at an emulator, wired by bootstrap.ts)', () => {
    const offending = [...graph].flatMap(([file, targets]) => (folder(file) === 'providers' ? targets.filter((t) => folder(t) === 'emulators').map((t) => `${file} → ${t}`) : []));
    expect(offending).toEqual([]);
  });

  it('every layer imports only its own and the layers below it', () => {
    const offending = [...graph].flatMap(([file, targets]) => {
      const allowed = MAY_IMPORT[folder(file)];
      if (!allowed) return []; // the top: wiring, plugins
      return targets.filter((t) => folder(t) !== folder(file) && !allowed.includes(folder(t))).map((t) => `${file} → ${t}`);
    });
    expect(offending).toEqual([]);
  });
});

describe('provider folders', () => {
  /** The rooms of every provider folder; the README says what goes in each. */
  const ROOMS = ['adapter.ts', 'client.ts', 'dto.ts', 'port.ts', 'sources.ts', 'validate.ts', 'wire.ts'];
  /** How a provider proves who it is: request signing (SWR, PAI) or a credential it sends or exchanges (Docker, Cycle, TAC). */
  const AUTH_ROOM = ['sign.ts', 'auth.ts'];
  const providersDir = join(src, 'providers');
  const folders = readdirSync(providersDir).filter((name) => statSync(join(providersDir, name)).isDirectory());

  it('are the five providers', () => {
    expect(folders.sort()).toEqual(['alibaba-pai', 'cycle', 'docker-engine', 'huawei-swr', 'tanzu-catalog']);
  });

  it.each(folders)('%s has the same rooms as every other', (name) => {
    const files = readdirSync(join(providersDir, name)).sort();
    const auth = files.filter((f) => AUTH_ROOM.includes(f));
    expect(auth, 'exactly one of sign.ts or auth.ts').toHaveLength(1);
    expect(files.filter((f) => !AUTH_ROOM.includes(f))).toEqual(ROOMS);
  });

  it('every wire.ts exports one Wire and imports no emulator', () => {
    for (const name of folders) {
      const text = readFileSync(join(providersDir, name, 'wire.ts'), 'utf8');
      expect(text, name).toMatch(/export const wire\w+: Wire</);
      expect(text, name).not.toMatch(/emulators\//);
    }
  });
});

describe('README "Where things go"', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Where things go'), readme.indexOf('\n## ', readme.indexOf('## Where things go') + 5));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('```\n', section.indexOf('```\n') + 4));
  /** The paths the block names: `src/x/`, `src/x.ts`, `src/a.ts, b.ts`, `<name>/room.ts`. */
  const named = new Set<string>();
  for (const line of block.split('\n')) {
    const head = line.match(/^(src\/[^\s,]*(?:, [a-z.-]+\.ts)*)/)?.[1];
    if (!head) continue;
    const [first, ...rest] = head.split(', ');
    named.add(first!);
    const base = first!.slice(0, first!.lastIndexOf('/') + 1);
    for (const r of rest) named.add(base + r);
  }

  it('names only paths that exist', () => {
    const missing = [...named].filter((p) => !p.includes('*') && !p.includes('<') && !(() => {
      try {
        return statSync(join(root, p)).isFile() || statSync(join(root, p)).isDirectory();
      } catch {
        return false;
      }
    })());
    expect(missing).toEqual([]);
  });

  it('names every folder and top-level file of src/', () => {
    const entries = readdirSync(src).map((name) => (statSync(join(src, name)).isDirectory() ? `src/${name}/` : `src/${name}`));
    const unnamed = entries.filter((entry) => {
      if (named.has(entry)) return false;
      // `src/graphiql-*.ts` names a family of files.
      return ![...named].some((p) => p.includes('*') && new RegExp(`^${p.replace(/[.]/g, '\\.').replace('*', '[^/]*')}$`).test(entry));
    });
    expect(unnamed).toEqual([]);
  });

  it('every src/ or test/ file the README names anywhere exists', () => {
    const paths = new Set(readme.match(/\b(?:src|test)\/[A-Za-z0-9_./-]+\.(?:ts|mjs|graphql)\b/g) ?? []);
    expect(paths.size).toBeGreaterThan(10);
    expect([...paths].filter((p) => !(() => {
      try {
        return statSync(join(root, p)).isFile();
      } catch {
        return false;
      }
    })())).toEqual([]);
  });

  it('lists the rooms every provider folder has', () => {
    for (const room of ['wire.ts', 'client.ts', 'dto.ts', 'port.ts', 'adapter.ts', 'validate.ts', 'sources.ts', 'sign.ts|auth.ts']) {
      expect(block).toContain(`<name>/${room}`);
    }
  });
});

describe('emulator folders', () => {
  /** The rooms of every emulator folder (README "Where things go"); extra files are for separate concerns. */
  const EMULATOR_ROOMS = ['index.ts', 'routes.ts', 'seed.ts', 'store.ts'];
  /** The longest function allowed in `src/emulators/`: an endpoint, a view or a seed step each fits on a screen. */
  const MAX_FUNCTION_LINES = 80;
  const emulatorsDir = join(src, 'emulators');
  const folders = readdirSync(emulatorsDir).filter((name) => statSync(join(emulatorsDir, name)).isDirectory());

  /** Every function (declarations, methods, arrows, function expressions) with its length in lines, nested ones on their own. */
  function functionLengths(file: string): { name: string; line: number; lines: number }[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: { name: string; line: number; lines: number }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : ts.SyntaxKind[node.kind];
        found.push({ name, line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('are the five providers', () => {
    expect(folders.sort()).toEqual(['alibaba-pai', 'cycle', 'docker-engine', 'huawei-swr', 'tanzu-catalog']);
  });

  it.each(folders)('%s has the rooms every emulator has', (name) => {
    const files = readdirSync(join(emulatorsDir, name));
    expect(EMULATOR_ROOMS.filter((room) => !files.includes(room))).toEqual([]);
  });

  it(`has no function longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sourceFiles(emulatorsDir).flatMap((file) =>
      functionLengths(file)
        .filter((f) => f.lines > MAX_FUNCTION_LINES)
        .map((f) => `${relative(src, file)}:${f.line} ${f.name} (${f.lines} lines)`),
    );
    expect(long).toEqual([]);
  });

  it('measures functions, nested ones included (the check can fail)', () => {
    const lengths = functionLengths(join(emulatorsDir, 'kit.ts'));
    expect(lengths.find((f) => f.name === 'startEmulator')?.lines).toBeGreaterThan(40);
    // The request handler nested inside `startEmulator` is measured on its own as well.
    expect(lengths.filter((f) => f.line > lengths.find((g) => g.name === 'startEmulator')!.line && f.lines > 20).length).toBeGreaterThan(0);
  });
});

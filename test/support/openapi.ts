import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Validates requests and responses against a vendored OpenAPI 3.0/3.1 document, so emulators and
 * adapters cannot drift from the provider's spec. Usage:
 *   const spec = loadSpec('test/contracts/specs/cycle/…yml');
 *   spec.assertResponse('GET', '/v1/images?page[number]=1', 200, body);
 */
type Json = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  op: Json;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

export interface LoadedSpec {
  /** The operation (method + path template) a concrete request path maps to, or undefined. */
  findOperation(method: string, path: string): { template: string; op: Json } | undefined;
  /** Throws with a readable message when the body does not match the documented response schema. */
  assertResponse(method: string, path: string, status: number, body: unknown, contentType?: string): void;
  /** Throws when a JSON request body does not match the documented request schema. */
  assertRequestBody(method: string, path: string, body: unknown, contentType?: string): void;
  /** Every `METHOD template` the spec declares. */
  operations(): string[];
}

function rewriteNullable(node: unknown, is31: boolean): unknown {
  // OAS 3.0 `nullable: true` → JSON Schema union with null (Ajv's own `nullable` needs `type` beside it).
  if (Array.isArray(node)) return node.map((n) => rewriteNullable(n, is31));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = rewriteNullable(v, is31);
  if (!is31 && out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
      const copy = { ...out };
      for (const key of Object.keys(out)) delete out[key];
      out.anyOf = [copy, { type: 'null' }];
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  // `discriminator` is documentation for us; Ajv's support needs extra constraints the specs do not meet.
  delete out.discriminator;
  return out;
}

export function loadSpec(file: string): LoadedSpec {
  const raw = parse(readFileSync(file, 'utf8')) as Json;
  const is31 = String(raw.openapi ?? '').startsWith('3.1');
  const doc = rewriteNullable(raw, is31) as Json;
  // unicodeRegExp off: spec patterns use escapes (`\-`) that are invalid under the `u` flag.
  const options = { strict: false, allErrors: true, unicodeRegExp: false, logger: false } as const;
  const ajv = is31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as unknown as Ajv);
  // Provider-specific formats the specs name without defining; accepted as plain strings.
  for (const format of ['objectid', 'int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(format, true);
  const id = 'spec.json';
  ajv.addSchema({ $id: id, components: doc.components ?? {} } as Json);

  const ops: Operation[] = [];
  for (const [template, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
    for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
      const op = item[method] as Json | undefined;
      if (op) ops.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}/?$`), op });
    }
  }
  // Literal segments beat parameters (`/v1/images/tasks` before `/v1/images/{imageId}`).
  ops.sort((a, b) => (b.template.match(/\{/g)?.length ?? 0) < (a.template.match(/\{/g)?.length ?? 0) ? 1 : -1);

  const cache = new Map<string, ValidateFunction>();
  function compile(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let fn = cache.get(key);
    if (!fn) {
      const fixed = JSON.parse(key.replace(/"#\/components\//g, `"${id}#/components/`)) as Json;
      fn = ajv.compile(fixed);
      cache.set(key, fn);
    }
    return fn;
  }
  function deref(node: Json): Json {
    let cur = node;
    while (typeof cur.$ref === 'string' && cur.$ref.startsWith('#/')) {
      cur = cur.$ref
        .slice(2)
        .split('/')
        .reduce<Json>((acc, part) => acc[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, doc);
    }
    return cur;
  }
  function find(method: string, path: string) {
    const bare = path.split('?')[0] ?? path;
    return ops.find((o) => o.method === method.toUpperCase() && o.pattern.test(bare));
  }
  function pickMedia(content: Json | undefined, contentType?: string): Json | undefined {
    if (!content) return undefined;
    const type = (contentType ?? 'application/json').split(';')[0]!.trim();
    return (content[type] ?? content['application/json'] ?? content['*/*'] ?? Object.values(content)[0]) as Json | undefined;
  }
  function check(schema: Json | undefined, body: unknown, what: string) {
    if (!schema) return;
    const fn = compile(schema);
    if (!fn(body)) {
      const errs = (fn.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      throw new Error(`${what} does not match the spec:\n  ${errs.join('\n  ')}\nbody: ${JSON.stringify(body).slice(0, 800)}`);
    }
  }
  return {
    findOperation(method, path) {
      const o = find(method, path);
      return o && { template: o.template, op: o.op };
    },
    assertResponse(method, path, status, body, contentType) {
      const o = find(method, path);
      if (!o) throw new Error(`${method} ${path} is not an operation of the spec`);
      const responses = (o.op.responses ?? {}) as Record<string, Json>;
      const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      if (!declared) throw new Error(`${method} ${o.template} does not declare status ${status} (declared: ${Object.keys(responses).join(', ')})`);
      const media = pickMedia(deref(declared).content as Json | undefined, contentType);
      check(media?.schema as Json | undefined, body, `${method} ${o.template} ${status} response`);
    },
    assertRequestBody(method, path, body, contentType) {
      const o = find(method, path);
      if (!o) throw new Error(`${method} ${path} is not an operation of the spec`);
      const rb = o.op.requestBody ? deref(o.op.requestBody as Json) : undefined;
      const media = pickMedia(rb?.content as Json | undefined, contentType);
      check(media?.schema as Json | undefined, body, `${method} ${o.template} request body`);
    },
    operations() {
      return ops.map((o) => `${o.method} ${o.template}`);
    },
  };
}

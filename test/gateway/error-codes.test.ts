import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isEnumType, isInterfaceType, isObjectType, NoUnusedFragmentsRule, parse, specifiedRules, validate, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors.js';
import { schema } from '../../src/schema/index.js';

const codes = Object.keys(ERROR_CODES);

/** Source files of the gateway itself (emulators and provider adapters speak the providers' codes). */
function gatewaySources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === 'src/emulators' || path === 'src/providers' ? [] : gatewaySources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('error-code vocabulary', () => {
  describe('ERROR_CODES', () => {
    it('is every code the gateway writes into an error', () => {
      const used = new Map<string, string>();
      for (const file of gatewaySources()) {
        // `code: 'X'`, `code = 'X'` (GatewayError subclasses), `refusal(…, 'X')`; src/http/errors.ts holds
        // the *upstream* code of an unreachable provider (UpstreamError.upstreamCode), not ours.
        if (file === join('src', 'http', 'errors.ts')) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(/\bcode(?::| =|\s*\?\?=)\s*['"]([A-Z][A-Z_]+)['"]|refusal\([^;]*?,\s*'([A-Z][A-Z_]+)'\)/g)) used.set(m[1] ?? m[2] ?? '', file);
      }
      expect(used.size).toBeGreaterThan(10);
      for (const [code, file] of used) expect(codes, `${code} (in ${file})`).toContain(code);
    });

    it('is the schema\'s ErrorCode enum, the type of Error.code, each value described', () => {
      const enumType = schema.getType('ErrorCode');
      if (!isEnumType(enumType)) throw new Error('ErrorCode is not an enum');
      expect(enumType.getValues().map((v) => v.name).sort()).toEqual([...codes].sort());
      for (const value of enumType.getValues()) expect(value.description, value.name).toBeTruthy();
      const errorType = schema.getType('Error');
      if (!isInterfaceType(errorType)) throw new Error('Error is not an interface');
      expect(String(errorType.getFields().code?.type)).toBe('ErrorCode!');
    });

    it('is written in the README', () => {
      const readme = readFileSync('README.md', 'utf8');
      for (const code of codes) expect(readme, code).toContain(`| \`${code}\` |`);
    });
  });
});

describe('Error types', () => {
  const errorInterface = schema.getType('Error');
  if (!isInterfaceType(errorInterface)) throw new Error('Error is not an interface');
  const implementations = schema.getPossibleTypes(errorInterface) as readonly GraphQLObjectType[];

  it('are the seven of the design, at least', () => {
    expect(implementations.map((t) => t.name)).toEqual(expect.arrayContaining(['ValidationError', 'NotFoundError', 'ConflictError', 'ForbiddenError', 'UpstreamError', 'UnsupportedOperationError', 'RateLimitedError']));
  });

  it('agree: selecting every field of every error type at once validates (no "Fields conflict")', () => {
    const select = (type: GraphQLObjectType) =>
      Object.values(type.getFields())
        .map((f) => {
          const named = getNamedType(f.type);
          const sub = isObjectType(named) ? ` { ${Object.keys(named.getFields()).join(' ')} }` : '';
          return `${f.name}${sub}`;
        })
        .join(' ');
    const document = `fragment AnyError on Error { code message provider ${implementations.map((t) => `... on ${t.name} { ${select(t)} }`).join(' ')} }`;
    const errors = validate(schema, parse(document), specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('validate the selection the issue asked for, without aliases', () => {
    const document = 'fragment E on Error { ... on Error { code message } ... on UpstreamError { upstreamCode provider status } ... on NotFoundError { upstreamCode provider } ... on ForbiddenError { upstreamCode status } }';
    expect(validate(schema, parse(document), specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule))).toEqual([]);
  });
});

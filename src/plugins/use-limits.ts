import { GraphQLError, Kind, parse, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Query limits. Each is a named constant so the README and errors agree. */
export interface QueryLimits {
  /** Tokens in one document (parser stops early). @default 5000 */
  maxTokens?: number;
  /** Selection depth, fragments followed. @default 12 */
  maxDepth?: number;
  /** Aliased fields in one operation (each use of a fragment counts its aliases again). @default 30 */
  maxAliases?: number;
  /** Root fields in one operation. @default 20 */
  maxRootFields?: number;
  /**
   * Fragment spreads in one operation once fragments are expanded (a fragment spread twice inside a
   * fragment that is itself spread twice counts 4). Bounds documents whose expansion doubles per fragment. @default 200
   */
  maxFragmentSpreads?: number;
}

export const DEFAULT_LIMITS: Required<QueryLimits> = { maxTokens: 5000, maxDepth: 12, maxAliases: 30, maxRootFields: 20, maxFragmentSpreads: 200 };

/** Introspection fields, judged by field name (an alias cannot hide or fake one): not counted by the limits. */
const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';

/** What a selection set adds up to, fragments expanded. */
interface Measure {
  /** Levels below the set's own level (0 for a set of leaves). */
  depth: number;
  aliases: number;
  spreads: number;
}

/**
 * Measures selection sets with each fragment measured once (memoised), so the work is linear in the
 * document however often fragments spread each other; the counts still add up per use, as an
 * expansion would. A fragment cycle (refused by graphql-js's own rule in the same pass) counts as empty.
 */
export function fragmentMeasurer(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, Measure | 'visiting'>();
  const EMPTY: Measure = { depth: 0, aliases: 0, spreads: 0 };

  function fragment(name: string): Measure {
    const known = memo.get(name);
    if (known === 'visiting') return EMPTY;
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return EMPTY;
    memo.set(name, 'visiting');
    const m = measure(def.selectionSet);
    memo.set(name, m);
    return m;
  }

  function measure(set: SelectionSetNode): Measure {
    const out = { depth: 0, aliases: 0, spreads: 0 };
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (isIntrospectionField(sel.name.value)) continue;
        if (sel.alias) out.aliases += 1;
        if (sel.selectionSet) {
          const inner = measure(sel.selectionSet);
          out.depth = Math.max(out.depth, inner.depth + 1);
          out.aliases += inner.aliases;
          out.spreads += inner.spreads;
        }
      } else {
        const inner = sel.kind === Kind.INLINE_FRAGMENT ? measure(sel.selectionSet) : fragment(sel.name.value);
        out.depth = Math.max(out.depth, inner.depth);
        out.aliases += inner.aliases;
        out.spreads += inner.spreads + (sel.kind === Kind.FRAGMENT_SPREAD ? 1 : 0);
      }
    }
    return out;
  }

  return { measure, fragments };
}

function limitsRule(limits: Required<QueryLimits>) {
  return (context: ValidationContext): ASTVisitor => {
    const { measure } = fragmentMeasurer(context.getDocument());
    return {
      OperationDefinition(node) {
        const counts = measure(node.selectionSet);
        const depth = counts.depth + 1;
        if (depth > limits.maxDepth) context.reportError(new GraphQLError(`Query is ${depth} levels deep; the limit is ${limits.maxDepth}`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }));
        if (counts.aliases > limits.maxAliases) context.reportError(new GraphQLError(`Query uses ${counts.aliases} aliases; the limit is ${limits.maxAliases}`, { nodes: [node], extensions: { code: 'TOO_MANY_ALIASES' } }));
        if (counts.spreads > limits.maxFragmentSpreads) {
          context.reportError(new GraphQLError(`Query expands to ${counts.spreads} fragment spreads; the limit is ${limits.maxFragmentSpreads}`, { nodes: [node], extensions: { code: 'TOO_MANY_FRAGMENT_SPREADS' } }));
        }
        const rootFields = node.selectionSet.selections.filter((s) => !(s.kind === Kind.FIELD && isIntrospectionField(s.name.value))).length;
        if (rootFields > limits.maxRootFields) {
          context.reportError(new GraphQLError(`Query selects ${rootFields} root fields; the limit is ${limits.maxRootFields}`, { nodes: [node], extensions: { code: 'TOO_MANY_ROOT_FIELDS' } }));
        }
      },
    };
  };
}

/** Token, depth, alias, fragment-spread and root-field limits, checked before execution (no upstream call is made). */
export function useLimits(options: QueryLimits = {}): Plugin {
  const limits = { ...DEFAULT_LIMITS, ...options };
  return {
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => parse(source, { ...parseOptions, maxTokens: limits.maxTokens }));
    },
    onValidate({ addValidationRule }) {
      addValidationRule(limitsRule(limits));
    },
  };
}

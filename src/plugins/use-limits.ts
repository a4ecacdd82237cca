import { GraphQLError, Kind, parse, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Query limits. Each is a named constant so the README and errors agree. */
export interface QueryLimits {
  /** Tokens in one document (parser stops early). @default 5000 */
  maxTokens?: number;
  /** Selection depth, fragments followed. @default 12 */
  maxDepth?: number;
  /** Aliased fields in one operation. @default 30 */
  maxAliases?: number;
  /** Root fields in one operation. @default 20 */
  maxRootFields?: number;
}

export const DEFAULT_LIMITS: Required<QueryLimits> = { maxTokens: 5000, maxDepth: 12, maxAliases: 30, maxRootFields: 20 };

function limitsRule(limits: Required<QueryLimits>) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    function measure(set: SelectionSetNode, depth: number, seen: Set<string>, counts: { aliases: number; maxDepth: number }): void {
      counts.maxDepth = Math.max(counts.maxDepth, depth);
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          // Introspection is never counted (GraphQL Armor's `ignoreIntrospection`), so GraphiQL, codegen and
          // getIntrospectionQuery() work; graphql-js's MaxIntrospectionDepthRule bounds its nesting instead.
          // Judged by the field's *name*: an alias spelled `__schema` on a real field is still counted.
          if (sel.name.value === '__schema' || sel.name.value === '__type') continue;
          if (sel.alias) counts.aliases += 1;
          if (sel.selectionSet) measure(sel.selectionSet, depth + 1, seen, counts);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          measure(sel.selectionSet, depth, seen, counts);
        } else {
          const frag = fragments.get(sel.name.value);
          if (frag && !seen.has(frag.name.value)) measure(frag.selectionSet, depth, new Set([...seen, frag.name.value]), counts);
        }
      }
    }

    return {
      OperationDefinition(node) {
        const counts = { aliases: 0, maxDepth: 0 };
        measure(node.selectionSet, 1, new Set(), counts);
        if (counts.maxDepth > limits.maxDepth) context.reportError(new GraphQLError(`Query is ${counts.maxDepth} levels deep; the limit is ${limits.maxDepth}`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }));
        if (counts.aliases > limits.maxAliases) context.reportError(new GraphQLError(`Query uses ${counts.aliases} aliases; the limit is ${limits.maxAliases}`, { nodes: [node], extensions: { code: 'TOO_MANY_ALIASES' } }));
        if (node.selectionSet.selections.length > limits.maxRootFields) {
          context.reportError(new GraphQLError(`Query selects ${node.selectionSet.selections.length} root fields; the limit is ${limits.maxRootFields}`, { nodes: [node], extensions: { code: 'TOO_MANY_ROOT_FIELDS' } }));
        }
      },
    };
  };
}

/** Token, depth, alias and root-field limits, checked before execution (no upstream call is made). */
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

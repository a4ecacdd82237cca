import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Scope } from './viewer.js';

/** The scope every root field of an operation type needs. */
export const OPERATION_SCOPES: Record<OperationDefinitionNode['operation'], Scope> = { query: 'read', subscription: 'read', mutation: 'write' };

/** The field extension that holds the scopes a root field needs beyond its operation's. */
export const SCOPES_EXTENSION = 'imagegraphScopes';

/**
 * Declares, next to a root field, the scopes it needs beyond its operation's (`extensions:
 * fieldScopes('import')` on a mutation that makes a provider fetch or build an image from elsewhere:
 * a registry, a URL, an uploaded tarball, a build source). The check reads them from the schema, so a
 * new import-like mutation cannot be forgotten in a separate table.
 */
export function fieldScopes(...scopes: Scope[]): Record<string, readonly Scope[]> {
  return { [SCOPES_EXTENSION]: scopes };
}

function declaredScopes(rootType: GraphQLObjectType | null | undefined, field: string): readonly Scope[] {
  return (rootType?.getFields()[field]?.extensions?.[SCOPES_EXTENSION] as readonly Scope[] | undefined) ?? [];
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode['operation']): GraphQLObjectType | null | undefined {
  return operation === 'mutation' ? schema.getMutationType() : operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
}

export interface RootFieldScopes {
  /** The response key (alias or name), for the error's `path`. */
  responseKey: string;
  field: string;
  scopes: Scope[];
}

/**
 * Each root field the chosen operation selects, with the scopes it needs. Fragments and inline
 * fragments at the root are followed; `@skip`/`@include` are ignored on purpose (a variable must not
 * decide whether a scope is checked). Each fragment is visited once per document: a second spread of it
 * adds the same root fields again, so the walk stays linear however often fragments spread each other.
 */
export function rootFieldScopes(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): RootFieldScopes[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const base = OPERATION_SCOPES[operation.operation];
  const rootType = rootTypeOf(schema, operation.operation);
  const out: RootFieldScopes[] = [];
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = sel.name.value;
        out.push({ responseKey: sel.alias?.value ?? field, field, scopes: [base, ...declaredScopes(rootType, field)] });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet);
      } else if (!visited.has(sel.name.value)) {
        visited.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return out;
}

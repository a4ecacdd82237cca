import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination/connection-args.js';

/** The default of `GATEWAY_UPSTREAM_BUDGET`: lets `repositories(first: 100) { tags { digest } }` (101 calls) run. */
export const DEFAULT_UPSTREAM_BUDGET = 200;

/** Items assumed for a list whose length the document does not say (`providers`, `namespaces`, embedded lists). */
const UNSIZED_LIST = DEFAULT_PAGE_SIZE;

/**
 * What a field costs in upstream calls, each time it resolves for one parent object. `group`: fields
 * answered by the same per-request DataLoader key cost once (`architecture` and `os` share one inspect).
 * `per`: `parent` (default) once per parent object; `list` once per enclosing list (a window loaded
 * for the whole page, e.g. SWR tag details per repository); `request` once per request (a list cached
 * for the request). The README's "Upstream calls per query" table is where these numbers come from;
 * a field not listed costs nothing, and the runtime counter catches what this table misses.
 */
interface FieldCost {
  calls: number;
  group?: string;
  per?: 'parent' | 'list' | 'request';
}

const each = (fields: string[], cost: FieldCost): Record<string, FieldCost> => Object.fromEntries(fields.map((f) => [f, cost]));

export const FIELD_COSTS: ReadonlyMap<string, FieldCost> = new Map(
  Object.entries({
    // Root lists: their list calls (merged lists: pages of each provider the merge may need).
    'Query.images': { calls: 5 }, // ≤ 1 Docker list + ≤ 2 pages each of Cycle and PAI
    'Query.jobs': { calls: 4 },
    'Query.imageBuilds': { calls: 4 },
    'Query.repositories': { calls: 1 },
    'Query.baseImages': { calls: 1 },
    'Query.registries': { calls: 1 },
    'Query.cycleImageSources': { calls: 1 },
    'Query.namespaces': { calls: 1 },
    'Query.providers': { calls: 5 }, // one probe per provider
    'Query.node': { calls: 1 },
    'Query.nodes': { calls: 1 }, // per id (the list multiplier is the number of ids)
    // Fields that cost a call per parent object.
    ...each(['DockerImage.architecture', 'DockerImage.os'], { calls: 1, group: 'docker:inspect' }),
    'CycleImage.build': { calls: 2 }, // the image plus a jobs search for its import job
    'ImageBuild.job': { calls: 2 },
    'ImageBuild.image': { calls: 1 },
    'ImageBuild.log': { calls: 1 },
    'Job.image': { calls: 1 },
    'CycleImageSource.images': { calls: 1 },
    ...each(
      ['distroless', 'fipsCompliant', 'stigCompliant', 'status', 'createdAt', 'updatedAt', 'deprecatedAt', 'replacedAt'].map((f) => `OperatingSystem.${f}`),
      // One GET per distinct operating system, and a catalog holds a handful: counted per request.
      { calls: 5, group: 'tac:operating-system', per: 'request' },
    ),
    ...each(
      ['description', 'registryProvider', 'flavor', 'unhealthyCause', 'hosted', 'vmwareManaged', 'shared', 'owned', 'applicationCount', 'credentialsLimit', 'createdAt', 'updatedAt', 'removedAt'].map((f) => `Registry.${f}`),
      { calls: 5, group: 'tac:registry', per: 'request' },
    ),
    // SWR tag details: one tags call per repository (per listed window), however many tags are shown.
    ...each(
      ['digest', 'imageId', 'sizeBytes', 'manifestType', 'schemaVersion', 'pullPath', 'internalPath', 'isTrusted', 'scanned', 'createdAt', 'updatedAt'].map((f) => `RepositoryTag.${f}`),
      { calls: 1, group: 'swr:tag-window', per: 'list' },
    ),
    // Relations: one Docker list per request; SWR repositories batched per organisation.
    'BaseImage.dockerImages': { calls: 1, group: 'docker:list', per: 'request' },
    'BaseImage.repositories': { calls: 2, group: 'swr:repositories', per: 'request' },
    'DockerImage.repository': { calls: 2, group: 'swr:repositories', per: 'request' },
  }),
);

/** A mutation root field not in the table: a few calls (validate, act, read back). */
const MUTATION_FIELD_CALLS = 3;

interface Cost {
  /** Calls per parent object, already multiplied through nested lists. */
  calls: number;
  /** Per-parent grouped costs (counted once per parent). */
  groups: Map<string, number>;
  /** Once per enclosing list. */
  listGroups: Map<string, number>;
  /** Once per request. */
  requestGroups: Map<string, number>;
}

const empty = (): Cost => ({ calls: 0, groups: new Map(), listGroups: new Map(), requestGroups: new Map() });
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
function mergeInto(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, v] of from) into.set(k, Math.max(into.get(k) ?? 0, v));
}

/**
 * The upstream calls an operation may make, estimated from the document and its variables before any
 * is made: lists multiply by `first` (or the number of `ids`), fields that cost a call per parent say
 * so (`FIELD_COSTS`), aliases add up. Linear in the document: each fragment is costed once per
 * context and memoised.
 */
export function estimateUpstreamCalls(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): number {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation === 'subscription') return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Cost | 'visiting'>();

  const argument = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, variables ?? undefined) : undefined;
  };

  /** `inConnection`: the page size of the connection whose type this set selects on (its `edges`/`nodes` lists take it). */
  function measure(set: SelectionSetNode, parent: GraphQLNamedType, inConnection: number | undefined): Cost {
    const out = empty();
    for (const sel of set.selections) {
      let inner: Cost;
      if (sel.kind === Kind.FIELD) {
        inner = field(sel, parent, inConnection);
      } else {
        const typeName = sel.kind === Kind.INLINE_FRAGMENT ? sel.typeCondition?.name.value : fragments.get(sel.name.value)?.typeCondition.name.value;
        const type = (typeName && schema.getType(typeName)) || parent;
        if (sel.kind === Kind.INLINE_FRAGMENT) inner = measure(sel.selectionSet, type, inConnection);
        else inner = fragment(sel.name.value, type, inConnection);
      }
      out.calls += inner.calls;
      mergeInto(out.groups, inner.groups);
      mergeInto(out.listGroups, inner.listGroups);
      mergeInto(out.requestGroups, inner.requestGroups);
    }
    return out;
  }

  function fragment(name: string, type: GraphQLNamedType, inConnection: number | undefined): Cost {
    const key = `${name}\u0000${inConnection ?? ''}`;
    const known = memo.get(key);
    if (known === 'visiting') return empty();
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return empty();
    memo.set(key, 'visiting');
    const cost = measure(def.selectionSet, type, inConnection);
    memo.set(key, cost);
    return cost;
  }

  function field(node: FieldNode, parent: GraphQLNamedType, inConnection: number | undefined): Cost {
    const out = empty();
    const name = node.name.value;
    if (name.startsWith('__')) return out;
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const own = FIELD_COSTS.get(`${parent.name}.${name}`) ?? (parent === schema.getMutationType() ? { calls: MUTATION_FIELD_CALLS } : undefined);
    if (!def) return out;
    const type = getNamedType(def.type);
    const isList = isListType(getNullableType(def.type));
    // How many objects this field yields per parent.
    let items = 1;
    if (name === 'nodes' && parent === schema.getQueryType()) {
      const ids = argument(node, 'ids');
      items = Array.isArray(ids) ? ids.length : 1;
    } else if (isList) {
      items = inConnection ?? UNSIZED_LIST;
    }
    if (own) {
      const per = own.per ?? 'parent';
      if (!own.group) out.calls += own.calls * (name === 'nodes' ? items : 1);
      else (per === 'parent' ? out.groups : per === 'list' ? out.listGroups : out.requestGroups).set(own.group, own.calls);
    }
    if (!node.selectionSet) return out;
    // A connection's page size applies to its `edges`/`nodes` lists, one level down.
    let pageSize: number | undefined;
    if (type.name.endsWith('Connection')) {
      const first = argument(node, 'first');
      pageSize = typeof first === 'number' && Number.isFinite(first) ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    }
    const child = measure(node.selectionSet, type, pageSize);
    mergeInto(out.requestGroups, child.requestGroups);
    const perChild = child.calls + sum(child.groups);
    if (isList) {
      out.calls += items * perChild + sum(child.listGroups);
    } else {
      out.calls += perChild;
      mergeInto(out.listGroups, child.listGroups);
    }
    return out;
  }

  const total = measure(operation.selectionSet, root, undefined);
  return total.calls + sum(total.groups) + sum(total.listGroups) + sum(total.requestGroups);
}

/**
 * The paging arguments every connection shares (`first` from 0 to MAX_PAGE_SIZE, forward only), checked
 * for the whole operation before execution: a bad argument on one root field would otherwise make the
 * answer `data: null` while its sibling root fields still call their upstreams. The resolvers keep their
 * own checks (and stricter maxima where a provider has them).
 */
export function pagingRefusal(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const visited = new Set<string>();
  const refuse = (argument: string, message: string) =>
    new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'VALIDATION_FAILED', fieldErrors: [{ path: argument, message }], http: { status: 400 } } });
  const check = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): GraphQLError | undefined => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(sel.name.value)) continue;
        visited.add(sel.name.value);
        const def = fragments.get(sel.name.value);
        const found = def && check(def.selectionSet, schema.getType(def.typeCondition.name.value) ?? undefined);
        if (found) return found;
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const found = check(sel.selectionSet, (sel.typeCondition && schema.getType(sel.typeCondition.name.value)) || parent);
        if (found) return found;
        continue;
      }
      const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
      if (!def) continue;
      const type = getNamedType(def.type);
      if (type.name.endsWith('Connection')) {
        const arg = (name: string) => {
          const node = sel.arguments?.find((a) => a.name.value === name);
          return node ? valueFromASTUntyped(node.value, variables ?? undefined) : undefined;
        };
        const first = arg('first');
        // A value that is not an Int at all is graphql-js's to refuse while coercing (BAD_USER_INPUT, naming the variable).
        if (typeof first === 'number' && Number.isInteger(first) && (first < 0 || first > MAX_PAGE_SIZE)) return refuse('first', `must be from 0 to ${MAX_PAGE_SIZE}, got ${String(first)}`);
        if (arg('last') != null) return refuse('last', 'this list pages forward only: use first and after');
        if (arg('before') != null) return refuse('before', 'this list pages forward only: use first and after');
      }
      if (sel.selectionSet) {
        const found = check(sel.selectionSet, type);
        if (found) return found;
      }
    }
    return undefined;
  };
  return check(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** The arguments the checks above read: only the variables used in them can change their outcome for a document. */
const SIZING_ARGUMENTS = new Set(['first', 'ids', 'last', 'before']);
/** Distinct sizing-variable values remembered per document (then forgotten, and remembered anew). */
const MEMO_PER_DOCUMENT = 64;

/**
 * The outcome of `pagingRefusal` + `estimateUpstreamCalls` for a document whose paging arguments passed,
 * keyed by the document object (Yoga's parse cache hands the same one to every request of the same
 * text), the operation name and the values of the variables that feed a sizing argument — nothing else
 * goes in, so the outcome is the same. Refusals are not remembered (their error is built per request).
 * The static walk was ~1 % of a `node(id:)` request's CPU (test/bench/PROFILE.md).
 */
class BudgetMemo {
  private readonly documents = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { variables: string[]; outcomes: Map<string, number> }>>();

  private entry(schema: GraphQLSchema, document: DocumentNode) {
    let bySchema = this.documents.get(schema);
    if (!bySchema) this.documents.set(schema, (bySchema = new WeakMap()));
    let entry = bySchema.get(document);
    if (!entry) bySchema.set(document, (entry = { variables: sizingVariables(document), outcomes: new Map() }));
    return entry;
  }

  private static key(names: string[], operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
    return `${operationName ?? ''}\u0000${names.length ? JSON.stringify(names.map((n) => variables?.[n] ?? null)) : ''}`;
  }

  get(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): { estimate: number } | undefined {
    const entry = this.entry(schema, document);
    const estimate = entry.outcomes.get(BudgetMemo.key(entry.variables, operationName, variables));
    return estimate === undefined ? undefined : { estimate };
  }

  set(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, estimate: number): void {
    const entry = this.entry(schema, document);
    const key = BudgetMemo.key(entry.variables, operationName, variables);
    if (key.length > 1024) return; // a long `ids` list: not worth keeping
    if (entry.outcomes.size >= MEMO_PER_DOCUMENT) entry.outcomes.clear();
    entry.outcomes.set(key, estimate);
  }
}

/** Names of the variables used (at any depth) in a sizing argument anywhere in the document. */
function sizingVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) names.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
    else if (value.kind === Kind.OBJECT) for (const f of value.fields) collect(f.value);
  };
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) for (const arg of sel.arguments ?? []) if (SIZING_ARGUMENTS.has(arg.name.value)) collect(arg.value);
      if (sel.kind !== Kind.FRAGMENT_SPREAD) walk(sel.selectionSet);
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
  return [...names].sort();
}

/**
 * Bounds the upstream calls of one operation (after checking its paging arguments): refused before any call when the estimate is over the
 * budget (`QUERY_TOO_EXPENSIVE`, HTTP 400, with the estimate and the limit), and the budget is put on
 * the request's `RequestScope` so the transport stops an operation that exceeds it anyway. Subscriptions
 * get no budget: their pollers are shared and long-lived.
 */
export function useUpstreamBudget(options: { budget?: number } = {}): Plugin<GatewayContext> {
  const budget = options.budget ?? DEFAULT_UPSTREAM_BUDGET;
  const memo = new BudgetMemo();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues as Record<string, unknown> | undefined;
      const known = memo.get(args.schema, args.document, args.operationName, variables);
      let estimate: number;
      if (known) estimate = known.estimate;
      else {
        const paging = pagingRefusal(args.schema, args.document, args.operationName, variables);
        if (paging) {
          setResultAndStopExecution({ errors: [paging] });
          return;
        }
        estimate = estimateUpstreamCalls(args.schema, args.document, args.operationName, variables);
        memo.set(args.schema, args.document, args.operationName, variables, estimate);
      }
      if (estimate > budget) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`This operation could make ${estimate} upstream calls; the limit is ${budget}. Ask for smaller pages or fewer per-item fields.`, {
              extensions: { code: 'QUERY_TOO_EXPENSIVE', estimate, limit: budget, http: { status: 400 } },
            }),
          ],
        });
        return;
      }
      const scope = (args.contextValue as GatewayContext | undefined)?.scope;
      if (scope) scope.upstreamBudget = budget;
    },
  };
}

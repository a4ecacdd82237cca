/**
 * `node(id)` / `nodes(ids)` refetch every Node type of every provider. The gateway runs LIVE against the
 * five emulators; one id of each (type, provider) row is collected from the graph itself, then refetched
 * in a fresh request (no DataLoader cache carries over) and all together in one `nodes` call. The table
 * must cover every Node type of the printed schema (schema/schema.graphql).
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { buildSchema, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import type { RunningEmulator } from '../../src/emulators/kit.js';
import type { Provider } from '../../src/core/provider.js';
import { NODE_TYPE_PROVIDERS } from '../../src/schema/node-types.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { paiBuildInput } from '../support/pai.js';

let emulators: RunningEmulator[] = [];
let gw: TestGateway;
const ids = new Map<string, string>();

type Json = Record<string, unknown>;

/** Runs a query that must succeed and returns its data. */
async function data(query: string, variables?: Json): Promise<Json> {
  const res = await gw.raw<Json>(query, variables);
  if (res.errors?.length || !res.data) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The id of the first node of a connection at the top of the query. */
async function firstNodeId(query: string): Promise<string> {
  const connection = Object.values(await data(query))[0] as { edges: { node: { id: string } }[] };
  const id = connection.edges[0]?.node.id;
  if (!id) throw new Error(`${query}: empty`);
  return id;
}

const imageId = (provider: Provider) => firstNodeId(`{ images(first: 1, filter: { providers: [${provider}] }) { edges { node { id } } } }`);
const jobId = (provider: Provider) => firstNodeId(`{ jobs(first: 1, filter: { providers: [${provider}] }) { edges { node { id } } } }`);

async function startDockerPull(): Promise<string> {
  const res = await data(`mutation { pullImage(input: { image: "alpine", tag: "3.19" }) { __typename ... on PullImageSuccess { job { id } } ... on Error { message } } }`);
  const result = res.pullImage as { __typename: string; job?: { id: string }; message?: string };
  if (!result.job) throw new Error(`pullImage: ${result.__typename} ${result.message}`);
  return result.job.id;
}

async function startPaiBuild(): Promise<string> {
  const name = `refetch-${randomUUID().slice(0, 8)}`;
  const res = await data(
    `mutation($input: CreateImageBuildInput!) { createImageBuild(input: $input) { __typename ... on CreateImageBuildSuccess { imageBuild { id } } ... on Error { message } } }`,
    { input: paiBuildInput({ name }) },
  );
  const result = res.createImageBuild as { __typename: string; imageBuild?: { id: string }; message?: string };
  if (!result.imageBuild) throw new Error(`createImageBuild: ${result.__typename} ${result.message}`);
  return result.imageBuild.id;
}

interface Row {
  typename: string;
  provider: Provider;
  /** Finds one id of this type at this provider through the graph. */
  collect: () => Promise<string>;
}

const TABLE: Row[] = [
  { typename: 'DockerImage', provider: 'DOCKER', collect: () => imageId('DOCKER') },
  { typename: 'CycleImage', provider: 'CYCLE', collect: () => imageId('CYCLE') },
  { typename: 'PaiImage', provider: 'PAI', collect: () => imageId('PAI') },
  { typename: 'CycleImageSource', provider: 'CYCLE', collect: () => firstNodeId('{ cycleImageSources(first: 1) { edges { node { id } } } }') },
  { typename: 'BaseImage', provider: 'TAC', collect: () => firstNodeId('{ baseImages(first: 1) { edges { node { id } } } }') },
  { typename: 'Registry', provider: 'TAC', collect: () => firstNodeId('{ registries(first: 1) { edges { node { id } } } }') },
  {
    typename: 'OperatingSystem',
    provider: 'TAC',
    collect: async () => {
      const res = await data('{ baseImages(first: 1) { edges { node { operatingSystem { id } } } } }');
      return (res.baseImages as { edges: { node: { operatingSystem: { id: string } } }[] }).edges[0]!.node.operatingSystem.id;
    },
  },
  { typename: 'Repository', provider: 'SWR', collect: () => firstNodeId('{ repositories(first: 1) { edges { node { id } } } }') },
  { typename: 'Namespace', provider: 'SWR', collect: async () => ((await data('{ namespaces { id } }')).namespaces as { id: string }[])[0]!.id },
  { typename: 'ImageBuild', provider: 'CYCLE', collect: () => firstNodeId('{ imageBuilds(first: 1, filter: { providers: [CYCLE] }) { edges { node { id } } } }') },
  { typename: 'ImageBuild', provider: 'PAI', collect: startPaiBuild },
  { typename: 'Job', provider: 'DOCKER', collect: startDockerPull },
  { typename: 'Job', provider: 'CYCLE', collect: () => jobId('CYCLE') },
  { typename: 'Job', provider: 'PAI', collect: () => jobId('PAI') },
];

const key = (row: Pick<Row, 'typename' | 'provider'>) => `${row.typename}/${row.provider}`;
const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const upstreamRequests = () => emulators.reduce((n, e) => n + e.requests.length, 0);

/** Object types of the printed schema that implement Node. */
function schemaNodeTypes(): string[] {
  const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
    .map((t) => t.name)
    .sort();
}

beforeAll(async () => {
  const started = await Promise.all([startDockerEmulator(), startTacEmulator(), startSwrEmulator(), startCycleEmulator(), startPaiEmulator({ tickMs: 100 })]);
  emulators = started;
  gw = await startTestGateway(Object.assign({}, ...started.map((e) => e.env)) as Record<string, string>);
  // The PAI build first: its DLC job is then one of PAI's jobs, whatever PAI seeded.
  const ordered = [...TABLE.filter((r) => r.collect === startPaiBuild), ...TABLE.filter((r) => r.collect !== startPaiBuild)];
  for (const row of ordered) ids.set(key(row), await row.collect());
});

afterAll(async () => {
  await gw?.close();
  await Promise.all(emulators.map((e) => e.close()));
});

describe('node refetch', () => {
  describe('the table', () => {
    it('covers every Node type of the printed schema, with every provider that holds it', () => {
      const inTable = [...new Set(TABLE.map((r) => r.typename))].sort();
      expect(inTable, 'Node types of schema/schema.graphql missing from TABLE (or extra)').toEqual(schemaNodeTypes());
      expect(Object.keys(NODE_TYPE_PROVIDERS).sort(), 'src/schema/node-types.ts').toEqual(schemaNodeTypes());
      for (const typename of inTable) {
        expect(TABLE.filter((r) => r.typename === typename).map((r) => r.provider).sort(), typename).toEqual([...NODE_TYPE_PROVIDERS[typename]!].sort());
      }
    });

    it.each(TABLE)('collected a $typename of $provider from the graph', (row) => {
      const [typename, provider] = decode(ids.get(key(row))!).split(':');
      expect({ typename, provider }).toEqual({ typename: row.typename, provider: row.provider });
    });
  });

  describe('node(id)', () => {
    it.each(TABLE)('refetches a $typename of $provider in a fresh request', async (row) => {
      const id = ids.get(key(row))!;
      const res = await gw.raw<{ node: { __typename: string; id: string } | null }>('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toEqual({ __typename: row.typename, id });
    });
  });

  describe('nodes(ids)', () => {
    it('refetches every row in one call, in order', async () => {
      const all = TABLE.map((row) => ids.get(key(row))!);
      const res = await gw.raw<{ nodes: ({ __typename: string; id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: all });
      expect(res.errors).toBeUndefined();
      expect(res.data!.nodes).toEqual(TABLE.map((row, i) => ({ __typename: row.typename, id: all[i] })));
    });
  });

  describe('ids that name nothing refetchable', () => {
    const BAD_IDS: [string, string][] = [
      ['garbage', '!!not base64!!'],
      ['base64 without a type', encode('hello')],
      ['an unknown type', encode('Widget:DOCKER:1')],
      ['an interface', encode('Image:DOCKER:sha256:abc')],
      ['a type that is not a Node', encode('PageInfo:DOCKER:1')],
      ['an unknown provider', encode('DockerImage:AZURE:sha256:abc')],
      ['a type at a provider that does not hold it', encode('DockerImage:CYCLE:sha256:abc')],
      ['a TAC type at SWR', encode('BaseImage:SWR:acme')],
    ];

    it.each(BAD_IDS)('node(%s) is a ValidationError before any upstream call', async (_what, id) => {
      const before = upstreamRequests();
      const res = await gw.raw<{ node: unknown }>('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(res.data?.node ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'id' }] });
      expect(upstreamRequests()).toBe(before);
    });

    it('nodes(ids) with one such id is a ValidationError before any upstream call', async () => {
      const before = upstreamRequests();
      const res = await gw.raw('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [ids.get('BaseImage/TAC')!, encode('Widget:TAC:1')] });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(upstreamRequests()).toBe(before);
    });
  });
});

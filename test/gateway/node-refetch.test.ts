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
import {
  GwCreateImageBuildDocument,
  GwFirstBaseImageIdDocument,
  GwFirstCycleImageSourceIdDocument,
  GwFirstImageBuildIdDocument,
  GwFirstImageIdDocument,
  GwFirstJobIdDocument,
  GwFirstOperatingSystemIdDocument,
  GwFirstRegistryIdDocument,
  GwFirstRepositoryIdDocument,
  GwNamespaceIdsDocument,
  GwNodesTypenameDocument,
  GwNodeTypenameDocument,
  GwPullAlpineDocument,
  type CreateImageBuildInput,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway, type TypedRequest } from '../support/gateway.js';
import { paiBuildInput } from '../support/pai.js';

let emulators: RunningEmulator[] = [];
let gw: TestGateway;
const ids = new Map<string, string>();

/** Runs an operation that must succeed and returns its data (the failure prints the operation and body). */
async function data<R, V>(request: TypedRequest<R, V>): Promise<R> {
  return (await gw.execute(request)).expectNoErrors();
}

/** The id of the first node of a connection. */
function firstNodeId(connection: { edges: { node: { id: string } }[] } | null | undefined, what: string): string {
  const id = connection?.edges[0]?.node.id;
  if (!id) throw new Error(`${what}: empty`);
  return id;
}

const imageId = async (provider: Provider) => firstNodeId((await data({ document: GwFirstImageIdDocument, variables: { providers: [provider] } })).images, `${provider} images`);
const jobId = async (provider: Provider) => firstNodeId((await data({ document: GwFirstJobIdDocument, variables: { providers: [provider] } })).jobs, `${provider} jobs`);

async function startDockerPull(): Promise<string> {
  const result = (await data({ document: GwPullAlpineDocument })).pullImage;
  if (result.__typename !== 'PullImageSuccess') throw new Error(`pullImage: ${result.__typename} ${result.message}`);
  return result.job.id;
}

async function startPaiBuild(): Promise<string> {
  const name = `refetch-${randomUUID().slice(0, 8)}`;
  const result = (await data({ document: GwCreateImageBuildDocument, variables: { input: paiBuildInput({ name }) as CreateImageBuildInput } })).createImageBuild;
  if (result.__typename !== 'CreateImageBuildSuccess') throw new Error(`createImageBuild: ${result.__typename} ${result.message}`);
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
  { typename: 'CycleImageSource', provider: 'CYCLE', collect: async () => firstNodeId((await data({ document: GwFirstCycleImageSourceIdDocument })).cycleImageSources, 'cycleImageSources') },
  { typename: 'BaseImage', provider: 'TAC', collect: async () => firstNodeId((await data({ document: GwFirstBaseImageIdDocument })).baseImages, 'baseImages') },
  { typename: 'Registry', provider: 'TAC', collect: async () => firstNodeId((await data({ document: GwFirstRegistryIdDocument })).registries, 'registries') },
  {
    typename: 'OperatingSystem',
    provider: 'TAC',
    collect: async () => {
      const res = await data({ document: GwFirstOperatingSystemIdDocument });
      return res.baseImages!.edges[0]!.node.operatingSystem!.id;
    },
  },
  { typename: 'Repository', provider: 'SWR', collect: async () => firstNodeId((await data({ document: GwFirstRepositoryIdDocument })).repositories, 'repositories') },
  { typename: 'Namespace', provider: 'SWR', collect: async () => (await data({ document: GwNamespaceIdsDocument })).namespaces![0]!.id },
  { typename: 'ImageBuild', provider: 'CYCLE', collect: async () => firstNodeId((await data({ document: GwFirstImageBuildIdDocument, variables: { providers: ['CYCLE'] } })).imageBuilds, 'CYCLE imageBuilds') },
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
      const res = await gw.execute({ document: GwNodeTypenameDocument, variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toEqual({ __typename: row.typename, id });
    });
  });

  describe('nodes(ids)', () => {
    it('refetches every row in one call, in order', async () => {
      const all = TABLE.map((row) => ids.get(key(row))!);
      const res = await gw.execute({ document: GwNodesTypenameDocument, variables: { ids: all } });
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
      const res = await gw.execute({ document: GwNodeTypenameDocument, variables: { id } });
      expect(res.data?.node ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'id' }] });
      expect(upstreamRequests()).toBe(before);
    });

    it('nodes(ids) with one such id is a ValidationError before any upstream call', async () => {
      const before = upstreamRequests();
      const res = await gw.execute({ document: GwNodesTypenameDocument, variables: { ids: [ids.get('BaseImage/TAC')!, encode('Widget:TAC:1')] } });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(upstreamRequests()).toBe(before);
    });
  });
});

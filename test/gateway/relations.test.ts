/**
 * Relations across providers, through the whole gateway (HTTP via yoga.fetch) LIVE against the five
 * emulators, counting the requests each emulator answers. The counts asserted here are the ones
 * documented in src/schema/types/relations.ts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startCycleEmulator } from '../../src/emulators/cycle/index.js';
import { parseReference } from '../../src/emulators/docker-engine/reference.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import type { RunningEmulator } from '../../src/emulators/kit.js';
import {
  GwBuildImageDocument,
  GwBuildJobDocument,
  GwCreateImageBuildDocument,
  GwCycleBuildImagesDocument,
  GwCycleBuildJobsDocument,
  GwDockerImageRepositoriesDocument,
  GwHarborBaseImageRepositoriesDocument,
  GwRelationsDocument,
  type CreateImageBuildInput,
  type GwBuildImageQuery,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway, type TypedResult } from '../support/gateway.js';
import { paiBuildInput, paiImageUri } from '../support/pai.js';

type Emulators = { docker: RunningDockerEmulator; tac: TacEmulator; swr: RunningSwrEmulator; cycle: RunningEmulator; pai: RunningPaiEmulator };
let emu: Emulators;
let gw: TestGateway;

const SWR_HOST = 'swr.ap-southeast-1.myhuaweicloud.com';
/** Base images added to the TAC emulator, by name → containerImage. All names start with `rel-`. */
const BASE_IMAGES: Record<string, string> = {
  'rel-alpine': 'docker.io/library/alpine:3.19',
  'rel-nginx': 'index.docker.io/library/nginx:1.25',
  'rel-redis-other-tag': 'docker.io/library/redis:6.2',
  'rel-swr-api': `${SWR_HOST}/acme/api:latest`,
  'rel-swr-missing': `${SWR_HOST}/acme/no-such-repo:1.0`,
  'rel-swr-platform': `${SWR_HOST}/platform/api-v2:v1.0.0`,
  'rel-swr-pulled': `${SWR_HOST}/ml-team/api_legacy:v1`,
  'rel-swr-other-region': 'swr.cn-north-4.myhuaweicloud.com/acme/api:latest',
  'rel-harbor': 'harbor.acme.example/base-images/debian-12-base:1.0.0',
};

/** Requests each emulator answered while `fn` ran. */
async function counting<T>(fn: () => Promise<T>) {
  const before = Object.fromEntries(Object.entries(emu).map(([k, e]) => [k, e.requests.length]));
  const result = await fn();
  const calls = Object.fromEntries(Object.entries(emu).map(([k, e]) => [k, e.requests.slice(before[k])])) as Record<keyof Emulators, RunningEmulator['requests']>;
  return { result, calls };
}

const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');

beforeAll(async () => {
  const [docker, tac, swr, cycle, pai] = await Promise.all([startDockerEmulator(), startTacEmulator(), startSwrEmulator(), startCycleEmulator(), startPaiEmulator({ tickMs: 100 })]);
  emu = { docker, tac, swr, cycle, pai };

  // TAC base images whose containerImage names Docker images and SWR repositories (a copy of a seeded one, renamed).
  const template = [...tac.store.baseImages.values()].find((b) => b.status === 'ACTIVE')!;
  for (const [name, containerImage] of Object.entries(BASE_IMAGES)) {
    const id = randomUUID();
    tac.store.baseImages.set(id, { ...structuredClone(template), id, name, container_image: containerImage });
  }
  // `docker tag` stand-ins: redis and nginx also carry SWR names (ml-team/api_legacy is referenced by a
  // base image too; open.source/web only by the Docker image).
  const idOf = (reference: string) => docker.store.byReference(parseReference(reference))!.id;
  docker.store.setReference(parseReference(`${SWR_HOST}/ml-team/api_legacy:v1`), idOf('redis:7.2'));
  docker.store.setReference(parseReference(`${SWR_HOST}/open.source/web:latest`), idOf('nginx:1.25'));
  for (const [ns, name] of [['acme', 'api'], ['platform', 'api-v2'], ['ml-team', 'api_legacy'], ['open.source', 'web']] as const) {
    expect(swr.store.getRepository(ns, name), `${ns}/${name} is seeded`).toBeDefined();
  }

  gw = await startTestGateway({ ...docker.env, ...tac.env, ...swr.env, ...cycle.env, ...pai.env });
  // Warm-up: API version negotiation and token exchanges happen once per gateway, not per request.
  (await gw.execute({ document: GwRelationsDocument })).expectNoErrors();
});

afterAll(async () => {
  await gw?.close();
  await Promise.all(Object.values(emu ?? {}).map((e) => e.close()));
});

describe('relations', () => {
  describe('BaseImage.dockerImages / BaseImage.repositories / DockerImage.repository', () => {
    it('links by normalised reference, in one Docker list call and one SWR call per organisation per batch', async () => {
      const { result, calls } = await counting(() => gw.execute({ document: GwRelationsDocument }));
      expect(result.errors).toBeUndefined();
      const byName = new Map(result.data!.baseImages!.edges.map((e) => [e.node.name, e.node]));
      expect([...byName.keys()].sort()).toEqual(Object.keys(BASE_IMAGES).sort());
      const tagsOf = (name: string) => byName.get(name)!.dockerImages.map((d) => d.repoTags.filter((t) => !t.startsWith(SWR_HOST)).sort());
      const reposOf = (name: string) => byName.get(name)!.repositories.map((r) => `${r.namespace}/${r.name}`);

      // Docker Hub defaults: docker.io/library/alpine:3.19 is the engine's `alpine:3.19` (which is also `alpine:latest`).
      expect(tagsOf('rel-alpine')).toEqual([['alpine:3.19', 'alpine:latest']]);
      expect(tagsOf('rel-nginx')).toEqual([['nginx:1.25']]);
      expect(tagsOf('rel-redis-other-tag')).toEqual([]);
      expect(tagsOf('rel-harbor')).toEqual([]);
      // The base image and the Docker image name the same SWR repository.
      expect(tagsOf('rel-swr-pulled')).toEqual([['redis:7.2']]);
      expect(reposOf('rel-swr-pulled')).toEqual(['ml-team/api_legacy']);
      expect(byName.get('rel-swr-pulled')!.dockerImages[0]!.repository).toMatchObject({ namespace: 'ml-team', name: 'api_legacy' });
      expect(reposOf('rel-swr-api')).toEqual(['acme/api']);
      expect(byName.get('rel-swr-api')!.repositories[0]!.pullPath).toBe(`${SWR_HOST}/acme/api`);
      expect(reposOf('rel-swr-platform')).toEqual(['platform/api-v2']);
      expect(reposOf('rel-swr-missing')).toEqual([]);
      // Same organisation/name, another region's registry: not this SWR's repository.
      expect(reposOf('rel-swr-other-region')).toEqual([]);
      // A Docker image tagged for SWR links to its repository; one from Docker Hub to none.
      expect(byName.get('rel-nginx')!.dockerImages[0]!.repository).toMatchObject({ namespace: 'open.source', name: 'web' });
      expect(byName.get('rel-alpine')!.dockerImages[0]!.repository).toBeNull();
      // Ids round-trip as Repository ids of SWR.
      expect(decode(byName.get('rel-swr-api')!.repositories[0]!.id)).toBe('Repository:SWR:acme/api');

      // Docker: one `GET /images/json` serves all 9 base images; no inspect.
      expect(calls.docker.map((r) => `${r.method} ${r.path.replace(/^\/v[\d.]+/, '')}`)).toEqual(['GET /images/json']);
      // SWR: batch 1 (base images) asks acme (2 repositories → the organisation's list), platform and
      // ml-team (one each → name-filtered); batch 2 (Docker images) finds ml-team/api_legacy cached and
      // asks open.source only. The other region's acme/api is the same key as rel-swr-api: no extra call.
      const swrCalls = calls.swr.map((r) => new URL(r.rawUrl, 'http://x'));
      expect(swrCalls.every((u) => u.pathname === '/v2/manage/repos')).toBe(true);
      expect(swrCalls.map((u) => `${u.searchParams.get('namespace')}|${u.searchParams.get('name') ?? ''}`).sort()).toEqual([
        'acme|',
        'ml-team|api_legacy',
        'open.source|web',
        'platform|api-v2',
      ]);
      // TAC: the base image list only (one page).
      expect(calls.tac.filter((r) => r.path.startsWith('/v1/')).map((r) => r.path)).toEqual(['/v1/base-images']);
    });

    it('costs nothing upstream for base images whose references name no Docker Hub/SWR path', async () => {
      const { result, calls } = await counting(() => gw.execute({ document: GwHarborBaseImageRepositoriesDocument }));
      expect(result.errors).toBeUndefined();
      expect(result.data!.baseImages!.edges).toEqual([{ node: { repositories: [] } }]);
      expect(calls.swr).toEqual([]);
      expect(calls.docker).toEqual([]);
    });

    it('answers the others’ data and one error naming DOCKER when the engine fails', async () => {
      emu.docker.faults.pathPattern = /\/images\/json$/;
      emu.docker.faults.errorRate = 1;
      try {
        const res = await gw.execute({ document: GwRelationsDocument });
        const nodes = res.data!.baseImages!.edges.map((e) => e.node);
        expect(nodes.every((n) => n.dockerImages.length === 0)).toBe(true);
        expect(nodes.find((n) => n.name === 'rel-swr-api')!.repositories).toHaveLength(1);
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]!.extensions).toMatchObject({ provider: 'DOCKER' });
      } finally {
        emu.docker.faults.errorRate = 0;
        emu.docker.faults.pathPattern = undefined;
      }
    });

    it('links a Docker image from the images feed to its SWR repository (one call for the page)', async () => {
      const { result, calls } = await counting(() => gw.execute({ document: GwDockerImageRepositoriesDocument }));
      expect(result.errors).toBeUndefined();
      const linked = result.data!.images.edges.map((e) => expectTypename(e.node, 'DockerImage')).filter((n) => n.repository);
      expect(linked.map((n) => `${n.repository!.namespace}/${n.repository!.name}`).sort()).toEqual(['ml-team/api_legacy', 'open.source/web']);
      // Two organisations, one repository each: two name-filtered calls in one batch.
      expect(calls.swr).toHaveLength(2);
    });
  });

  describe('ImageBuild.image', () => {
    it('resolves the CycleImage a Cycle build produced from the list call alone', async () => {
      const { result: res, calls } = await counting(() => gw.execute({ document: GwCycleBuildImagesDocument }));
      expect(res.errors).toBeUndefined();
      const builds = res.data!.imageBuilds.edges.map((e) => e.node);
      // One list call: a Cycle build is its image, and the listed image record comes with the build.
      expect(calls.cycle.filter((r) => r.path === '/v1/images')).toHaveLength(1);
      expect(calls.cycle.filter((r) => /^\/v1\/images\/[^/]+$/.test(r.path))).toHaveLength(0);
      expect(builds.length).toBeGreaterThan(0);
      for (const b of builds) {
        expect(b.image, decode(b.id)).toMatchObject({ __typename: 'CycleImage' });
        // A Cycle build is its image being imported: same Cycle id.
        expect(decode(b.image!.id).split(':').slice(1)).toEqual(decode(b.id).split(':').slice(1));
      }
    });

    it('gives listed Cycle builds the same job as a refetched build', async () => {
      const listed = await gw.execute({ document: GwCycleBuildJobsDocument });
      expect(listed.errors).toBeUndefined();
      const builds = listed.data!.imageBuilds.edges.map((e) => e.node);
      for (const b of builds) {
        const one = await gw.execute({ document: GwBuildJobDocument, variables: { id: b.id } });
        expect(b.job).toEqual(expectTypename(one.data!.node, 'ImageBuild').job);
      }
      expect(builds.some((b) => b.job !== null)).toBe(true);
    });

    it('resolves the PaiImage a PAI build produced', async () => {
      const name = `rel-${randomUUID().slice(0, 8)}`;
      const created = await gw.execute({ document: GwCreateImageBuildDocument, variables: { input: paiBuildInput({ name }) as CreateImageBuildInput } });
      expect(created.data?.createImageBuild.__typename).toBe('CreateImageBuildSuccess');
      const id = expectTypename(created.data!.createImageBuild, 'CreateImageBuildSuccess').imageBuild.id;
      const status = (r: TypedResult<GwBuildImageQuery>) => (r.data?.node?.__typename === 'ImageBuild' ? r.data.node.status : undefined);
      let res = await gw.execute({ document: GwBuildImageDocument, variables: { id } });
      for (const end = Date.now() + 15_000; status(res) !== 'SUCCEEDED' && Date.now() < end; res = await gw.execute({ document: GwBuildImageDocument, variables: { id } })) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toMatchObject({ status: 'SUCCEEDED', image: { __typename: 'PaiImage', imageUri: paiImageUri(name) } });
    });
  });
});

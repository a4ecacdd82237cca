/**
 * Cycle operations of issue 14 through the whole gateway (yoga.fetch) against the Cycle emulator: what a
 * build targets and was made from, the calls a listed page and a node cost, image sources' lifecycle,
 * renaming and re-importing images, Cycle's own list filters and sort, container counts, build overrides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import {
  CycleBuildFromDocument,
  CycleCreateSourceDocument,
  CycleDeleteSourceDocument,
  CycleFeedSourcesDocument,
  CycleImageBuildJobDocument,
  CycleImageIdsDocument,
  CycleImagesSortedDocument,
  CycleImagesWithSourcesDocument,
  CycleImageWithBuildDocument,
  CycleJobDocument,
  CycleReimportImageDocument,
  CycleSourceByIdentifierDocument,
  CycleUpdateImageDocument,
  CycleUpdateSourceDocument,
  type CycleJobQuery,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway, type TypedRequest } from '../support/gateway.js';
import { until } from './helpers.js';

let emu: RunningCycleEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emu = await startCycleEmulator({ tickMs: 50 });
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

/** The data of a typed operation, after asserting it had no errors. */
async function data<R, V>(request: TypedRequest<R, V>): Promise<R> {
  return (await gw.execute(request)).expectNoErrors();
}

async function sourceIdOf(identifier: string): Promise<string> {
  const d = await data({ document: CycleSourceByIdentifierDocument, variables: { f: { identifier } } });
  return d.cycleImageSources!.edges[0]!.node.id;
}

type Job = Extract<NonNullable<CycleJobQuery['node']>, { __typename?: 'Job' }>;

async function waitForJob(id: string): Promise<Job> {
  let job: Job | undefined;
  await until(async () => {
    job = expectTypename((await data({ document: CycleJobDocument, variables: { id } })).node, 'Job');
    return ['SUCCEEDED', 'FAILED', 'EXPIRED'].includes(job.state);
  }, 15_000, 50);
  return job!;
}

describe('ImageBuild.targetImage and source (defect 6)', () => {
  it('is the image reference for a registry source, null for a Dockerfile build, whose repository is sourceTarget', async () => {
    const webFrontend = await sourceIdOf('web-frontend');
    const built = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: webFrontend, name: 'defect 6' } } } });
    const build = expectTypename(built.createImageBuild, 'CreateImageBuildSuccess').imageBuild;
    expect(build.targetImage).toBeNull();
    expect(build.sourceTarget).toMatch(/^https:\/\/.*\.git$|^https:\/\//);
    expect(build.source).toEqual({ id: webFrontend, identifier: 'web-frontend' });

    const nginx = await sourceIdOf('nginx');
    const pulled = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: nginx } } } });
    const target = expectTypename(pulled.createImageBuild, 'CreateImageBuildSuccess').imageBuild;
    expect(target.targetImage).toBeTruthy();
    expect(target.targetImage).not.toMatch(/^https?:/);
    expect(target.sourceTarget).toBe(target.targetImage);
  });
});

describe('calls per query (defect 8)', () => {
  it('lists a page with its sources in one call (include=sources), however many distinct sources it names', async () => {
    const before = emu.requests.length;
    const d = await data({ document: CycleImagesWithSourcesDocument });
    const calls = emu.requests.slice(before);
    const identifiers = new Set(d.cycleImages!.edges.map((e) => e.node.source?.identifier).filter(Boolean));
    expect(identifiers.size).toBeGreaterThan(2);
    expect(calls.map((c) => c.path)).toEqual(['/v1/images']);
    expect(calls[0]!.rawUrl).toContain('include=sources');

    const merged = emu.requests.length;
    await data({ document: CycleFeedSourcesDocument });
    expect(emu.requests.slice(merged).map((c) => c.path)).toEqual(['/v1/images']);
  });

  it('reads a CycleImage once for node(id) with its source and build (the jobs search is the build job’s only cost)', async () => {
    const first = (await data({ document: CycleImageIdsDocument, variables: { first: 1, filter: { states: ['live'] } } })).cycleImages!.edges[0]!.node.id;
    const imagePath = `/v1/images/${Buffer.from(first, 'base64url').toString().split(':')[2]}`;
    const before = emu.requests.length;
    const d = expectTypename((await data({ document: CycleImageWithBuildDocument, variables: { id: first } })).node, 'CycleImage');
    expect(d.build?.status).toBe('SUCCEEDED');
    expect(d.source?.identifier).toBeTruthy();
    expect(emu.requests.slice(before).map((c) => c.path)).toEqual([imagePath]);

    const withJob = emu.requests.length;
    await data({ document: CycleImageBuildJobDocument, variables: { id: first } });
    // The image once, the jobs search for its import, and the job itself.
    const paths = emu.requests.slice(withJob).map((c) => c.path);
    expect(paths.filter((p) => p === imagePath)).toHaveLength(1);
    expect(paths.filter((p) => p === '/v1/jobs')).toHaveLength(1);
    expect(paths).toHaveLength(3);
  });
});

describe('cycleImages filters and sort', () => {
  it('passes state, sourceType, identifier and a client-chosen sort to Cycle, and reads containersCount', async () => {
    const before = emu.requests.length;
    const d = await data({
      document: CycleImagesSortedDocument,
      variables: { filter: { states: ['live'], sourceType: 'DIRECT', identifier: 'nginx' }, sort: [{ field: 'NAME', direction: 'DESC' }] },
    });
    const url = decodeURIComponent(emu.requests[before]!.rawUrl);
    expect(url).toContain('filter[state]=live');
    expect(url).toContain('filter[source_type]=direct');
    expect(url).toContain('filter[identifier]=nginx');
    expect(url).toContain('sort=-name');
    expect(url).toContain('meta=containers_count');
    const nodes = d.cycleImages!.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.state === 'live' && n.source?.identifier === 'nginx')).toBe(true);
    const names = nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort().reverse());
    const counts = [...emu.state.store.images.values()].filter((i) => i.dto.source && emu.state.store.sources.get(i.dto.source.details.id)?.dto.identifier === 'nginx' && i.dto.state.current === 'live');
    expect(nodes.map((n) => n.containersCount).sort()).toEqual(counts.map((i) => i.containers).sort());
  });

  it('refuses an unknown state with a ValidationError naming it, before calling Cycle', async () => {
    const before = emu.requests.length;
    const res = await gw.execute({ document: CycleImageIdsDocument, variables: { first: 5, filter: { states: ['live', 'exploded'] } } });
    expect(res.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.errors)).toContain('filter.states.1');
    expect(emu.requests.length).toBe(before);
  });
});

describe('image sources: create, update, delete', () => {
  it('creates a registry source (credentials never returned), updates it, builds from it and deletes it through a job', async () => {
    const created = await data({
      document: CycleCreateSourceDocument,
      variables: { input: { name: 'Private API', identifier: 'private-api', description: 'from the test', origin: { dockerRegistry: { url: 'https://registry.acme.test', target: 'acme/api:2', username: 'ci', token: 'tok-secret-1' } } } },
    });
    const source = expectTypename(created.createCycleImageSource, 'CreateCycleImageSourceSuccess').source;
    expect(source).toMatchObject({ name: 'Private API', identifier: 'private-api', type: 'direct', originType: 'docker-registry', target: 'registry.acme.test/acme/api:2', description: 'from the test', state: 'live' });
    expect(JSON.stringify(created)).not.toContain('tok-secret-1');

    const updated = await data({
      document: CycleUpdateSourceDocument,
      variables: { input: { id: source.id, name: 'Private API v3', origin: { dockerHub: { target: 'acme/api:3' } } } },
    });
    expect(expectTypename(updated.updateCycleImageSource, 'UpdateCycleImageSourceSuccess').source).toEqual({ id: source.id, name: 'Private API v3', target: 'acme/api:3' });

    const deleted = expectTypename((await data({ document: CycleDeleteSourceDocument, variables: { id: source.id } })).deleteCycleImageSource, 'DeleteCycleImageSourceSuccess');
    expect(deleted.job.state).toBe('QUEUED');
    expect((await waitForJob(deleted.job.id)).state).toBe('SUCCEEDED');
    const again = await data({ document: CycleDeleteSourceDocument, variables: { id: source.id } });
    expect(['ConflictError', 'NotFoundError']).toContain(again.deleteCycleImageSource.__typename);
  });

  it('checks the input by Cycle’s rules before any call: every field named', async () => {
    const nginx = await sourceIdOf('nginx');
    const before = emu.requests.length;
    const bad = await data({
      document: CycleCreateSourceDocument,
      variables: { input: { name: ' ', identifier: 'Not A Slug', origin: { dockerFile: { repoUrl: 'git@github.com:acme/x.git', targzUrl: 'https://example.com/x.tgz' } } } },
    });
    expect(bad.createCycleImageSource.__typename).toBe('ValidationError');
    expect(expectTypename(bad.createCycleImageSource, 'ValidationError').fieldErrors.map((f) => f.path).sort()).toEqual(['input.identifier', 'input.name', 'input.origin.dockerFile', 'input.origin.dockerFile.repoUrl'].sort());
    const noTarget = await data({ document: CycleCreateSourceDocument, variables: { input: { origin: { dockerHub: { target: '' } } } } });
    expect(expectTypename(noTarget.createCycleImageSource, 'ValidationError').fieldErrors).toEqual([{ path: 'input.origin.dockerHub.target', message: expect.any(String) }]);
    const empty = await data({ document: CycleUpdateSourceDocument, variables: { input: { id: nginx } } });
    expect(expectTypename(empty.updateCycleImageSource, 'ValidationError').fieldErrors[0]!.path).toBe('input');
    expect(emu.requests.length).toBe(before);
  });
});

describe('updateImage and reimportImage', () => {
  it('renames a Cycle image; a Docker id is an UnsupportedOperationError, an empty name a ValidationError', async () => {
    const id = (await data({ document: CycleImageIdsDocument, variables: { first: 1 } })).cycleImages!.edges[0]!.node.id;
    const renamed = await data({ document: CycleUpdateImageDocument, variables: { id, name: 'renamed through the graph' } });
    expect(expectTypename(renamed.updateImage, 'UpdateImageSuccess').image).toEqual({ id, name: 'renamed through the graph' });
    const empty = await data({ document: CycleUpdateImageDocument, variables: { id, name: '' } });
    expect(expectTypename(empty.updateImage, 'ValidationError').fieldErrors).toEqual([{ path: 'input.name', message: expect.any(String) }]);
    const docker = await data({ document: CycleUpdateImageDocument, variables: { id: Buffer.from(`DockerImage:DOCKER:sha256:${'a'.repeat(64)}`).toString('base64url'), name: 'x' } });
    expect(docker.updateImage.__typename).toBe('UnsupportedOperationError');
  });

  it('re-imports an image whose import failed; an image already imported is a ConflictError', async () => {
    const broken = await sourceIdOf('legacy-admin');
    const built = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: broken } } } });
    const build = expectTypename(built.createImageBuild, 'CreateImageBuildSuccess').imageBuild;
    expect((await waitForJob(build.job!.id)).state).toBe('FAILED');
    const again = await data({ document: CycleReimportImageDocument, variables: { id: build.image!.id } });
    expect(again.reimportImage).toMatchObject({ __typename: 'ReimportImageSuccess', job: { action: 'image.import', state: 'QUEUED', image: { id: build.image!.id } } });
    const twice = await data({ document: CycleReimportImageDocument, variables: { id: build.image!.id } });
    expect(twice.reimportImage.__typename).toBe('ConflictError');

    const live = (await data({ document: CycleImageIdsDocument, variables: { first: 1, filter: { states: ['live'] } } })).cycleImages!.edges[0]!.node.id;
    expect((await data({ document: CycleReimportImageDocument, variables: { id: live } })).reimportImage.__typename).toBe('ConflictError');
  });
});

describe('createImageBuild(cycle:) useDisk and override', () => {
  it('sends build.use_disk and override {target, targz_url} to Cycle, and the image targets the override', async () => {
    const nginx = await sourceIdOf('nginx');
    const d = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: nginx, useDisk: true, override: { target: 'nginx:1.27' } } } } });
    const build = expectTypename(d.createImageBuild, 'CreateImageBuildSuccess').imageBuild;
    expect(build.targetImage).toBe('nginx:1.27');
    const stored = emu.state.store.images.get(Buffer.from(build.id, 'base64url').toString().split(':')[2]!)!;
    expect(stored.dto.build?.use_disk).toBe(true);
    expect(stored.dto.source?.override).toEqual({ target: 'nginx:1.27' });

    const web = await sourceIdOf('web-frontend');
    const tgz = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: web, override: { targzUrl: 'https://example.com/ctx.tar.gz' } } } } });
    expect(expectTypename(tgz.createImageBuild, 'CreateImageBuildSuccess').imageBuild.sourceTarget).toBe('https://example.com/ctx.tar.gz');

    const bad = await data({ document: CycleBuildFromDocument, variables: { input: { cycle: { sourceId: web, override: { targzUrl: 'ftp://x' } } } } });
    expect(expectTypename(bad.createImageBuild, 'ValidationError').fieldErrors).toEqual([{ path: 'input.cycle.override.targzUrl', message: expect.any(String) }]);
  });
});

describe('toImageRecord with include=sources', () => {
  it('uses an included source, leaves a missing one to be loaded by id, and has none for an image without a source', async () => {
    const { toImageRecord } = await import('../../src/providers/cycle/dto.js');
    const entry = [...emu.state.store.images.values()].find((i) => i.dto.source)!;
    const sourceId = entry.dto.source!.details.id;
    const source = emu.state.store.sources.get(sourceId)!.dto;
    expect(toImageRecord(entry.dto, { [sourceId]: source }).source?.id).toBe(sourceId);
    expect(toImageRecord(entry.dto, {}).source).toBeUndefined();
    expect(toImageRecord(entry.dto).source).toBeUndefined();
    const { source: _dropped, ...sourceless } = entry.dto;
    expect(toImageRecord(sourceless, {}).source).toBeNull();
  });
});

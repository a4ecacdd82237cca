/**
 * Cycle operations of issue 14 through the whole gateway (yoga.fetch) against the Cycle emulator: what a
 * build targets and was made from, the calls a listed page and a node cost, image sources' lifecycle,
 * renaming and re-importing images, Cycle's own list filters and sort, container counts, build overrides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
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

type Json = Record<string, any>;

async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const res = await gw.raw<Json>(query, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

const RESULT = '__typename ... on Error { message } ... on ValidationError { fieldErrors { path message } }';

async function sourceIdOf(identifier: string): Promise<string> {
  const d = await data('query($f: CycleImageSourceFilter) { cycleImageSources(first: 5, filter: $f) { edges { node { id identifier } } } }', { f: { identifier } });
  return d.cycleImageSources.edges[0].node.id as string;
}

async function waitForJob(id: string): Promise<Json> {
  let job: Json = {};
  await until(async () => {
    job = (await data('query($id: ID!) { node(id: $id) { ... on Job { id state action error } } }', { id })).node;
    return ['SUCCEEDED', 'FAILED', 'EXPIRED'].includes(job.state);
  }, 15_000, 50);
  return job;
}

describe('ImageBuild.targetImage and source (defect 6)', () => {
  it('is the image reference for a registry source, null for a Dockerfile build, whose repository is sourceTarget', async () => {
    const webFrontend = await sourceIdOf('web-frontend');
    const built = await data(
      `mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s, name: "defect 6" } }) { ${RESULT} ... on CreateImageBuildSuccess { imageBuild { id targetImage sourceTarget source { id identifier } } } } }`,
      { s: webFrontend },
    );
    const build = built.createImageBuild.imageBuild;
    expect(build.targetImage).toBeNull();
    expect(build.sourceTarget).toMatch(/^https:\/\/.*\.git$|^https:\/\//);
    expect(build.source).toEqual({ id: webFrontend, identifier: 'web-frontend' });

    const nginx = await sourceIdOf('nginx');
    const pulled = await data(`mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s } }) { ${RESULT} ... on CreateImageBuildSuccess { imageBuild { targetImage sourceTarget } } } }`, { s: nginx });
    const target = pulled.createImageBuild.imageBuild;
    expect(target.targetImage).toBeTruthy();
    expect(target.targetImage).not.toMatch(/^https?:/);
    expect(target.sourceTarget).toBe(target.targetImage);
  });
});

describe('calls per query (defect 8)', () => {
  it('lists a page with its sources in one call (include=sources), however many distinct sources it names', async () => {
    const before = emu.requests.length;
    const d = await data('{ cycleImages(first: 20) { edges { node { id name containersCount source { id identifier name } } } } }');
    const calls = emu.requests.slice(before);
    const identifiers = new Set(d.cycleImages.edges.map((e: Json) => e.node.source?.identifier).filter(Boolean));
    expect(identifiers.size).toBeGreaterThan(2);
    expect(calls.map((c) => c.path)).toEqual(['/v1/images']);
    expect(calls[0]!.rawUrl).toContain('include=sources');

    const merged = emu.requests.length;
    await data('{ images(first: 20, filter: { providers: [CYCLE] }) { edges { node { id ... on CycleImage { source { identifier } } } } } }');
    expect(emu.requests.slice(merged).map((c) => c.path)).toEqual(['/v1/images']);
  });

  it('reads a CycleImage once for node(id) with its source and build (the jobs search is the build job’s only cost)', async () => {
    const first = (await data('{ cycleImages(first: 1, filter: { states: ["live"] }) { edges { node { id } } } }')).cycleImages.edges[0].node.id;
    const imagePath = `/v1/images/${Buffer.from(first, 'base64url').toString().split(':')[2]}`;
    const before = emu.requests.length;
    const d = await data('query($id: ID!) { node(id: $id) { ... on CycleImage { name source { identifier } build { status targetImage image { id } } } } }', { id: first });
    expect(d.node.build.status).toBe('SUCCEEDED');
    expect(d.node.source.identifier).toBeTruthy();
    expect(emu.requests.slice(before).map((c) => c.path)).toEqual([imagePath]);

    const withJob = emu.requests.length;
    await data('query($id: ID!) { node(id: $id) { ... on CycleImage { build { job { id } } } } }', { id: first });
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
    const d = await data(
      '{ cycleImages(first: 50, filter: { states: ["live"], sourceType: DIRECT, identifier: "nginx" }, sort: [{ field: NAME, direction: DESC }]) { edges { node { name state containersCount source { identifier } } } } }',
    );
    const url = decodeURIComponent(emu.requests[before]!.rawUrl);
    expect(url).toContain('filter[state]=live');
    expect(url).toContain('filter[source_type]=direct');
    expect(url).toContain('filter[identifier]=nginx');
    expect(url).toContain('sort=-name');
    expect(url).toContain('meta=containers_count');
    const nodes = d.cycleImages.edges.map((e: Json) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: Json) => n.state === 'live' && n.source.identifier === 'nginx')).toBe(true);
    const names = nodes.map((n: Json) => n.name);
    expect(names).toEqual([...names].sort().reverse());
    const counts = [...emu.state.store.images.values()].filter((i) => i.dto.source && emu.state.store.sources.get(i.dto.source.details.id)?.dto.identifier === 'nginx' && i.dto.state.current === 'live');
    expect(nodes.map((n: Json) => n.containersCount).sort()).toEqual(counts.map((i) => i.containers).sort());
  });

  it('refuses an unknown state with a ValidationError naming it, before calling Cycle', async () => {
    const before = emu.requests.length;
    const res = await gw.raw('{ cycleImages(first: 5, filter: { states: ["live", "exploded"] }) { edges { node { id } } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.errors)).toContain('filter.states.1');
    expect(emu.requests.length).toBe(before);
  });
});

describe('image sources: create, update, delete', () => {
  it('creates a registry source (credentials never returned), updates it, builds from it and deletes it through a job', async () => {
    const created = await data(
      `mutation($input: CreateCycleImageSourceInput!) { createCycleImageSource(input: $input) { ${RESULT} ... on CreateCycleImageSourceSuccess { source { id name identifier type originType target description state } } } }`,
      { input: { name: 'Private API', identifier: 'private-api', description: 'from the test', origin: { dockerRegistry: { url: 'https://registry.acme.test', target: 'acme/api:2', username: 'ci', token: 'tok-secret-1' } } } },
    );
    const source = created.createCycleImageSource.source;
    expect(source).toMatchObject({ name: 'Private API', identifier: 'private-api', type: 'direct', originType: 'docker-registry', target: 'registry.acme.test/acme/api:2', description: 'from the test', state: 'live' });
    expect(JSON.stringify(created)).not.toContain('tok-secret-1');

    const updated = await data(
      `mutation($input: UpdateCycleImageSourceInput!) { updateCycleImageSource(input: $input) { ${RESULT} ... on UpdateCycleImageSourceSuccess { source { id name target } } } }`,
      { input: { id: source.id, name: 'Private API v3', origin: { dockerHub: { target: 'acme/api:3' } } } },
    );
    expect(updated.updateCycleImageSource.source).toEqual({ id: source.id, name: 'Private API v3', target: 'acme/api:3' });

    const deleted = await data(`mutation($id: ID!) { deleteCycleImageSource(input: { id: $id }) { ${RESULT} ... on DeleteCycleImageSourceSuccess { job { id state } } } }`, { id: source.id });
    expect(deleted.deleteCycleImageSource.job.state).toBe('QUEUED');
    expect((await waitForJob(deleted.deleteCycleImageSource.job.id)).state).toBe('SUCCEEDED');
    const again = await data(`mutation($id: ID!) { deleteCycleImageSource(input: { id: $id }) { ${RESULT} } }`, { id: source.id });
    expect(['ConflictError', 'NotFoundError']).toContain(again.deleteCycleImageSource.__typename);
  });

  it('checks the input by Cycle’s rules before any call: every field named', async () => {
    const nginx = await sourceIdOf('nginx');
    const before = emu.requests.length;
    const bad = await data(`mutation($input: CreateCycleImageSourceInput!) { createCycleImageSource(input: $input) { ${RESULT} } }`, {
      input: { name: ' ', identifier: 'Not A Slug', origin: { dockerFile: { repoUrl: 'git@github.com:acme/x.git', targzUrl: 'https://example.com/x.tgz' } } },
    });
    expect(bad.createCycleImageSource.__typename).toBe('ValidationError');
    expect(bad.createCycleImageSource.fieldErrors.map((f: Json) => f.path).sort()).toEqual(['input.identifier', 'input.name', 'input.origin.dockerFile', 'input.origin.dockerFile.repoUrl'].sort());
    const noTarget = await data(`mutation { createCycleImageSource(input: { origin: { dockerHub: { target: "" } } }) { ${RESULT} } }`);
    expect(noTarget.createCycleImageSource.fieldErrors).toEqual([{ path: 'input.origin.dockerHub.target', message: expect.any(String) }]);
    const empty = await data(`mutation($id: ID!) { updateCycleImageSource(input: { id: $id }) { ${RESULT} } }`, { id: nginx });
    expect(empty.updateCycleImageSource.fieldErrors[0].path).toBe('input');
    expect(emu.requests.length).toBe(before);
  });
});

describe('updateImage and reimportImage', () => {
  it('renames a Cycle image; a Docker id is an UnsupportedOperationError, an empty name a ValidationError', async () => {
    const id = (await data('{ cycleImages(first: 1) { edges { node { id } } } }')).cycleImages.edges[0].node.id;
    const renamed = await data(`mutation($id: ID!) { updateImage(input: { id: $id, name: "renamed through the graph" }) { ${RESULT} ... on UpdateImageSuccess { image { id name } } } }`, { id });
    expect(renamed.updateImage.image).toEqual({ id, name: 'renamed through the graph' });
    const empty = await data(`mutation($id: ID!) { updateImage(input: { id: $id, name: "" }) { ${RESULT} } }`, { id });
    expect(empty.updateImage.fieldErrors).toEqual([{ path: 'input.name', message: expect.any(String) }]);
    const docker = await data(`mutation($id: ID!) { updateImage(input: { id: $id, name: "x" }) { ${RESULT} } }`, { id: Buffer.from(`DockerImage:DOCKER:sha256:${'a'.repeat(64)}`).toString('base64url') });
    expect(docker.updateImage.__typename).toBe('UnsupportedOperationError');
  });

  it('re-imports an image whose import failed; an image already imported is a ConflictError', async () => {
    const broken = await sourceIdOf('legacy-admin');
    const built = await data(`mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s } }) { ${RESULT} ... on CreateImageBuildSuccess { imageBuild { id job { id } image { id } } } } }`, { s: broken });
    const build = built.createImageBuild.imageBuild;
    expect((await waitForJob(build.job.id)).state).toBe('FAILED');
    const again = await data(`mutation($id: ID!) { reimportImage(input: { id: $id }) { ${RESULT} ... on ReimportImageSuccess { job { id action state image { id } } } } }`, { id: build.image.id });
    expect(again.reimportImage).toMatchObject({ __typename: 'ReimportImageSuccess', job: { action: 'image.import', state: 'QUEUED', image: { id: build.image.id } } });
    const twice = await data(`mutation($id: ID!) { reimportImage(input: { id: $id }) { ${RESULT} } }`, { id: build.image.id });
    expect(twice.reimportImage.__typename).toBe('ConflictError');

    const live = (await data('{ cycleImages(first: 1, filter: { states: ["live"] }) { edges { node { id } } } }')).cycleImages.edges[0].node.id;
    expect((await data(`mutation($id: ID!) { reimportImage(input: { id: $id }) { ${RESULT} } }`, { id: live })).reimportImage.__typename).toBe('ConflictError');
  });
});

describe('createImageBuild(cycle:) useDisk and override', () => {
  it('sends build.use_disk and override {target, targz_url} to Cycle, and the image targets the override', async () => {
    const nginx = await sourceIdOf('nginx');
    const d = await data(
      `mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s, useDisk: true, override: { target: "nginx:1.27" } } }) { ${RESULT} ... on CreateImageBuildSuccess { imageBuild { id targetImage } } } }`,
      { s: nginx },
    );
    const build = d.createImageBuild.imageBuild;
    expect(build.targetImage).toBe('nginx:1.27');
    const stored = emu.state.store.images.get(Buffer.from(build.id, 'base64url').toString().split(':')[2]!)!;
    expect(stored.dto.build?.use_disk).toBe(true);
    expect(stored.dto.source?.override).toEqual({ target: 'nginx:1.27' });

    const web = await sourceIdOf('web-frontend');
    const tgz = await data(
      `mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s, override: { targzUrl: "https://example.com/ctx.tar.gz" } } }) { ${RESULT} ... on CreateImageBuildSuccess { imageBuild { id sourceTarget } } } }`,
      { s: web },
    );
    expect(tgz.createImageBuild.imageBuild.sourceTarget).toBe('https://example.com/ctx.tar.gz');

    const bad = await data(`mutation($s: ID!) { createImageBuild(input: { cycle: { sourceId: $s, override: { targzUrl: "ftp://x" } } }) { ${RESULT} } }`, { s: web });
    expect(bad.createImageBuild.fieldErrors).toEqual([{ path: 'input.cycle.override.targzUrl', message: expect.any(String) }]);
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

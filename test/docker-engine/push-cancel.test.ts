/**
 * pushImage, cancelJob, DockerImage.history/config and importImage(platform) through the whole gateway
 * against the Docker emulator (whose push answers as dockerd does: a malformed reference before any output,
 * everything the registry says in-stream).
 */
import { openAsBlob } from 'node:fs';
import { FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { makeRootfsTar } from '../support/components.js';
import {
  DockerCancelJobDocument,
  DockerForceDeleteDocument,
  DockerImageHistoryAndConfigDocument,
  DockerImagesHistoryConfigDocument,
  DockerImageTagsDocument,
  DockerImportArmDocument,
  DockerImportBadPlatformDocument,
  DockerJobImageDocument,
  DockerProgressJobByIdDocument,
  DockerPruneDanglingDocument,
  DockerPullWithProgressDocument,
  DockerPushDocument,
  DockerTagDocument,
  type DockerProgressJobFragment,
  type PullImageInput,
  type PushImageInput,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway, uploadForm } from '../support/gateway.js';

type JobView = DockerProgressJobFragment;
/** Any member of the payload unions below, read loosely (each test asserts `__typename` itself). */
type Result = { __typename: string; message?: string; job?: JobView; fieldErrors?: { path: string; message: string }[] };

const DEMO = { username: 'demo', password: 'demo-password', serverAddress: 'registry.example.com' };

let emu: RunningDockerEmulator;
let gw: TestGateway;

beforeAll(async () => {
  // Slow enough progress (50 ms a step) that a pull is still running when it is cancelled.
  emu = await startDockerEmulator({ tickMs: 50 });
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

const push = async (input: PushImageInput): Promise<Result> => (await gw.execute({ document: DockerPushDocument, variables: { input } })).expectNoErrors().pushImage;
const pull = async (input: PullImageInput): Promise<Result> => (await gw.execute({ document: DockerPullWithProgressDocument, variables: { input } })).expectNoErrors().pullImage;
const cancel = async (id: string): Promise<Result> => (await gw.execute({ document: DockerCancelJobDocument, variables: { id } })).expectNoErrors().cancelJob;

async function waitForJob(id: string): Promise<JobView> {
  for (let i = 0; i < 400; i += 1) {
    const res = await gw.execute({ document: DockerProgressJobByIdDocument, variables: { id } });
    const job = res.data?.node?.__typename === 'Job' ? res.data.node : undefined;
    if (job && !['QUEUED', 'RUNNING'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${id} did not end`);
}

async function imageIdOf(reference: string): Promise<string> {
  const res = (await gw.execute({ document: DockerImageTagsDocument })).expectNoErrors();
  const found = res.images.edges.find((e) => e.node.__typename === 'DockerImage' && e.node.repoTags.includes(reference));
  if (!found) throw new Error(`no image ${reference}`);
  return found.node.id;
}

async function tag(id: string, repository: string, tagName: string): Promise<void> {
  const res = await gw.execute({ document: DockerTagDocument, variables: { id, r: repository, t: tagName } });
  expect(res.data?.tagImage.__typename).toBe('TagImageSuccess');
}

describe('pushImage', () => {
  it('pushes a tag to its registry with credentials: per-layer progress, SUCCEEDED, and the registry serves it to a later pull', async () => {
    const id = await imageIdOf('nginx:1.25');
    await tag(id, 'registry.example.com/acme/web', '1.25');
    const started = await push({ id, tag: 'registry.example.com/acme/web:1.25', auth: DEMO });
    expect(started).toMatchObject({ __typename: 'PushImageSuccess', job: { action: 'push', caption: 'Pushing registry.example.com/acme/web:1.25' } });
    const job = await waitForJob(started.job!.id);
    expect(job.state).toBe('SUCCEEDED');
    expect(job.progress).toBe(1);
    expect(job.layers.length).toBe(3);
    expect(job.layers.every((l) => l.status === 'Pushed')).toBe(true);
    expect(job.caption).toMatch(/^1\.25: digest: sha256:[0-9a-f]{64} size: \d+$/);
    expect(emu.registry.entries.some((e) => e.reference.domain === 'registry.example.com' && e.reference.path === 'acme/web' && e.reference.tag === '1.25')).toBe(true);

    // A tag name two of its repositories share is ambiguous; pushed again by reference, the registry has every layer.
    expect(await push({ id, tag: '1.25', auth: DEMO })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.tag' }] });
    const again = await waitForJob((await push({ id, tag: 'registry.example.com/acme/web:1.25', auth: DEMO })).job!.id);
    expect(again.layers.every((l) => l.status === 'Layer already exists')).toBe(true);

    // Removed locally, then pulled back from the registry it was pushed to.
    await gw.execute({ document: DockerForceDeleteDocument, variables: { id } });
    const pulled = await pull({ image: 'registry.example.com/acme/web:1.25', auth: DEMO });
    expect((await waitForJob(pulled.job!.id)).state).toBe('SUCCEEDED');
    expect(emu.store.resolve('registry.example.com/acme/web:1.25')?.id).toBe(Buffer.from(id, 'base64url').toString().split(':').slice(2).join(':'));
  });

  it('ends the job FAILED with the registry’s message when it refuses the push (in-stream, as dockerd reports it)', async () => {
    const id = await imageIdOf('alpine:3.19');
    await tag(id, 'registry.example.com/acme/base', '3.19');
    const anonymous = await waitForJob((await push({ id, tag: 'registry.example.com/acme/base:3.19' })).job!.id);
    expect(anonymous).toMatchObject({ state: 'FAILED', error: 'unauthorized: authentication required' });
    const wrong = await push({ id, tag: 'registry.example.com/acme/base:3.19', auth: { ...DEMO, password: 'nope-wrong' } });
    const failed = await waitForJob(wrong.job!.id);
    expect(failed).toMatchObject({ state: 'FAILED', error: 'unauthorized: incorrect username or password' });
    expect(JSON.stringify(failed)).not.toContain('nope-wrong');
    const hub = await waitForJob((await push({ id, tag: 'alpine:3.19' })).job!.id);
    expect(hub).toMatchObject({ state: 'FAILED', error: 'denied: requested access to the resource is denied' });
  });

  it('chooses the tag among the image’s own, before any push: ambiguous, unknown or missing tags are ValidationErrors', async () => {
    const id = await imageIdOf('alpine:3.19');
    const calls = emu.requests.length;
    const ambiguous = await push({ id });
    expect(ambiguous).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.tag' }] });
    expect(ambiguous.fieldErrors![0]!.message).toContain('registry.example.com/acme/base:3.19');
    const unknown = await push({ id, tag: '9.9' });
    expect(unknown).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.tag' }] });
    const invalid = await push({ id, tag: 'not a tag!' });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.tag' }] });
    expect(emu.requests.slice(calls).filter((r) => r.path.endsWith('/push'))).toEqual([]);

    const dangling = [...emu.store.images.values()].find((i) => emu.store.repoTags(i.id).length === 0)!;
    const untagged = await push({ id: Buffer.from(`DockerImage:DOCKER:${dangling.id}`).toString('base64url') });
    expect(untagged).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
  });

  it('answers NotFoundError for an image the engine does not have, and ValidationError for another type’s id', async () => {
    const missing = await push({ id: Buffer.from(`DockerImage:DOCKER:sha256:${'0'.repeat(64)}`).toString('base64url') });
    expect(missing.__typename).toBe('NotFoundError');
    const wrongType = await push({ id: Buffer.from('CycleImage:CYCLE:abc').toString('base64url') });
    expect(wrongType).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
  });
});

describe('cancelJob', () => {
  it('cancels a running pull: the request to the engine is closed, the job ends CANCELLED and no image is kept', async () => {
    const started = await pull({ image: 'registry.example.com/acme/worker:2.3', auth: DEMO });
    expect(started.__typename).toBe('PullImageSuccess');
    await new Promise((r) => setTimeout(r, 150));
    const cancelled = await cancel(started.job!.id);
    expect(cancelled).toMatchObject({ __typename: 'CancelJobSuccess', job: { state: 'CANCELLED', error: null } });
    await new Promise((r) => setTimeout(r, 1500)); // longer than the rest of the emulated pull would take
    expect(emu.store.resolve('registry.example.com/acme/worker:2.3')).toBeUndefined();
    expect((await waitForJob(started.job!.id)).state).toBe('CANCELLED');

    const again = await cancel(started.job!.id);
    expect(again.__typename).toBe('ConflictError');
  });

  it('answers UnsupportedOperationError for jobs that cannot be cancelled (a prune, another provider’s job)', async () => {
    const prune = (await gw.execute({ document: DockerPruneDanglingDocument })).expectNoErrors();
    expect((await cancel(expectTypename(prune.pruneImages, 'PruneImagesSuccess').job.id)).__typename).toBe('UnsupportedOperationError');
    const cycleJob = await cancel(Buffer.from('Job:CYCLE:abc').toString('base64url'));
    expect(cycleJob.__typename).toBe('UnsupportedOperationError');
  });
});

describe('DockerImage.history and config', () => {
  it('costs one history call per listed image and one inspect per image for config (shared with architecture)', async () => {
    const before = emu.requests.length;
    const res = await gw.execute({ document: DockerImagesHistoryConfigDocument });
    expect(res.errors).toBeUndefined();
    const paths = emu.requests.slice(before).map((r) => r.path.replace(/^\/v[\d.]+/, ''));
    expect(paths.filter((p) => p === '/images/json')).toHaveLength(1);
    expect(paths.filter((p) => p.endsWith('/history'))).toHaveLength(4);
    expect(paths.filter((p) => /^\/images\/.+\/json$/.test(p))).toHaveLength(4);
  });

  it('reads the history newest first and the run configuration from inspect', async () => {
    const id = await imageIdOf('redis:7.2');
    const res = (await gw.execute({ document: DockerImageHistoryAndConfigDocument, variables: { id } })).expectNoErrors();
    const { history, config } = expectTypename(res.node, 'DockerImage');
    expect(history[0]!.imageId).toMatch(/^sha256:/);
    expect(history[0]!.createdBy).toContain('CMD');
    expect(history.slice(1).every((h) => h.imageId === null)).toBe(true);
    expect(history.filter((h) => h.sizeBytes > 0)).toHaveLength(3);
    expect(config).toEqual({
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      cmd: ['redis-server'],
      entrypoint: ['docker-entrypoint.sh'],
      workingDir: '/data',
      user: null,
      labels: {},
      exposedPorts: ['6379/tcp'],
    });
  });
});

describe('importImage with platform, message and changes', () => {
  it('records the platform, and DockerImage.config and history show what changes and message did', async () => {
    const form = uploadForm({ document: DockerImportArmDocument, variables: { changes: ['ENV MODE=test', 'WORKDIR /srv', 'USER app', 'EXPOSE 8080', 'CMD ["/srv/run"]', 'ENTRYPOINT ["/bin/tini", "--"]'] } }, await openAsBlob(makeRootfsTar(4096)), { form: new FormData() });
    const res = await request(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
    const body = (await res.body.json()) as { data: { importImage: { __typename: string; job: { id: string } } } };
    expect(body.data.importImage.__typename).toBe('ImportImageSuccess');
    expect((await waitForJob(body.data.importImage.job.id)).state).toBe('SUCCEEDED');
    const read = (await gw.execute({ document: DockerJobImageDocument, variables: { id: body.data.importImage.job.id } })).expectNoErrors();
    const image = expectTypename(expectTypename(read.node, 'Job').image, 'DockerImage');
    expect(image).toMatchObject({ architecture: 'arm64', os: 'linux' });
    expect(image.config).toEqual({ env: ['MODE=test'], cmd: ['/srv/run'], entrypoint: ['/bin/tini', '--'], workingDir: '/srv', user: 'app', labels: {}, exposedPorts: ['8080/tcp'] });
    expect(image.history[0]!.comment).toBe('from the test');
  });

  it('refuses a malformed platform with a ValidationError naming input.platform, before calling the engine', async () => {
    const res = await gw.execute({ document: DockerImportBadPlatformDocument });
    expect(res.data?.importImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.platform' }] });
  });
});

describe('Docker emulator: POST /images/{name}/push (as dockerd answers it)', () => {
  const anonymous = Buffer.from('{}').toString('base64url') + '=';
  async function push(path: string, headers: Record<string, string> = { 'x-registry-auth': anonymous }): Promise<{ status: number; body: string }> {
    const res = await request(`${emu.url}/v1.44${path}`, { method: 'POST', headers });
    return { status: res.statusCode, body: await res.body.text() };
  }

  it('answers 400 before any output without X-Registry-Auth (the body is read as credentials) and for a malformed reference', async () => {
    expect(await push('/images/alpine/push?tag=3.19', {})).toEqual({ status: 400, body: expect.stringContaining('Bad parameters and missing X-Registry-Auth: EOF') });
    expect((await push('/images/Not%20Valid/push?tag=1')).status).toBe(400);
    expect((await push('/images/alpine/push?tag=bad%20tag')).status).toBe(400);
  });

  it('streams `The push refers to repository` then tells in-stream what it cannot push (status 200)', async () => {
    const unknown = await push('/images/registry.example.com/acme/nothing/push?tag=1');
    expect(unknown.status).toBe(200);
    const lines = unknown.body.trim().split('\r\n').map((l) => JSON.parse(l) as { status?: string; error?: string });
    expect(lines[0]).toEqual({ status: 'The push refers to repository [registry.example.com/acme/nothing]' });
    expect(lines.at(-1)?.error).toBe('An image does not exist locally with the tag: registry.example.com/acme/nothing');
    const tagMissing = await push('/images/alpine/push?tag=0.0.1');
    expect(tagMissing.body).toContain('tag does not exist: alpine:0.0.1');
  });
});

describe('Docker emulator: import platform per engine version', () => {
  it('records the whole platform from API 1.42 on, and only its OS on a 20.10 (API 1.41) engine, as that daemon does', async () => {
    const tar = await openAsBlob(makeRootfsTar(1024));
    for (const [apiVersion, expected] of [['1.44', 'arm64'], ['1.41', 'amd64']] as const) {
      const engine = await startDockerEmulator({ apiVersion, seed: false, tickMs: 0 });
      try {
        const res = await request(`${engine.url}/v${apiVersion}/images/create?fromSrc=-&repo=plat/test&tag=v1&platform=linux%2Farm64`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-tar' },
          body: Buffer.from(await tar.arrayBuffer()),
        });
        expect(res.statusCode).toBe(200);
        await res.body.text();
        const inspect = await request(`${engine.url}/v${apiVersion}/images/plat/test:v1/json`);
        expect(((await inspect.body.json()) as { Architecture: string; Os: string })).toMatchObject({ Architecture: expected, Os: 'linux' });
      } finally {
        await engine.close();
      }
    }
  });
});

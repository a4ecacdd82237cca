/**
 * The PAI parameters and operations of issue 14 through the whole gateway, LIVE against the emulator:
 * createImageBuild's registryAuths and jobName, ImageBuild.providerBuildId, short build ids that still
 * refetch, addPaiImage, publishPaiImage, updateImageLabels, and the `images(filter: {pai})` filters.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_JOB_ENV } from '../../src/providers/alibaba-pai/dto.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import {
  PaiAddImageDocument,
  PaiBuildIdsDocument,
  PaiBuildStatusDocument,
  PaiBuildTargetDocument,
  PaiCreateBuildDocument,
  PaiImageBuildsDocument,
  PaiImagesByFilterDocument,
  PaiPublishImageDocument,
  PaiUpdateLabelsDocument,
  type AddPaiImageInput,
  type CreateImageBuildInput,
  type ImageFilter,
  type UpdateImageLabelsInput,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';
import { paiBuildInput } from '../support/pai.js';

let emu: RunningPaiEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emu = await startPaiEmulator({ tickMs: 0 });
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

async function calls<T>(fn: () => Promise<T>): Promise<{ result: T; sent: RunningPaiEmulator['requests'] }> {
  const before = emu.requests.length;
  const result = await fn();
  return { result, sent: emu.requests.slice(before) };
}

async function create(input: CreateImageBuildInput) {
  const res = await gw.execute({ document: PaiCreateBuildDocument, variables: { input } });
  return { body: JSON.stringify(res), result: res.expectNoErrors().createImageBuild };
}

/** The build a successful createImageBuild answered. */
const builtBy = (result: Awaited<ReturnType<typeof create>>['result']) => expectTypename(result, 'CreateImageBuildSuccess').imageBuild;

async function addImage(input: AddPaiImageInput) {
  return (await gw.execute({ document: PaiAddImageDocument, variables: { input } })).expectNoErrors().addPaiImage;
}

async function updateLabels(input: UpdateImageLabelsInput) {
  return (await gw.execute({ document: PaiUpdateLabelsDocument, variables: { input } })).expectNoErrors().updateImageLabels;
}

async function buildStatus(id: string) {
  return expectTypename((await gw.execute({ document: PaiBuildStatusDocument, variables: { id } })).expectNoErrors().node, 'ImageBuild');
}

const uniqueName = (stem: string) => `${stem}-${randomUUID().slice(0, 8)}`;

describe('alibaba-pai operations', () => {
  describe('createImageBuild(pai:) registryAuths and jobName', () => {
    it('sends BuildConfig.RegistryAuths as base64(user:password) and ImageBuildJobName; the password is never echoed', async () => {
      const base = paiBuildInput();
      const password = `pw-${randomUUID()}`;
      const input = {
        pai: {
          ...base.pai,
          dockerfile: 'FROM other-account.cn-hangzhou.cr.aliyuncs.com/base/python:3.11\nRUN pip install numpy',
          registryAuths: [{ registry: 'other-account.cn-hangzhou.cr.aliyuncs.com', username: 'builder', password }],
          jobName: 'nightly-numpy-image',
        },
      };
      const { body, result } = await create(input);
      expect(result.__typename).toBe('CreateImageBuildSuccess');
      expect(body).not.toContain(password);
      const sent = emu.bodies.filter((b) => b.action === 'CreateImageBuild').at(-1)!.body as { BuildConfig: { RegistryAuths: Record<string, { Auth: string }> }; ImageBuildJobName: string };
      expect(sent.BuildConfig.RegistryAuths).toEqual({ 'other-account.cn-hangzhou.cr.aliyuncs.com': { Auth: Buffer.from(`builder:${password}`).toString('base64') } });
      expect(sent.ImageBuildJobName).toBe('nightly-numpy-image');
      const build = emu.state.builds.get(builtBy(result).providerBuildId)!;
      expect(emu.state.jobs.get(build.jobId)!.DisplayName).toBe('nightly-numpy-image');

      emu.advance(30);
      const done = await buildStatus(builtBy(result).id);
      expect(done).toEqual({ __typename: 'ImageBuild', status: 'SUCCEEDED', reason: null });
    });

    it('without registryAuths a FROM in another account’s private ACR fails to pull (the case the parameter exists for)', async () => {
      const input = { pai: { ...paiBuildInput().pai, dockerfile: 'FROM other-account.cn-hangzhou.cr.aliyuncs.com/base/python:3.11\nRUN pip install numpy' } };
      const { result } = await create(input);
      emu.advance(30);
      const done = await buildStatus(builtBy(result).id);
      expect(done.status).toBe('FAILED');
      expect(done.reason).toContain('pull access denied');
    });

    it('refuses bad registryAuths and jobName naming each field, before any call, without quoting the password', async () => {
      const password = `pw-${randomUUID()}`;
      const input = {
        pai: {
          ...paiBuildInput().pai,
          registryAuths: [
            { registry: 'https://bad.example.com/path', username: 'u', password },
            { registry: 'ok.example.com', username: 'has:colon', password },
            { registry: 'ok2.example.com', username: 'u', password: '' },
          ],
          jobName: '',
        },
      };
      const { result, sent } = await calls(() => create(input));
      expect(result.result.__typename).toBe('ValidationError');
      expect(expectTypename(result.result, 'ValidationError').fieldErrors.map((e) => e.path).sort()).toEqual(
        ['input.pai.jobName', 'input.pai.registryAuths.0.registry', 'input.pai.registryAuths.1.username', 'input.pai.registryAuths.2.password'].sort(),
      );
      expect(result.body).not.toContain(password);
      expect(sent).toEqual([]);
    });
  });

  describe('ImageBuild ids and providerBuildId', () => {
    it('a build id is short and carries no URI; node(id) still finds the target image and the image once built', async () => {
      const input = paiBuildInput({ name: uniqueName('short-id') });
      const { result } = await create(input);
      const build = builtBy(result);
      expect(build.providerBuildId).toMatch(/^build-/);
      // 104 characters here (region, build-… and dlc-… ids); it was 168–300 with the URI inside.
      expect(build.id.length).toBeLessThanOrEqual(120);
      expect(Buffer.from(build.id, 'base64url').toString()).not.toContain('cr.aliyuncs.com');

      emu.advance(30);
      // As on the real service, the job need not carry the image URI: the image the build added tells it.
      const emuBuild = emu.state.builds.get(build.providerBuildId)!;
      delete emu.state.jobs.get(emuBuild.jobId)!.envs[BUILD_JOB_ENV.imageUri];
      const res = await gw.execute({ document: PaiBuildTargetDocument, variables: { id: build.id } });
      expect(res.expectNoErrors().node).toEqual({ __typename: 'ImageBuild', id: build.id, providerBuildId: build.providerBuildId, status: 'SUCCEEDED', targetImage: input.pai.image.uri, image: { imageUri: input.pai.image.uri } });
    });

    it('ids issued before (with the URI as a fourth part) still refetch', async () => {
      const input = paiBuildInput({ name: uniqueName('old-id') });
      const { result } = await create(input);
      const emuBuild = emu.state.builds.get(builtBy(result).providerBuildId)!;
      const oldId = encodeId('ImageBuild', 'PAI', `cn-hangzhou/${emuBuild.id}/${emuBuild.jobId}/${encodeURIComponent(input.pai.image.uri)}`);
      const res = await gw.execute({ document: PaiBuildIdsDocument, variables: { id: oldId } });
      expect(res.expectNoErrors().node).toEqual({ __typename: 'ImageBuild', providerBuildId: emuBuild.id, targetImage: input.pai.image.uri });
    });

    it('listed builds carry providerBuildId too', async () => {
      const { imageBuilds } = (await gw.execute({ document: PaiImageBuildsDocument, variables: { first: 5, filter: { providers: ['PAI'] } } })).expectNoErrors();
      expect(imageBuilds.edges.length).toBeGreaterThan(0);
      for (const e of imageBuilds.edges) expect(e.node.providerBuildId).toMatch(/^build-/);
    });
  });

  describe('addPaiImage', () => {
    it('registers an image (AddImage) and answers it as GetImage reports it', async () => {
      const name = uniqueName('added');
      const result = await addImage({ name, imageUri: `registry.cn-hangzhou.aliyuncs.com/team/${name}:v1`, description: 'from CI', labels: [{ key: 'stage', value: 'dev' }], sizeGb: 3 });
      expect(result).toMatchObject({ __typename: 'AddPaiImageSuccess', image: { name, accessibility: 'PRIVATE', description: 'from CI', labels: [{ key: 'stage', value: 'dev' }] } });
      expect(emu.state.images.get(Buffer.from(expectTypename(result, 'AddPaiImageSuccess').image.id, 'base64url').toString().split(':').at(-1)!)?.Name).toBe(name);
    });

    it('a name already used in the workspace is a ConflictError', async () => {
      const result = await addImage({ name: 'pytorch-2-1-gpu', imageUri: 'registry.cn-hangzhou.aliyuncs.com/x/y:v1' });
      expect(result).toMatchObject({ __typename: 'ConflictError', upstreamCode: 'ImageNameDuplicated' });
    });

    it('bad fields are a ValidationError naming each, before any call', async () => {
      const { result, sent } = await calls(() =>
        addImage({ name: 'Bad_Name', imageUri: 'no-registry', labels: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }], imageId: 'image-short', sizeGb: -1 }),
      );
      expect(result.__typename).toBe('ValidationError');
      expect(expectTypename(result, 'ValidationError').fieldErrors.map((e) => e.path).sort()).toEqual(['input.imageId', 'input.imageUri', 'input.labels.1.key', 'input.name', 'input.sizeGb']);
      expect(sent).toEqual([]);
    });
  });

  describe('publishPaiImage', () => {
    it('makes a PRIVATE image PUBLIC (PublishImage)', async () => {
      const name = uniqueName('pub');
      const added = await addImage({ name, imageUri: `registry.cn-hangzhou.aliyuncs.com/team/${name}:v1` });
      const addedId = expectTypename(added, 'AddPaiImageSuccess').image.id;
      const res = await gw.execute({ document: PaiPublishImageDocument, variables: { id: addedId } });
      expect(res.expectNoErrors().publishPaiImage).toMatchObject({ __typename: 'PublishPaiImageSuccess', image: { id: addedId, accessibility: 'PUBLIC' } });
    });

    it('a missing image is a NotFoundError; a Docker image id a ValidationError naming input.id', async () => {
      const run = async (id: string) => (await gw.execute({ document: PaiPublishImageDocument, variables: { id } })).expectNoErrors().publishPaiImage;
      expect((await run(encodeId('PaiImage', 'PAI', 'image-000000000000000000'))).__typename).toBe('NotFoundError');
      expect(await run(encodeId('DockerImage', 'DOCKER', 'sha256:abc'))).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
    });
  });

  describe('updateImageLabels', () => {
    it('adds, overwrites and removes labels', async () => {
      const name = uniqueName('labels');
      const added = await addImage({ name, imageUri: `registry.cn-hangzhou.aliyuncs.com/team/${name}:v1`, labels: [{ key: 'stage', value: 'dev' }, { key: 'owner', value: 'a' }] });
      const { result, sent } = await calls(() => updateLabels({ id: expectTypename(added, 'AddPaiImageSuccess').image.id, add: [{ key: 'owner', value: 'b' }, { key: 'tier', value: 'gold' }], remove: ['stage'] }));
      expect(result.__typename).toBe('UpdateImageLabelsSuccess');
      expect([...expectTypename(result, 'UpdateImageLabelsSuccess').image.labels].sort((x, y) => x.key.localeCompare(y.key))).toEqual([{ key: 'owner', value: 'b' }, { key: 'tier', value: 'gold' }]);
      expect(sent.map((r) => `${r.method} ${r.path.replace(/image-\w+/, 'ID')}`)).toEqual(['POST /api/v1/images/ID/labels', 'DELETE /api/v1/images/ID/labels/stage', 'GET /api/v1/images/ID']);
    });

    it('nothing to do, or a key both added and removed, is a ValidationError before any call; other providers are unsupported', async () => {
      const id = encodeId('PaiImage', 'PAI', 'image-pytorch21gpu000001');
      const { result, sent } = await calls(async () => [await updateLabels({ id }), await updateLabels({ id, add: [{ key: 'x', value: '1' }], remove: ['x'] })]);
      expect(result[0]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.add' }] });
      expect(result[1]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.remove.0' }] });
      expect(sent).toEqual([]);
      expect(await updateLabels({ id: encodeId('DockerImage', 'DOCKER', 'sha256:abc'), add: [{ key: 'x', value: '1' }] })).toMatchObject({ __typename: 'UnsupportedOperationError' });
    });
  });

  describe('images(filter: {pai})', () => {
    const list = (filter: ImageFilter) => gw.execute({ document: PaiImagesByFilterDocument, variables: { filter } });

    it('passes Name, Labels, Accessibility and Verbose to ListImages and lists PAI only', async () => {
      const { result, sent } = await calls(() => list({ pai: { labels: [{ key: 'system.official', value: 'true' }], accessibility: 'PUBLIC', name: 'pytorch' } }));
      const { images } = result.expectNoErrors();
      expect(images.edges.map((e) => e.node.name)).toEqual(['pytorch-2-1-gpu']);
      expect(images.edges[0]!.node).toMatchObject({ __typename: 'PaiImage', accessibility: 'PUBLIC' });
      const query = Object.fromEntries(new URL(sent.find((r) => r.path === '/api/v1/images')!.rawUrl, 'http://x').searchParams);
      expect(query).toMatchObject({ Labels: 'system.official=true', Accessibility: 'PUBLIC', Name: 'pytorch', Verbose: 'true' });
    });

    it('verbose: false asks PAI without labels', async () => {
      const { result, sent } = await calls(() => list({ pai: { name: 'xgboost', verbose: false } }));
      expect(result.expectNoErrors().images.edges.map((e) => e.node)).toEqual([{ __typename: 'PaiImage', name: 'xgboost-1-6-cpu', accessibility: 'PUBLIC', labels: [] }]);
      expect(sent.find((r) => r.path === '/api/v1/images')!.rawUrl).toContain('Verbose=false');
    });

    it('a PAI filter with providers that exclude PAI, or a label PAI cannot express, is a ValidationError', async () => {
      const { result, sent } = await calls(async () => [
        await list({ providers: ['DOCKER'], pai: { name: 'x' } }),
        await list({ pai: { labels: [{ key: 'a,b', value: 'c' }] } }),
      ]);
      expect(result[0]!.expectError()).toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
      expect(JSON.stringify(result[0]!.errors)).toContain('filter.pai');
      expect(JSON.stringify(result[1]!.errors)).toContain('filter.pai.labels');
      expect(sent).toEqual([]);
    });
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from '../../src/core/errors.js';
import { createPaiAdapter, dlcStatusToBuildStatus } from '../../src/providers/alibaba-pai/adapter.js';
import type { PaiCreateImageBuildInput } from '../../src/providers/alibaba-pai/port.js';

let emu: RunningPaiEmulator;
let calls: { method: string; path: string; status: number | null }[];
const adapters: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  emu = await startPaiEmulator({
    tickMs: 0,
    credentials: [
      { accessKeyId: 'LTAI5tAdapterTestKey01', accessKeySecret: 'adapter-test-secret' },
      { accessKeyId: 'STS.adapterTestKey02', accessKeySecret: 'sts-secret', securityToken: 'CAIS-token' },
    ],
  });
});
afterAll(async () => {
  await Promise.all(adapters.map((a) => a.close()));
  await emu.close();
});
afterEach(() => {
  emu.controls.throttleEvery = 0;
  emu.controls.throttleNext = 0;
  emu.controls.throttleRetryAfterMs = 1000;
  emu.faults.failNext = undefined;
});

function adapter(over: Partial<Parameters<typeof createPaiAdapter>[0]> = {}) {
  calls = [];
  const a = createPaiAdapter({
    accessKeyId: 'LTAI5tAdapterTestKey01',
    accessKeySecret: 'adapter-test-secret',
    regionId: 'cn-hangzhou',
    workspaceId: '12345',
    endpoint: emu.env.PAI_ENDPOINT!,
    dlcEndpoint: emu.env.PAI_DLC_ENDPOINT!,
    onCall: (c) => calls.push({ method: c.method, path: c.path, status: c.status }),
    retry: { minDelayMs: 10, maxDelayMs: 3000 },
    ...over,
  });
  adapters.push(a);
  return a;
}

const input = (over: Partial<PaiCreateImageBuildInput> = {}): PaiCreateImageBuildInput => ({
  dockerfile: 'FROM python:3.11-slim\nRUN pip install torch\nRUN python -c "import torch"',
  buildType: 'CUSTOM_DOCKERFILE',
  image: { name: 'torch-env', uri: 'ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/torch-env:v1', labels: [{ key: 'team', value: 'ml' }] },
  resource: { ecsSpec: 'ecs.c6.large' },
  targetRegistry: { type: 'ACR_ENTERPRISE', instanceId: 'cri-abcd1234' },
  userVpc: { vpcId: 'vpc-1', securityGroupId: 'sg-1' },
  accessibility: 'PRIVATE',
  ...over,
});

describe('createPaiAdapter', () => {
  describe('listImages', () => {
    it('maps images (labels, accessibility, size, times) and pages by TotalCount', async () => {
      const pai = adapter();
      const page = await pai.listImages({ pageSize: 2 });
      expect(page.total).toBe(4);
      expect(page.hasNextPage).toBe(true);
      expect(page.items).toHaveLength(2);
      const all = await pai.listImages({ labels: { 'system.official': 'true' } });
      const pytorch = all.items.find((i) => i.id === 'image-pytorch21gpu000001');
      expect(pytorch).toMatchObject({
        provider: 'PAI',
        name: 'pytorch-2-1-gpu',
        accessibility: 'PUBLIC',
        workspaceId: '12345',
        labels: { 'system.official': 'true', 'system.framework': 'PyTorch 2.1', 'system.chipType': 'GPU' },
        sizeBytes: 12 * 1024 ** 3,
        digest: null,
      });
      expect(pytorch?.reference).toBe(pytorch?.imageUri);
      expect(pytorch?.createdAt).toBeInstanceOf(Date);
      expect(all.items.every((i) => i.labels['system.official'] === 'true')).toBe(true);
      expect((await pai.listImages({ name: 'tensorflow' })).items.map((i) => i.name)).toEqual(['tensorflow-2-9-serving']);
    });
  });

  describe('getImages', () => {
    it('returns one result per id in key order, errors in their slots', async () => {
      const pai = adapter();
      const out = await pai.getImages(['image-xgboost16cpu000001', 'image-doesnotexist000001', 'not-an-id', 'image-pytorch21gpu000001']);
      expect((out[0] as { name: string }).name).toBe('xgboost-1-6-cpu');
      expect(out[1]).toBeInstanceOf(NotFoundError);
      expect(out[2]).toBeInstanceOf(ValidationError);
      expect((out[3] as { labels: Record<string, string> }).labels['system.chipType']).toBe('GPU');
      expect(calls).toHaveLength(3); // the invalid id never went upstream
    });
  });

  describe('removeImage', () => {
    it('removes, then the image is not found', async () => {
      const pai = adapter();
      const image = emu.state.addImage({ Name: 'to-remove', ImageUri: 'r.example.com/a/b:1' });
      await pai.removeImage(image.ImageId);
      expect((await pai.getImages([image.ImageId]))[0]).toBeInstanceOf(NotFoundError);
      await expect(pai.removeImage(image.ImageId)).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('signing', () => {
    it('is accepted with the right key, refused with a wrong secret or unknown key (ForbiddenError with the code)', async () => {
      await expect(adapter().listJobs()).resolves.toBeDefined();
      const wrong = adapter({ accessKeySecret: 'tampered-secret' });
      await expect(wrong.listImages()).rejects.toMatchObject({ name: 'ForbiddenError', upstreamCode: 'SignatureDoesNotMatch' });
      const unknown = adapter({ accessKeyId: 'LTAIunknown' });
      const err = await unknown.getJob('dlc-x').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ForbiddenError);
      expect(err).toMatchObject({ upstreamCode: 'InvalidAccessKeyId.NotFound' });
    });

    it('sends the STS token', async () => {
      const sts = adapter({ accessKeyId: 'STS.adapterTestKey02', accessKeySecret: 'sts-secret', securityToken: 'CAIS-token' });
      await expect(sts.listImages()).resolves.toMatchObject({ total: 4 });
      const badToken = adapter({ accessKeyId: 'STS.adapterTestKey02', accessKeySecret: 'sts-secret', securityToken: 'other' });
      await expect(badToken.listImages()).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe('createImageBuild', () => {
    it('maps our enums to the wire spellings and always sends a ClientToken', async () => {
      const pai = adapter();
      const before = emu.bodies.length;
      const build = await pai.createImageBuild(input({ buildType: 'PACKAGE_INSTALLATION' }));
      expect(build).toMatchObject({ provider: 'PAI', status: 'QUEUED', region: 'cn-hangzhou', targetImage: input().image.uri, imageId: null });
      expect(build.id).toMatch(/^build-/);
      expect(build.jobId).toMatch(/^dlc-/);
      const sent = emu.bodies.slice(before).find((b) => b.action === 'CreateImageBuild');
      expect(sent?.rawUrl).toMatch(/^\/api\/v1\/imagebuilds\?ClientToken=[0-9a-f-]{36}$/);
      expect(sent?.body).toMatchObject({
        WorkspaceId: '12345',
        BuildConfig: { BuildType: 'PackageInstallation' },
        TargetRegistry: { Type: 'AcrEnterprise', InstanceId: 'cri-abcd1234' },
        Accessibility: 'PRIVATE',
        Image: { Name: 'torch-env', Labels: [{ Key: 'team', Value: 'ml' }] },
        Resource: { EcsSpec: 'ecs.c6.large' },
        UserVpc: { VpcId: 'vpc-1', SecurityGroupId: 'sg-1' },
      });
    });

    it('retries a create answered 503 and creates exactly one build; the same token twice is the same build', async () => {
      const pai = adapter();
      const builds = emu.state.builds.size;
      emu.faults.failNext = { count: 1, status: 503 };
      const first = await pai.createImageBuild(input({ clientToken: 'token-retry-1' }));
      expect(calls.filter((c) => c.path === '/api/v1/imagebuilds')).toHaveLength(1); // one logical call…
      expect(emu.requests.filter((r) => r.rawUrl.includes('token-retry-1'))).toHaveLength(2); // …two attempts
      const again = await pai.createImageBuild(input({ clientToken: 'token-retry-1' }));
      expect(again.id).toBe(first.id);
      expect(again.jobId).toBe(first.jobId);
      expect(emu.state.builds.size).toBe(builds + 1);
    });

    it('keeps one generated token across retries when the response is lost after the build was created', async () => {
      const pai = adapter();
      const builds = emu.state.builds.size;
      emu.controls.loseNextCreateResponses = 1;
      const build = await pai.createImageBuild(input({ image: { name: 'lost-response', uri: 'r.example.com/a/lost:1' } }));
      expect(emu.state.builds.size).toBe(builds + 1);
      expect(emu.state.builds.get(build.id)?.clientToken).toMatch(/^[0-9a-f-]{36}$/);
      const attempts = emu.requests.filter((r) => r.path === '/api/v1/imagebuilds').slice(-2);
      expect(attempts.map((r) => r.status)).toEqual([503, 200]);
      expect(attempts[0]!.rawUrl).toBe(attempts[1]!.rawUrl);
    });

    it('validates before any upstream call and names the fields', async () => {
      const pai = adapter();
      const requestsBefore = emu.requests.length;
      const err = await pai
        .createImageBuild(
          input({
            image: { name: 'Bad_Name', uri: 'no-tag-or-registry' },
            resource: { ecsSpec: 'ecs.c6.large', resourceId: 'quota1' },
            targetRegistry: { type: 'ACR_ENTERPRISE' },
            userVpc: { vpcId: 'vpc-1', switchId: 'vsw-1' },
            clientToken: 'x'.repeat(65),
          }),
        )
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      const paths = (err as ValidationError).fieldErrors.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'input.pai.image.name',
          'input.pai.image.uri',
          'input.pai.resource',
          'input.pai.targetRegistry.instanceId',
          'input.pai.userVpc.securityGroupId',
          'input.pai.userVpc.extendedCidrs',
          'input.pai.clientToken',
        ]),
      );
      await expect(pai.createImageBuild(input({ dockerfile: 'RUN echo no-from' }))).rejects.toMatchObject({ fieldErrors: [{ path: 'input.pai.dockerfile' }] });
      await expect(pai.getBuildLog('dlc-1', { fromLine: -1 })).rejects.toBeInstanceOf(ValidationError);
      await expect(pai.listImages({ pageSize: 0 })).rejects.toBeInstanceOf(ValidationError);
      expect(emu.requests.length).toBe(requestsBefore);
      expect(calls).toHaveLength(0);
    });
  });

  describe('build lifecycle', () => {
    it('progresses to SUCCEEDED with pod log lines in order, resumable by line number, and links the image', async () => {
      const pai = adapter();
      const build = await pai.createImageBuild(input({ image: { name: 'lifecycle', uri: 'ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/lifecycle:v2' } }));
      const key = { buildId: build.id, jobId: build.jobId!, region: build.region! };
      expect(await pai.getBuildLog(build.jobId!)).toEqual([]);
      emu.advance(2);
      expect((await pai.getBuild(key)).status).toBe('RUNNING');
      emu.advance();
      const first = await pai.getBuildLog(build.jobId!);
      expect(first.length).toBeGreaterThan(0);
      emu.advance(20);
      const done = await pai.getBuild(key);
      expect(done).toMatchObject({ status: 'SUCCEEDED', targetImage: 'ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/lifecycle:v2', reason: null });
      expect(done.finishedAt).toBeInstanceOf(Date);
      expect(done.imageId).toMatch(/^image-/);
      const all = await pai.getBuildLog(build.jobId!);
      expect(all.map((l) => l.number)).toEqual(all.map((_, i) => i));
      expect(all.slice(0, first.length)).toEqual(first);
      expect(all.at(-2)?.text).toBe('The push refers to repository [ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/lifecycle]');
      const tail = await pai.getBuildLog(build.jobId!, { fromLine: 3, limit: 2 });
      expect(tail).toEqual(all.slice(3, 5));
      const [image] = await pai.getImages([done.imageId!]);
      expect(image).toMatchObject({ name: 'lifecycle', accessibility: 'PRIVATE', imageUri: 'ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/lifecycle:v2' });

      const job = await pai.getJob(build.jobId!);
      expect(job).toMatchObject({ provider: 'PAI', action: 'build', state: 'SUCCEEDED', progress: 1, error: null });
      expect(job.tasks[0]?.steps.map((s) => s.caption)).toEqual(['Creating', 'Queuing', 'Running', 'Succeeded']);
      const builds = await pai.listBuilds({ pageSize: 100 });
      expect(builds.items.find((b) => b.id === build.id)).toMatchObject({ jobId: build.jobId, status: 'SUCCEEDED' });
      expect(builds.items.every((b) => b.id.startsWith('build-'))).toBe(true);
    });

    it('reports a failed build with its reason', async () => {
      const pai = adapter();
      const build = await pai.createImageBuild(input({ dockerfile: 'FROM alpine:3.19\nRUN false', image: { name: 'broken', uri: 'r.example.com/a/broken:1' } }));
      emu.advance(10);
      const got = await pai.getBuild({ buildId: build.id, jobId: build.jobId!, region: 'cn-hangzhou' });
      expect(got).toMatchObject({ status: 'FAILED', imageId: null });
      expect(got.reason).toContain('returned a non-zero code');
      expect((await pai.getJob(build.jobId!)).error).toContain('non-zero code');
    });

    it('stops a running build (CANCELLED); stopping a finished one is a ConflictError', async () => {
      const pai = adapter();
      const build = await pai.createImageBuild(input({ image: { name: 'to-stop', uri: 'r.example.com/a/stop:1' } }));
      const key = { buildId: build.id, jobId: build.jobId!, region: 'cn-hangzhou' };
      emu.advance(3);
      const stopped = await pai.stopBuild(key);
      expect(stopped).toMatchObject({ status: 'CANCELLED', reason: 'The job was stopped by the user.' });
      emu.advance(30);
      expect((await pai.getBuild(key)).status).toBe('CANCELLED');
      const other = await pai.createImageBuild(input({ image: { name: 'finished', uri: 'r.example.com/a/fin:1' } }));
      emu.advance(30);
      await expect(pai.stopBuild({ buildId: other.id, jobId: other.jobId!, region: 'cn-hangzhou' })).rejects.toBeInstanceOf(ConflictError);
    });
  });

  describe('jobs', () => {
    it('lists DLC jobs as JobRecords and reads one', async () => {
      const pai = adapter();
      const page = await pai.listJobs({ pageSize: 100 });
      const resnet = page.items.find((j) => j.caption?.startsWith('Running') && j.action === 'PyTorchJob');
      expect(resnet).toMatchObject({ provider: 'PAI', state: 'RUNNING', completedAt: null });
      expect(resnet?.startedAt).toBeInstanceOf(Date);
      await expect(pai.getJob('dlc-unknown-job')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('maps every DLC status', () => {
      const table = Object.fromEntries(
        ['Creating', 'Queuing', 'Bidding', 'EnvPreparing', 'SanityChecking', 'Running', 'Restarting', 'Stopping', 'SucceededReserving', 'FailedReserving', 'Succeeded', 'Failed', 'Stopped', 'Whatever'].map((s) => [
          s,
          dlcStatusToBuildStatus(s),
        ]),
      );
      expect(table).toEqual({
        Creating: 'QUEUED',
        Queuing: 'QUEUED',
        Bidding: 'QUEUED',
        EnvPreparing: 'QUEUED',
        SanityChecking: 'QUEUED',
        Running: 'RUNNING',
        Restarting: 'RUNNING',
        Stopping: 'RUNNING',
        SucceededReserving: 'SUCCEEDED',
        FailedReserving: 'FAILED',
        Succeeded: 'SUCCEEDED',
        Failed: 'FAILED',
        Stopped: 'CANCELLED',
        Whatever: 'RUNNING',
      });
    });
  });

  describe('throttling', () => {
    it('retries after x-acs-retry-after (ms, rounded up to seconds)', async () => {
      const pai = adapter();
      emu.controls.throttleNext = 1;
      emu.controls.throttleRetryAfterMs = 800;
      const started = Date.now();
      const page = await pai.listImages();
      const elapsed = Date.now() - started;
      expect(page.total).toBeGreaterThan(0);
      expect(elapsed).toBeGreaterThanOrEqual(900); // 800 ms → Retry-After: 1 s (default backoff would be 10 ms)
      expect(calls.at(-1)).toMatchObject({ path: '/api/v1/images', status: 200 });
    });

    it('gives a RateLimitedError with retryAfterSeconds when retries are used up', async () => {
      const pai = adapter({ retry: { maxRetries: 0 } });
      emu.controls.throttleNext = 1;
      emu.controls.throttleRetryAfterMs = 2500;
      const err = await pai.listImages().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RateLimitedError);
      expect((err as RateLimitedError).retryAfterSeconds).toBe(3);
    });
  });
});

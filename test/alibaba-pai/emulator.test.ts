import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { buildBody, signedFetch } from './signed-fetch.js';

let emu: RunningPaiEmulator;
beforeAll(async () => {
  emu = await startPaiEmulator({ tickMs: 0 });
});
afterAll(async () => {
  await emu.close();
});

const errorShape = { RequestId: expect.any(String), HostId: expect.any(String), Code: expect.any(String), Message: expect.any(String) };

describe('PAI emulator', () => {
  describe('env', () => {
    it('gives the gateway everything it needs, both endpoints on one port', () => {
      expect(emu.env).toEqual({
        ALIBABA_CLOUD_ACCESS_KEY_ID: emu.credentials[0]!.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.credentials[0]!.accessKeySecret,
        ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
        PAI_WORKSPACE_ID: '12345',
        PAI_ENDPOINT: emu.url,
        PAI_DLC_ENDPOINT: emu.url,
      });
    });
  });

  describe('ACS3 verification', () => {
    it('accepts a signed request', async () => {
      const res = await signedFetch(emu, { method: 'GET', path: '/api/v1/images?WorkspaceId=12345', action: 'ListImages' });
      expect(res.status).toBe(200);
      expect(res.body.TotalCount).toBe(4);
    });

    it('refuses a missing signature, a wrong secret, an unknown key, a stale date and a reused nonce', async () => {
      const unsigned = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', mutate: ({ authorization: _a, ...h }) => h });
      expect(unsigned).toMatchObject({ status: 400, body: { ...errorShape, Code: 'IncompleteSignature' } });

      const wrongSecret = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', signer: { accessKeySecret: 'nope' } });
      expect(wrongSecret).toMatchObject({ status: 400, body: { Code: 'SignatureDoesNotMatch' } });

      const unknown = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', signer: { accessKeyId: 'LTAIunknown' } });
      expect(unknown).toMatchObject({ status: 404, body: { Code: 'InvalidAccessKeyId.NotFound' } });

      const stale = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', signer: { now: () => new Date(Date.now() - 20 * 60_000) } });
      expect(stale).toMatchObject({ status: 400, body: { Code: 'InvalidTimeStamp.Expired' } });

      const first = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', signer: { nonce: () => 'fixed-nonce-1' } });
      expect(first.status).toBe(200);
      const replay = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages', signer: { nonce: () => 'fixed-nonce-1' } });
      expect(replay).toMatchObject({ status: 400, body: { Code: 'SignatureNonceUsed' } });
    });

    it('refuses a request whose query or body changed by one byte after signing', async () => {
      const sent = await signedFetch(emu, { method: 'GET', path: '/api/v1/images?PageSize=2', action: 'ListImages' });
      expect(sent.status).toBe(200);
      const { request } = await import('undici');
      const res = await request(`${emu.url}/api/v1/images?PageSize=3`, { method: 'GET', headers: { ...sent.sent, 'x-acs-signature-nonce': `${sent.sent['x-acs-signature-nonce']}` } });
      expect(res.statusCode).toBe(400);
      expect(((await res.body.json()) as { Code: string }).Code).toBe('SignatureDoesNotMatch');
    });

    it('checks x-acs-action and x-acs-version against the route', async () => {
      const wrongAction = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'GetImage' });
      expect(wrongAction).toMatchObject({ status: 404, body: { Code: 'InvalidAction.NotFound' } });
      const wrongVersion = await signedFetch(emu, { method: 'GET', path: '/api/v1/jobs', action: 'ListJobs', version: '2021-02-04' });
      expect(wrongVersion).toMatchObject({ status: 400, body: { Code: 'InvalidVersion' } });
    });
  });

  describe('images', () => {
    it('lists with paging, filters and Verbose labels', async () => {
      const page = await signedFetch(emu, { method: 'GET', path: '/api/v1/images?WorkspaceId=12345&PageSize=3&PageNumber=2&Order=DESC', action: 'ListImages' });
      expect(page.body.TotalCount).toBe(4);
      expect(page.body.Images).toHaveLength(1);
      expect(page.body.Images[0].Labels).toBeUndefined();
      const byLabel = await signedFetch(emu, {
        method: 'GET',
        path: `/api/v1/images?Labels=${encodeURIComponent('system.official=true,system.chipType=GPU')}&Verbose=true`,
        action: 'ListImages',
      });
      expect(byLabel.body.Images.map((i: { Name: string }) => i.Name)).toEqual(['pytorch-2-1-gpu']);
      expect(byLabel.body.Images[0].Labels).toContainEqual({ Key: 'system.framework', Value: 'PyTorch 2.1' });
      const fuzzy = await signedFetch(emu, { method: 'GET', path: '/api/v1/images?Query=compression', action: 'ListImages' });
      expect(fuzzy.body.Images.map((i: { ImageId: string }) => i.ImageId)).toEqual(['image-nlpcompression0001']);
    });

    it('adds, gets and removes an image', async () => {
      const added = await signedFetch(emu, {
        method: 'POST',
        path: '/api/v1/images',
        action: 'AddImage',
        json: { Name: 'my-image', ImageUri: 'registry.cn-hangzhou.aliyuncs.com/me/x:1', Labels: [{ Key: 'a', Value: 'b' }] },
      });
      expect(added.status).toBe(200);
      const id = added.body.ImageId as string;
      expect(id).toMatch(/^image-[a-z0-9]{18}$/);
      const got = await signedFetch(emu, { method: 'GET', path: `/api/v1/images/${id}?Verbose=true`, action: 'GetImage' });
      expect(got.body).toMatchObject({ Name: 'my-image', Accessibility: 'PRIVATE', Labels: [{ Key: 'a', Value: 'b' }], SourceType: 'Import' });
      expect((await signedFetch(emu, { method: 'DELETE', path: `/api/v1/images/${id}`, action: 'RemoveImage' })).status).toBe(200);
      const gone = await signedFetch(emu, { method: 'GET', path: `/api/v1/images/${id}`, action: 'GetImage' });
      expect(gone).toMatchObject({ status: 404, body: { ...errorShape, Code: 'ImageNotFound' } });
    });

    it('answers a missing required field with MissingParameter', async () => {
      const res = await signedFetch(emu, { method: 'POST', path: '/api/v1/images', action: 'AddImage', json: { Name: 'x' } });
      expect(res).toMatchObject({ status: 400, body: { Code: 'MissingParameter' } });
    });
  });

  describe('image builds and DLC jobs', () => {
    it('creates one build per ClientToken and runs it Creating → Queuing → Running → Succeeded with growing logs', async () => {
      const token = 'tok-emulator-1';
      const a = await signedFetch(emu, { method: 'POST', path: `/api/v1/imagebuilds?ClientToken=${token}`, action: 'CreateImageBuild', json: buildBody() });
      const b = await signedFetch(emu, { method: 'POST', path: `/api/v1/imagebuilds?ClientToken=${token}`, action: 'CreateImageBuild', json: buildBody() });
      expect(a.status).toBe(200);
      expect(a.body.ImageBuildId).toMatch(/^build-/);
      expect(a.body.ImageBuildJobId).toMatch(/^dlc-\d{14}-[a-z0-9]{13}$/);
      expect(b.body).toEqual(a.body);
      const mismatch = await signedFetch(emu, {
        method: 'POST',
        path: `/api/v1/imagebuilds?ClientToken=${token}`,
        action: 'CreateImageBuild',
        json: buildBody({ Accessibility: 'PUBLIC' }),
      });
      expect(mismatch).toMatchObject({ status: 400, body: { Code: 'IdempotentParameterMismatch' } });

      const jobId = a.body.ImageBuildJobId as string;
      const getJob = () => signedFetch(emu, { method: 'GET', path: `/api/v1/jobs/${jobId}`, action: 'GetJob' });
      const seen = [(await getJob()).body.Status];
      emu.advance();
      seen.push((await getJob()).body.Status);
      emu.advance();
      const running = await getJob();
      seen.push(running.body.Status);
      const pod = running.body.Pods[0];
      expect(pod).toMatchObject({ PodId: `${jobId}-worker-0`, Type: 'Worker', Status: 'Running' });
      const logs = () => signedFetch(emu, { method: 'GET', path: `/api/v1/jobs/${jobId}/pods/${pod.PodId}/logs`, action: 'GetPodLogs' });
      expect((await logs()).body.Logs).toEqual([]);
      emu.advance();
      const partial = (await logs()).body.Logs as string[];
      expect(partial.length).toBeGreaterThan(0);
      emu.advance(20);
      const done = await getJob();
      seen.push(done.body.Status);
      expect(seen).toEqual(['Creating', 'Queuing', 'Running', 'Succeeded']);
      expect(done.body.StatusHistory.map((h: { Status: string }) => h.Status)).toEqual(['Creating', 'Queuing', 'Running', 'Succeeded']);
      const all = (await logs()).body.Logs as string[];
      expect(all.slice(0, partial.length)).toEqual(partial);
      expect(all[0]).toContain(`Starting image build ${a.body.ImageBuildId}`);
      expect(all).toContain('Step 2/3 : RUN pip3 install numpy==1.19.5');
      expect(all).toContain('Successfully tagged my-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/numpy-env:v1');

      const images = await signedFetch(emu, {
        method: 'GET',
        path: `/api/v1/images?ImageUri=${encodeURIComponent('my-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/numpy-env:v1')}`,
        action: 'ListImages',
      });
      expect(images.body.Images).toHaveLength(1);
      expect(images.body.Images[0]).toMatchObject({ SourceType: 'Build', SourceId: a.body.ImageBuildId, Name: 'numpy-env' });
    });

    it('fails a build whose RUN step fails, and stops a running one', async () => {
      const failing = await signedFetch(emu, {
        method: 'POST',
        path: '/api/v1/imagebuilds',
        action: 'CreateImageBuild',
        json: buildBody({ BuildConfig: { Dockerfile: 'FROM alpine\nRUN exit 1', BuildType: 'CustomDockerfile' } }),
      });
      emu.advance(10);
      const failed = await signedFetch(emu, { method: 'GET', path: `/api/v1/jobs/${failing.body.ImageBuildJobId}`, action: 'GetJob' });
      expect(failed.body).toMatchObject({ Status: 'Failed', ReasonCode: 'JobFailed' });
      const stopFinished = await signedFetch(emu, { method: 'POST', path: `/api/v1/jobs/${failing.body.ImageBuildJobId}/stop`, action: 'StopJob' });
      expect(stopFinished).toMatchObject({ status: 400, body: { Code: 'InvalidJobStatus' } });

      const other = await signedFetch(emu, { method: 'POST', path: '/api/v1/imagebuilds', action: 'CreateImageBuild', json: buildBody({ Image: { Name: 'x', Uri: 'r.example.com/a/b:1' } }) });
      emu.advance(2);
      const stop = await signedFetch(emu, { method: 'POST', path: `/api/v1/jobs/${other.body.ImageBuildJobId}/stop`, action: 'StopJob' });
      expect(stop.body).toMatchObject({ JobId: other.body.ImageBuildJobId, RequestId: expect.any(String) });
      emu.advance(5);
      const stopped = await signedFetch(emu, { method: 'GET', path: `/api/v1/jobs/${other.body.ImageBuildJobId}`, action: 'GetJob' });
      expect(stopped.body).toMatchObject({ Status: 'Stopped', ReasonCode: 'JobStoppedByUser' });
    });

    it('lists jobs newest first with paging and filters', async () => {
      const res = await signedFetch(emu, { method: 'GET', path: '/api/v1/jobs?WorkspaceId=12345&PageSize=2', action: 'ListJobs' });
      expect(res.body.TotalCount).toBeGreaterThanOrEqual(4);
      expect(res.body.Jobs).toHaveLength(2);
      const running = await signedFetch(emu, { method: 'GET', path: '/api/v1/jobs?Status=Running&JobType=PyTorchJob', action: 'ListJobs' });
      expect(running.body.Jobs.map((j: { DisplayName: string }) => j.DisplayName)).toEqual(['resnet-train']);
      const tooBig = await signedFetch(emu, { method: 'GET', path: '/api/v1/jobs?PageSize=101', action: 'ListJobs' });
      expect(tooBig).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    });
  });

  describe('throttling and faults', () => {
    it('throttles every Nth request with 429 Throttling and x-acs-retry-after (ms)', async () => {
      emu.controls.throttleEvery = 2;
      const statuses: number[] = [];
      let throttled: Awaited<ReturnType<typeof signedFetch>> | undefined;
      for (let i = 0; i < 4; i++) {
        const r = await signedFetch(emu, { method: 'GET', path: '/api/v1/jobs', action: 'ListJobs' });
        statuses.push(r.status);
        if (r.status === 429) throttled = r;
      }
      emu.controls.throttleEvery = 0;
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
      expect(throttled?.headers['x-acs-retry-after']).toBe('1000');
      expect(throttled?.body).toMatchObject({ ...errorShape, Code: 'Throttling' });
    });

    it('answers injected faults in the Alibaba envelope', async () => {
      emu.faults.failNext = { count: 1, status: 503 };
      const res = await signedFetch(emu, { method: 'GET', path: '/api/v1/images', action: 'ListImages' });
      expect(res).toMatchObject({ status: 503, body: { ...errorShape, Code: 'ServiceUnavailable' } });
    });
  });
});

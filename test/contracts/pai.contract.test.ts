import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { createPaiAdapter } from '../../src/providers/alibaba-pai/adapter.js';
import { PROVIDER_CONFIG } from '../../src/config.js';
import { buildBody, signedFetch, type SignedCall } from '../alibaba-pai/signed-fetch.js';
import { loadSpec, type LoadedSpec } from '../support/openapi.js';

const workspace = loadSpec('test/contracts/specs/pai/aiworkspace-2021-02-04-images-derived-from-ts-sdk.yaml');
const dlc = loadSpec('test/contracts/specs/pai/pai-dlc-2020-12-03-jobs-derived-from-ts-sdk.yaml');
const specFor = (path: string): LoadedSpec => (path.startsWith('/api/v1/jobs') ? dlc : workspace);

let emu: RunningPaiEmulator;
beforeAll(async () => {
  emu = await startPaiEmulator({ tickMs: 0 });
});
afterAll(async () => {
  await emu.close();
});

async function checked(call: SignedCall) {
  const res = await signedFetch(emu, call);
  const spec = specFor(call.path);
  const op = spec.findOperation(call.method, call.path);
  expect(op, `${call.method} ${call.path} is in the spec`).toBeDefined();
  expect((op?.op as { 'x-acs-action'?: string })['x-acs-action']).toBe(call.action);
  spec.assertResponse(call.method, call.path, res.status, res.body);
  return res;
}

describe('PAI contract', () => {
  describe('emulator responses match the vendored specs', () => {
    it('the checker itself rejects a wrong shape', () => {
      expect(() => workspace.assertResponse('GET', '/api/v1/images', 200, { TotalCount: 'four' })).toThrow(/does not match/);
      expect(() => dlc.assertResponse('GET', '/api/v1/jobs/dlc-1/pods/p/logs', 200, { Logs: 'one line' })).toThrow(/does not match/);
    });

    it('AIWorkSpace image operations', async () => {
      await checked({ method: 'GET', path: '/api/v1/images?Verbose=true&PageSize=2', action: 'ListImages' });
      const added = await checked({
        method: 'POST',
        path: '/api/v1/images',
        action: 'AddImage',
        json: { Name: 'contract-image', ImageUri: 'r.example.com/a/c:1', Labels: [{ Key: 'k', Value: 'v' }], Size: 2 },
      });
      const id = added.body.ImageId as string;
      await checked({ method: 'GET', path: `/api/v1/images/${id}?Verbose=true`, action: 'GetImage' });
      await checked({ method: 'POST', path: `/api/v1/images/${id}/labels`, action: 'AddImageLabels', json: { Labels: [{ Key: 'x', Value: 'y' }] } });
      await checked({ method: 'GET', path: `/api/v1/image/labels?ImageId=${id}`, action: 'ListImageLabels' });
      await checked({ method: 'DELETE', path: `/api/v1/images/${id}/labels/x`, action: 'RemoveImageLabels' });
      await checked({ method: 'PUT', path: `/api/v1/images/${id}/publish`, action: 'PublishImage' });
      await checked({ method: 'DELETE', path: `/api/v1/images/${id}`, action: 'RemoveImage' });
      const missing = await checked({ method: 'GET', path: `/api/v1/images/${id}`, action: 'GetImage' });
      expect(missing.status).toBe(404);
    });

    it('CreateImageBuild and the PAI-DLC job operations', async () => {
      const build = await checked({ method: 'POST', path: '/api/v1/imagebuilds?ClientToken=contract-1', action: 'CreateImageBuild', json: buildBody() });
      const jobId = build.body.ImageBuildJobId as string;
      emu.advance(3);
      const job = await checked({ method: 'GET', path: `/api/v1/jobs/${jobId}?NeedDetail=true`, action: 'GetJob' });
      const podId = job.body.Pods[0].PodId as string;
      await checked({ method: 'GET', path: `/api/v1/jobs?WorkspaceId=12345&PageNumber=1&PageSize=10`, action: 'ListJobs' });
      await checked({ method: 'GET', path: `/api/v1/jobs/${jobId}/pods/${podId}/logs?MaxLines=100`, action: 'GetPodLogs' });
      await checked({ method: 'GET', path: `/api/v1/jobs/${jobId}/pods/${podId}/events`, action: 'GetPodEvents' });
      await checked({ method: 'GET', path: `/api/v1/jobs/${jobId}/events`, action: 'GetJobEvents' });
      await checked({ method: 'POST', path: `/api/v1/jobs/${jobId}/stop`, action: 'StopJob' });
      const throttled = await (async () => {
        emu.controls.throttleEvery = 1;
        try {
          return await checked({ method: 'GET', path: '/api/v1/jobs', action: 'ListJobs' });
        } finally {
          emu.controls.throttleEvery = 0;
        }
      })();
      expect(throttled.status).toBe(429);
    });
  });

  describe('adapter requests match the vendored specs', () => {
    it('sends only declared query parameters and spec-valid JSON bodies', async () => {
      const pai = createPaiAdapter(PROVIDER_CONFIG.PAI(emu.env)!);
      const firstRequest = emu.requests.length;
      const firstBody = emu.bodies.length;
      try {
        await pai.listImages({ name: 'py', labels: { 'system.official': 'true' }, accessibility: 'PUBLIC', search: 'x', pageSize: 5 });
        await pai.getImages(['image-pytorch21gpu000001']);
        const build = await pai.createImageBuild({
          dockerfile: 'FROM python:3.11\nRUN pip install numpy',
          buildType: 'PACKAGE_INSTALLATION',
          image: { name: 'contract-build', uri: 'ml-registry.cn-hangzhou.cr.aliyuncs.com/ml/contract:v1', description: 'd', labels: [{ key: 'a', value: 'b' }] },
          resource: { resourceId: 'quotaadzoqup693z', resourceType: 'Lingjun', cpu: '4', memory: '8Gi' },
          targetRegistry: { type: 'ACR_ENTERPRISE', instanceId: 'cri-abcd' },
          userVpc: { vpcId: 'vpc-1', switchId: 'vsw-1', securityGroupId: 'sg-1', extendedCidrs: ['192.168.0.0/16'], defaultRoute: 'eth1' },
          overwriteImageTag: true,
          accessibility: 'PUBLIC',
          registryAuths: [{ registry: 'base-registry.example.com', username: 'user', password: 'pass' }],
          jobName: 'contract-build-job',
        });
        emu.advance(4);
        await pai.getBuildLog(build.jobId!, { fromLine: 0, limit: 50 });
        await pai.listJobs({ statuses: ['Running'] });
        await pai.stopBuild({ buildId: build.id, jobId: build.jobId!, region: build.region! });
        await pai.removeImage('image-tfserving290000001');
      } finally {
        await pai.close();
      }
      const requests = emu.requests.slice(firstRequest);
      expect(requests.length).toBeGreaterThanOrEqual(9);
      for (const r of requests) {
        const spec = specFor(r.path);
        const op = spec.findOperation(r.method, r.path);
        expect(op, `${r.method} ${r.path}`).toBeDefined();
        const declared = new Set(((op?.op.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === 'query').map((p) => p.name));
        const sent = [...new URL(r.rawUrl, 'http://x').searchParams.keys()];
        for (const name of sent) expect(declared.has(name), `${r.method} ${op?.template} query ${name}`).toBe(true);
      }
      const bodies = emu.bodies.slice(firstBody);
      expect(bodies.map((b) => b.action)).toEqual(['CreateImageBuild']);
      for (const b of bodies) specFor(b.path).assertRequestBody(b.method, b.path, b.body);
      expect(bodies[0]?.body).toMatchObject({
        Resource: { ResourceId: 'quotaadzoqup693z', ResourceType: 'Lingjun', ResourceConfig: { CPU: '4', Memory: '8Gi' } },
        BuildConfig: { BuildType: 'PackageInstallation', RegistryAuths: { 'base-registry.example.com': { Auth: 'dXNlcjpwYXNz' } } },
        UserVpc: { ExtendedCidrs: ['192.168.0.0/16'], DefaultRoute: 'eth1', SwitchId: 'vsw-1' },
        OverwriteImageTag: true,
        ImageBuildJobName: 'contract-build-job',
        RegionId: 'cn-hangzhou',
      });
    });
  });
});

describe('PAI contract (issue 14 operations)', () => {
  it('addImage, publishImage, updateImageLabels and the ListImages filters send spec operations, parameters and bodies', async () => {
    const pai = createPaiAdapter(PROVIDER_CONFIG.PAI(emu.env)!);
    const firstRequest = emu.requests.length;
    const firstBody = emu.bodies.length;
    try {
      const image = await pai.addImage({ name: 'contract-added', imageUri: 'r.example.com/team/app:v1', labels: [{ key: 'stage', value: 'dev' }], accessibility: 'PRIVATE', sizeGb: 2, description: 'd' });
      await pai.updateImageLabels(image.id, { add: [{ key: 'owner', value: 'ml' }], remove: ['stage'] });
      await pai.publishImage(image.id);
      await pai.listImages({ name: 'contract', labels: { owner: 'ml' }, accessibility: 'PUBLIC', verbose: false });
    } finally {
      await pai.close();
    }
    const requests = emu.requests.slice(firstRequest);
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'GET 200', 'POST 200', 'DELETE 200', 'GET 200', 'PUT 200', 'GET 200', 'GET 200']);
    for (const r of requests) {
      const op = workspace.findOperation(r.method, r.path);
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      const declared = new Set(((op?.op.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === 'query').map((p) => p.name));
      for (const name of new URL(r.rawUrl, 'http://x').searchParams.keys()) expect(declared.has(name), `${r.method} ${op?.template} query ${name}`).toBe(true);
    }
    const list = new URL(requests.at(-1)!.rawUrl, 'http://x').searchParams;
    expect(Object.fromEntries(list)).toMatchObject({ Name: 'contract', Labels: 'owner=ml', Accessibility: 'PUBLIC', Verbose: 'false' });
    const bodies = emu.bodies.slice(firstBody);
    expect(bodies.map((b) => b.action).filter((a) => a !== 'PublishImage')).toEqual(['AddImage', 'AddImageLabels']);
    for (const b of bodies) if (b.body !== undefined && b.body !== null) workspace.assertRequestBody(b.method, b.path, b.body);
  });
});

/**
 * pullImage through the whole gateway against the Docker emulator (whose pull failures are answered as
 * dockerd answers them: an HTTP status before any output): digest pulls keep their image, up-front
 * refusals are the mutation's typed error with no job, a contradicting tag is refused, platforms are honoured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { DockerJobCursorsDocument, DockerPullDocument, DockerPullJobByIdDocument, type DockerPullJobFragment, type DockerPullMutation, type PullImageInput } from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';

type PullResult = DockerPullMutation['pullImage'];
type JobView = DockerPullJobFragment;

let emu: RunningDockerEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emu = await startDockerEmulator({ seed: false, tickMs: 0 });
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

async function pull(input: PullImageInput): Promise<PullResult> {
  return (await gw.execute({ document: DockerPullDocument, variables: { input } })).expectNoErrors().pullImage;
}

const jobOf = (result: PullResult) => expectTypename(result, 'PullImageSuccess').job;

async function waitForJob(id: string): Promise<JobView> {
  for (let i = 0; i < 200; i += 1) {
    const res = await gw.execute({ document: DockerPullJobByIdDocument, variables: { id } });
    const job = res.data?.node?.__typename === 'Job' ? res.data.node : undefined;
    if (job && !['QUEUED', 'RUNNING'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`job ${id} did not end`);
}

const jobCount = async () => (await gw.execute({ document: DockerJobCursorsDocument })).data!.jobs.edges.length;

describe('pullImage', () => {
  it('pulls by digest and links the pulled image (inspected as name@digest) before the job reads SUCCEEDED', async () => {
    const digest = emu.registry.entries.find((e) => e.reference.path === 'library/alpine' && e.reference.tag === '3.20')!.manifestDigest;
    const started = await pull({ image: `alpine@${digest}` });
    expect(started.__typename).toBe('PullImageSuccess');
    expect(jobOf(started).caption).toBe(`Pulling alpine@${digest}`);
    const job = await waitForJob(jobOf(started).id);
    expect(job.state).toBe('SUCCEEDED');
    expect(job.image).not.toBeNull();
    expect(expectTypename(job.image, 'DockerImage').repoDigests).toContain(`alpine@${digest}`);
    expect(emu.requests.some((r) => r.status === 404 && r.path.includes('/images/alpine:sha256'))).toBe(false);
  });

  it('answers NotFoundError, and makes no job, when the engine refuses an unknown repository before streaming', async () => {
    const before = await jobCount();
    const res = await pull({ image: 'nosuch/thing', tag: '1.0' });
    expect(expectTypename(res, 'NotFoundError').message).toMatch(/pull access denied for nosuch\/thing/);
    expect(await jobCount()).toBe(before);
  });

  it('answers ForbiddenError, and makes no job, when the registry rejects the credentials', async () => {
    const before = await jobCount();
    const res = await pull({ image: 'registry.example.com/acme/api', tag: '1.0', auth: { username: 'demo', password: 'wrong-password', serverAddress: 'registry.example.com' } });
    const forbidden = expectTypename(res, 'ForbiddenError');
    expect(forbidden.message).toMatch(/incorrect username or password/);
    expect(forbidden.message).not.toContain('wrong-password');
    expect(await jobCount()).toBe(before);
  });

  it('refuses a tag that contradicts the image reference, naming input.tag, before any engine call', async () => {
    const before = emu.requests.length;
    const res = await pull({ image: 'alpine:3.19', tag: '3.20' });
    expect(expectTypename(res, 'ValidationError').fieldErrors).toEqual([{ path: 'input.tag', message: expect.stringMatching(/contradicts/) }]);
    expect(emu.requests.slice(before).filter((r) => r.path.includes('/images/create'))).toHaveLength(0);
  });

  it('pulls the requested platform: an arm64 pull is an arm64 image', async () => {
    const started = await pull({ image: 'busybox', tag: '1.36', platform: 'linux/arm64' });
    const job = await waitForJob(jobOf(started).id);
    expect(job.state).toBe('SUCCEEDED');
    expect(expectTypename(job.image, 'DockerImage').architecture).toBe('arm64');
    const amd = await waitForJob(jobOf(await pull({ image: 'nginx', tag: '1.25' })).id);
    expect(expectTypename(amd.image, 'DockerImage').architecture).toBe('amd64');
  });
});

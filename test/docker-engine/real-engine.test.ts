import { openAsBlob, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client, FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRegistryAuth } from '../../src/providers/docker-engine/client.js';
import { makeRootfsTar, missingBinaries, needsRoot, startDockerd, startRegistry, startTogether, type RealDockerd, type RealRegistry } from '../support/components.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { sseSubscribe } from '../support/sse.js';

const skipReason = missingBinaries('dockerd', 'docker', 'docker-registry', 'htpasswd') ?? needsRoot('dockerd');

interface JobView {
  id: string;
  state: string;
  progress: number | null;
  error: string | null;
  caption: string | null;
}

const JOB_FIELDS = 'id state progress error caption';

describe.skipIf(!!skipReason)('Docker provider against a real engine and registry', () => {
  let dockerd: RealDockerd;
  let registry: RealRegistry;
  let gw: TestGateway;
  let privateRef: string;
  let tarPath: string;

  async function waitForJob(id: string, timeoutMs = 60_000): Promise<JobView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await gw.execute<{ node: JobView }>(`query($id: ID!) { node(id: $id) { ... on Job { ${JOB_FIELDS} } } }`, { id });
      const job = res.data?.node;
      if (job && ['SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED'].includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`job ${id} did not end: ${JSON.stringify(res)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function engine(method: string, path: string, headers: Record<string, string> = {}): Promise<string> {
    const client = new Client('http://localhost', { socketPath: dockerd.socket });
    const res = await client.request({ method: method as 'POST', path, headers });
    const text = await res.body.text();
    await client.close();
    if (res.statusCode >= 400) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
    return text;
  }

  beforeAll(async () => {
    [dockerd, registry] = await startTogether([startDockerd(), startRegistry()] as const);
    gw = await startTestGateway({ DOCKER_HOST: dockerd.host });
    tarPath = makeRootfsTar(24 * 1024 * 1024);
    // Seed the private registry: import, tag for the registry, push with credentials, remove locally.
    privateRef = `${registry.address}/team/private-app`;
    dockerd.cli('import', tarPath, `${privateRef}:1.0`);
    const auth = encodeRegistryAuth({ username: registry.username, password: registry.password, serveraddress: registry.address });
    const pushed = await engine('POST', `/v1.41/images/${encodeURIComponent(privateRef)}/push?tag=1.0`, { 'x-registry-auth': auth });
    expect(pushed).not.toContain('"error"');
    dockerd.cli('rmi', `${privateRef}:1.0`);
  }, 180_000);

  afterAll(async () => {
    await gw?.close();
    await Promise.all([dockerd?.stop(), registry?.stop()]);
    if (tarPath) rmSync(dirname(tarPath), { recursive: true, force: true });
  });

  describe('providers', () => {
    it('reports the engine as LIVE and healthy with the negotiated API version', async () => {
      const res = await gw.execute<{ providers: { provider: string; mode: string; healthy: boolean; apiVersion: string }[] }>('{ providers { provider mode healthy apiVersion } }');
      expect(res.data?.providers.find((p) => p.provider === 'DOCKER')).toEqual({ provider: 'DOCKER', mode: 'LIVE', healthy: true, apiVersion: '1.41' });
    });
  });

  describe('importImage', () => {
    it('streams a multipart upload to the engine and the docker CLI sees the image', async () => {
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query: `mutation($file: Upload!) { importImage(input: { file: $file, repository: "imported/rootfs", tag: "v1", changes: ["CMD [\\"/bin/true\\"]"] }) { __typename ... on ImportImageSuccess { job { ${JOB_FIELDS} } } ... on Error { message } } }`,
          variables: { file: null },
        }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', await openAsBlob(tarPath), 'rootfs.tar');
      const res = await request(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
      const body = (await res.body.json()) as { data: { importImage: { __typename: string; job: JobView } } };
      expect(body.data.importImage.__typename).toBe('ImportImageSuccess');
      const job = await waitForJob(body.data.importImage.job.id);
      expect(job.state).toBe('SUCCEEDED');
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain('imported/rootfs:v1');
      expect(statSync(tarPath).size).toBeGreaterThan(20 * 1024 * 1024);
    });

    it('refuses a URL whose host is not on the allow-list, before calling the engine', async () => {
      const res = await gw.execute<{ importImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { importImage(input: { url: "http://169.254.169.254/latest/meta-data", repository: "x/y" }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
      expect(res.data?.importImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.url' }] });
    });

    it('refuses changes the API does not allow', async () => {
      const res = await gw.execute<{ importImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { importImage(input: { url: "http://example.com/x.tar", changes: ["RUN rm -rf /"] }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
      expect(res.data?.importImage.__typename).toBe('ValidationError');
    });
  });

  describe('pullImage', () => {
    it('pulls from a password-protected registry with credentials, and a jobUpdated SSE subscriber sees progress then SUCCEEDED', async () => {
      const res = await gw.execute<{ pullImage: { job: JobView } }>(
        `mutation($auth: RegistryAuthInput) { pullImage(input: { image: "${privateRef}", tag: "1.0", auth: $auth }) { ... on PullImageSuccess { job { ${JOB_FIELDS} } } ... on Error { message } } }`,
        { auth: { username: registry.username, password: registry.password, serverAddress: registry.address } },
      );
      const jobId = res.data!.pullImage.job.id;
      const seen: JobView[] = [];
      for await (const event of sseSubscribe<{ jobUpdated: JobView }>(gw.url, `subscription($id: ID!) { jobUpdated(jobId: $id) { ${JOB_FIELDS} } }`, { id: jobId })) {
        if (event.data) seen.push(event.data.jobUpdated);
      }
      expect(seen.at(-1)?.state).toBe('SUCCEEDED');
      expect(seen.at(-1)?.progress).toBe(1);
      // The stream completed at the terminal state, and progress was reported before it.
      expect(seen.some((j) => j.state === 'RUNNING')).toBe(true);
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain(`${privateRef}:1.0`);
    });

    it('ends FAILED with the registry’s message without credentials, though the engine answered 200', async () => {
      dockerd.cli('rmi', '-f', `${privateRef}:1.0`);
      const res = await gw.execute<{ pullImage: { job: JobView } }>(`mutation { pullImage(input: { image: "${privateRef}:1.0" }) { ... on PullImageSuccess { job { ${JOB_FIELDS} } } } }`);
      const job = await waitForJob(res.data!.pullImage.job.id);
      expect(job.state).toBe('FAILED');
      expect(job.error).toMatch(/unauthorized|authentication required|no basic auth/i);
    });

    it('ends FAILED with wrong credentials', async () => {
      const res = await gw.execute<{ pullImage: { job: JobView } }>(
        `mutation { pullImage(input: { image: "${privateRef}", tag: "1.0", auth: { username: "${registry.username}", password: "wrong", serverAddress: "${registry.address}" } }) { ... on PullImageSuccess { job { ${JOB_FIELDS} } } } }`,
      );
      const job = await waitForJob(res.data!.pullImage.job.id);
      expect(job.state).toBe('FAILED');
      expect(job.error).toMatch(/unauthorized|authentication required/i);
      expect(JSON.stringify(job)).not.toContain('wrong');
    });

    it('rejects an invalid reference with a ValidationError naming the field', async () => {
      const res = await gw.execute<{ pullImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { pullImage(input: { image: "Not A/Valid::ref" }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
      expect(res.data?.pullImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.image' }] });
    });
  });

  describe('tagImage, deleteImage and imageEvents', () => {
    it('tags an image (seen by the CLI and by an imageEvents subscriber) and deletes it', async () => {
      const list = await gw.execute<{ images: { edges: { node: { id: string; repoTags: string[] } }[] } }>(
        '{ images(first: 50, filter: { providers: [DOCKER] }) { edges { node { id ... on DockerImage { repoTags } } } } }',
      );
      const image = list.data!.images.edges.find((e) => e.node.repoTags.includes('imported/rootfs:v1'))!.node;

      const abort = new AbortController();
      const events: { action: string; reference: string | null }[] = [];
      const subscription = (async () => {
        for await (const e of sseSubscribe<{ imageEvents: { action: string; reference: string | null } }>(gw.url, 'subscription { imageEvents(providers: [DOCKER]) { action reference imageId } }', {}, abort.signal)) {
          if (e.data) events.push(e.data.imageEvents);
          if (events.some((x) => x.action === 'tag')) abort.abort();
        }
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 500)); // the shared /events stream is open

      const tagged = await gw.execute<{ tagImage: { __typename: string; image: { repoTags: string[] } } }>(
        'mutation($id: ID!) { tagImage(input: { id: $id, repository: "retagged/rootfs", tag: "stable" }) { __typename ... on TagImageSuccess { image { repoTags } } ... on Error { message } } }',
        { id: image.id },
      );
      expect(tagged.data?.tagImage.image.repoTags).toContain('retagged/rootfs:stable');
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain('retagged/rootfs:stable');
      await Promise.race([subscription, new Promise((r) => setTimeout(r, 10_000))]);
      expect(events.find((e) => e.action === 'tag')?.reference).toBe('retagged/rootfs:stable');

      const conflict = await gw.execute<{ deleteImage: { __typename: string } }>('mutation($id: ID!) { deleteImage(input: { id: $id }) { __typename ... on Error { message } } }', { id: image.id });
      expect(conflict.data?.deleteImage.__typename).toBe('ConflictError');
      const deleted = await gw.execute<{ deleteImage: { __typename: string; deletedId: string } }>(
        'mutation($id: ID!) { deleteImage(input: { id: $id, force: true }) { __typename ... on DeleteImageSuccess { deletedId untagged } ... on Error { message } } }',
        { id: image.id },
      );
      expect(deleted.data?.deleteImage).toMatchObject({ __typename: 'DeleteImageSuccess', deletedId: image.id });
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).not.toContain('retagged/rootfs:stable');
    });
  });
});

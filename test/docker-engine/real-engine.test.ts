import { execFileSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client, FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRegistryAuth } from '../../src/providers/docker-engine/auth.js';
import { makeRootfsTar, missingBinaries, needsRoot, startDockerd, startRegistry, startTogether, type RealDockerd, type RealRegistry } from '../support/components.js';
import {
  DockerEngineCancelDocument,
  DockerEngineDeleteDocument,
  DockerEngineForceDeleteDocument,
  DockerEngineImageDetailsDocument,
  DockerEngineImageEventsDocument,
  DockerEngineImageTagsDocument,
  DockerEngineImportArmDocument,
  DockerEngineImportMetadataUrlDocument,
  DockerEngineImportRootfsDocument,
  DockerEngineImportRunChangeDocument,
  DockerEngineJobDocument,
  DockerEngineJobImageDocument,
  DockerEngineJobLayersDocument,
  DockerEngineJobUpdatedDocument,
  DockerEngineProvidersDocument,
  DockerEnginePullDocument,
  DockerEnginePushDocument,
  DockerEngineTagStableDocument,
  type DockerEngineJobFieldsFragment,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway, uploadForm } from '../support/gateway.js';

const skipReason = missingBinaries('dockerd', 'docker', 'docker-registry', 'htpasswd') ?? needsRoot('dockerd');

type JobView = DockerEngineJobFieldsFragment;

/**
 * A TCP proxy on a free loopback port that passes what `target` sends at `bytesPerSecond` at most, so a
 * pull through it is still running when the test cancels it.
 */
async function startThrottlingProxy(target: string, bytesPerSecond: number): Promise<{ address: string; bytes(): number; close(): Promise<void> }> {
  const [host = '127.0.0.1', port = '0'] = target.split(':');
  const sockets = new Set<Socket>();
  let passed = 0;
  const server = createServer((client) => {
    const upstream = connect(Number(port), host);
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      passed += chunk.length;
      client.write(chunk);
      upstream.pause();
      setTimeout(() => upstream.resume(), (chunk.length / bytesPerSecond) * 1000);
    });
    upstream.on('end', () => client.end());
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) s.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    address: `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    bytes: () => passed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!!skipReason)('Docker provider against a real engine and registry', () => {
  let dockerd: RealDockerd;
  let registry: RealRegistry;
  let gw: TestGateway;
  let privateRef: string;
  let tarPath: string;

  async function waitForJob(id: string, timeoutMs = 60_000): Promise<JobView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await gw.execute({ document: DockerEngineJobDocument, variables: { id } });
      const job = res.data?.node?.__typename === 'Job' ? res.data.node : undefined;
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
      const res = await gw.execute({ document: DockerEngineProvidersDocument });
      expect(res.data?.providers.find((p) => p.provider === 'DOCKER')).toEqual({ provider: 'DOCKER', mode: 'LIVE', healthy: true, apiVersion: '1.41' });
    });
  });

  describe('importImage', () => {
    it('streams a multipart upload to the engine and the docker CLI sees the image', async () => {
      const form = uploadForm({ document: DockerEngineImportRootfsDocument, variables: { changes: ['CMD ["/bin/true"]'] } }, await openAsBlob(tarPath), { form: new FormData() });
      const res = await request(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
      const body = (await res.body.json()) as { data: { importImage: { __typename: string; job: JobView } } };
      expect(body.data.importImage.__typename).toBe('ImportImageSuccess');
      const job = await waitForJob(body.data.importImage.job.id);
      expect(job.state).toBe('SUCCEEDED');
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain('imported/rootfs:v1');
      expect(statSync(tarPath).size).toBeGreaterThan(20 * 1024 * 1024);
    });

    it('sends the platform (Docker 20.10 records only its OS), and DockerImage.config and history show what message and changes did', async () => {
      const form = uploadForm({ document: DockerEngineImportArmDocument, variables: { changes: ['ENV MODE=arm', 'WORKDIR /srv', 'EXPOSE 8080', 'USER 1000', 'CMD ["/srv/run"]'] } }, await openAsBlob(makeRootfsTar(4096)), { form: new FormData() });
      const res = await request(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
      const body = (await res.body.json()) as { data: { importImage: { __typename: string; job: { id: string } } } };
      expect(body.data.importImage.__typename).toBe('ImportImageSuccess');
      expect((await waitForJob(body.data.importImage.job.id)).state).toBe('SUCCEEDED');
      const read = (await gw.execute({ document: DockerEngineJobImageDocument, variables: { id: body.data.importImage.job.id } })).expectNoErrors();
      const image = expectTypename(expectTypename(read.node, 'Job').image, 'DockerImage');
      // API 1.41 (Docker 20.10) takes only the platform's OS on import; later engines record the architecture too.
      const engineArch = dockerd.cli('version', '--format', '{{.Server.Arch}}').trim();
      const apiVersion = dockerd.cli('version', '--format', '{{.Server.APIVersion}}').trim();
      expect(image.architecture).toBe(Number(apiVersion.split('.')[1]) <= 41 ? engineArch : 'arm64');
      expect(image.config).toEqual({ env: ['MODE=arm'], cmd: ['/srv/run'], workingDir: '/srv', user: '1000', exposedPorts: ['8080/tcp'] });
      expect(image.history[0]?.comment).toBe('imported for arm64');
      expect(dockerd.cli('image', 'inspect', '--format', '{{.Architecture}}', 'imported/arm:v1').trim()).toBe(image.architecture);
    });

    it('refuses a URL whose host is not on the allow-list, before calling the engine', async () => {
      const res = await gw.execute({ document: DockerEngineImportMetadataUrlDocument });
      expect(res.data?.importImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.url' }] });
    });

    it('refuses changes the API does not allow', async () => {
      const res = await gw.execute({ document: DockerEngineImportRunChangeDocument });
      expect(res.data?.importImage.__typename).toBe('ValidationError');
    });
  });

  describe('pullImage', () => {
    it('pulls from a password-protected registry with credentials, and a jobUpdated SSE subscriber sees progress then SUCCEEDED', async () => {
      const res = await gw.execute({
        document: DockerEnginePullDocument,
        variables: { input: { image: privateRef, tag: '1.0', auth: { username: registry.username, password: registry.password, serverAddress: registry.address } } },
      });
      const jobId = expectTypename(res.data!.pullImage, 'PullImageSuccess').job.id;
      const seen: JobView[] = [];
      for await (const event of gw.subscribe({ document: DockerEngineJobUpdatedDocument, variables: { id: jobId } })) {
        if (event.data) seen.push(event.data.jobUpdated);
      }
      expect(seen.at(-1)?.state).toBe('SUCCEEDED');
      expect(seen.at(-1)?.progress).toBe(1);
      // The stream completed at the terminal state, and progress was reported before it.
      expect(seen.some((j) => j.state === 'RUNNING')).toBe(true);
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain(`${privateRef}:1.0`);
    });

    it('answers ForbiddenError without credentials (the engine relays the registry\'s 401 as a 500 before streaming)', async () => {
      dockerd.cli('rmi', '-f', `${privateRef}:1.0`);
      const res = await gw.execute({ document: DockerEnginePullDocument, variables: { input: { image: `${privateRef}:1.0` } } });
      expect(expectTypename(res.data?.pullImage, 'ForbiddenError').message).toMatch(/unauthorized|authentication required|no basic auth/i);
    });

    it('answers ForbiddenError with wrong credentials, without echoing them', async () => {
      const res = await gw.execute({
        document: DockerEnginePullDocument,
        variables: { input: { image: privateRef, tag: '1.0', auth: { username: registry.username, password: 'wrong', serverAddress: registry.address } } },
      });
      expect(expectTypename(res.data?.pullImage, 'ForbiddenError').message).toMatch(/unauthorized|authentication required/i);
      expect(JSON.stringify(res)).not.toContain('wrong');
    });

    it('rejects an invalid reference with a ValidationError naming the field', async () => {
      const res = await gw.execute({ document: DockerEnginePullDocument, variables: { input: { image: 'Not A/Valid::ref' } } });
      expect(res.data?.pullImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.image' }] });
    });
  });

  describe('pushImage, DockerImage.config/history and cancelJob', () => {
    let pushedRef: string;

    it('pushes to the password-protected registry through the graph (anonymous: FAILED), and the docker CLI pulls it back', async () => {
      pushedRef = `${registry.address}/team/pushed:2.0`;
      const bigTar = makeRootfsTar(32 * 1024 * 1024);
      dockerd.cli('import', '--change', 'CMD ["/data/run"]', '--change', 'ENV MODE=pushed', '--message', 'pushed by the test', bigTar, pushedRef);
      rmSync(bigTar, { force: true });
      const list = await gw.execute({ document: DockerEngineImageTagsDocument });
      const id = list.data!.images.edges.find((e) => expectTypename(e.node, 'DockerImage').repoTags.includes(pushedRef))!.node.id;

      // What importImage's changes and message did, read back from inspect and history.
      const details = expectTypename((await gw.execute({ document: DockerEngineImageDetailsDocument, variables: { id } })).data?.node, 'DockerImage');
      expect(details.config).toEqual({ cmd: ['/data/run'], env: ['MODE=pushed'] });
      expect(details.history[0]?.comment).toBe('pushed by the test');

      const anonymous = await gw.execute({ document: DockerEnginePushDocument, variables: { id } });
      const refused = await waitForJob(expectTypename(anonymous.data?.pushImage, 'PushImageSuccess').job.id);
      expect(refused.state).toBe('FAILED');
      expect(refused.error).toMatch(/unauthorized|authentication required|no basic auth/i);

      const res = await gw.execute({
        document: DockerEnginePushDocument,
        variables: { id, auth: { username: registry.username, password: registry.password, serverAddress: registry.address } },
      });
      const job = await waitForJob(expectTypename(res.data?.pushImage, 'PushImageSuccess').job.id, 120_000);
      expect(job.state).toBe('SUCCEEDED');
      expect(job.progress).toBe(1);
      expect(job.caption).toMatch(/^2\.0: digest: sha256:[0-9a-f]{64}/);

      // The docker CLI (logged in with a config of its own) pulls back what the graph pushed.
      dockerd.cli('rmi', pushedRef);
      const config = mkdtempSync(join(tmpdir(), 'ig-docker-config-'));
      const env = { ...process.env, DOCKER_CONFIG: config };
      try {
        execFileSync('docker', ['-H', dockerd.host, 'login', '-u', registry.username, '--password-stdin', registry.address], { input: registry.password, env, stdio: ['pipe', 'ignore', 'pipe'] });
        execFileSync('docker', ['-H', dockerd.host, 'pull', pushedRef], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      } finally {
        rmSync(config, { recursive: true, force: true });
      }
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain(pushedRef);
      expect(JSON.parse(dockerd.cli('image', 'inspect', '--format', '{{json .Config.Cmd}}', pushedRef))).toEqual(['/data/run']);
      dockerd.cli('rmi', pushedRef);
    }, 240_000);

    it('cancels a running pull: the engine stops it, the job ends CANCELLED and the engine shows no such image', async () => {
      const proxy = await startThrottlingProxy(registry.address, 2 * 1024 * 1024);
      try {
        const ref = `${proxy.address}/team/pushed:2.0`;
        const res = await gw.execute({
          document: DockerEnginePullDocument,
          variables: { input: { image: ref, auth: { username: registry.username, password: registry.password, serverAddress: proxy.address } } },
        });
        const jobId = expectTypename(res.data?.pullImage, 'PullImageSuccess').job.id;
        // Wait until the engine is downloading the layer (through the throttled proxy).
        const deadline = Date.now() + 60_000;
        for (;;) {
          const seen = expectTypename((await gw.execute({ document: DockerEngineJobLayersDocument, variables: { id: jobId } })).data?.node, 'Job');
          if (seen.layers.some((l) => l.status.startsWith('Downloading'))) break;
          expect(seen.state).toMatch(/QUEUED|RUNNING/);
          if (Date.now() > deadline) throw new Error('the pull never started downloading');
          await new Promise((r) => setTimeout(r, 100));
        }
        const cancelled = await gw.execute({ document: DockerEngineCancelDocument, variables: { id: jobId } });
        expect(cancelled.data?.cancelJob).toMatchObject({ __typename: 'CancelJobSuccess', job: { state: 'CANCELLED' } });
        // The engine stopped downloading: nothing more flows from the registry (a pull left running would keep
        // reading at 2 MiB/s for several more seconds).
        await new Promise((r) => setTimeout(r, 1500));
        const afterCancel = proxy.bytes();
        expect(afterCancel).toBeLessThan(30 * 1024 * 1024);
        await new Promise((r) => setTimeout(r, 2000));
        expect(proxy.bytes() - afterCancel).toBeLessThan(256 * 1024);
        expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).not.toContain('team/pushed');
        expect(() => dockerd.cli('image', 'inspect', ref)).toThrow();
        expect((await waitForJob(jobId)).state).toBe('CANCELLED');
      } finally {
        await proxy.close();
      }
    }, 120_000);
  });

  describe('tagImage, deleteImage and imageEvents', () => {
    it('tags an image (seen by the CLI and by an imageEvents subscriber) and deletes it', async () => {
      const list = await gw.execute({ document: DockerEngineImageTagsDocument });
      const image = list.data!.images.edges.find((e) => expectTypename(e.node, 'DockerImage').repoTags.includes('imported/rootfs:v1'))!.node;

      const abort = new AbortController();
      const events: { action: string; reference?: string | null }[] = [];
      const subscription = (async () => {
        for await (const e of gw.subscribe({ document: DockerEngineImageEventsDocument }, abort.signal)) {
          if (e.data) events.push(e.data.imageEvents);
          if (events.some((x) => x.action === 'tag')) abort.abort();
        }
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 500)); // the shared /events stream is open

      const tagged = await gw.execute({ document: DockerEngineTagStableDocument, variables: { id: image.id } });
      expect(expectTypename(tagged.data?.tagImage, 'TagImageSuccess').image.repoTags).toContain('retagged/rootfs:stable');
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain('retagged/rootfs:stable');
      await Promise.race([subscription, new Promise((r) => setTimeout(r, 10_000))]);
      expect(events.find((e) => e.action === 'tag')?.reference).toBe('retagged/rootfs:stable');

      const conflict = await gw.execute({ document: DockerEngineDeleteDocument, variables: { id: image.id } });
      expect(conflict.data?.deleteImage.__typename).toBe('ConflictError');
      const deleted = await gw.execute({ document: DockerEngineForceDeleteDocument, variables: { id: image.id } });
      expect(deleted.data?.deleteImage).toMatchObject({ __typename: 'DeleteImageSuccess', deletedId: image.id });
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).not.toContain('retagged/rootfs:stable');
    });
  });
});

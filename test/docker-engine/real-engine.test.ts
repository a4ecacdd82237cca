import { execFileSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client, FormData, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRegistryAuth } from '../../src/providers/docker-engine/auth.js';
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
      const res = await gw.raw<{ node: JobView }>(`query($id: ID!) { node(id: $id) { ... on Job { ${JOB_FIELDS} } } }`, { id });
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
      const res = await gw.raw<{ providers: { provider: string; mode: string; healthy: boolean; apiVersion: string }[] }>('{ providers { provider mode healthy apiVersion } }');
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

    it('sends the platform (Docker 20.10 records only its OS), and DockerImage.config and history show what message and changes did', async () => {
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query: `mutation($file: Upload!) { importImage(input: { file: $file, repository: "imported/arm", tag: "v1", platform: "linux/arm64", message: "imported for arm64", changes: ["ENV MODE=arm", "WORKDIR /srv", "EXPOSE 8080", "USER 1000", "CMD [\\"/srv/run\\"]"] }) { __typename ... on ImportImageSuccess { job { id } } ... on Error { message } } }`,
          variables: { file: null },
        }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', await openAsBlob(makeRootfsTar(4096)), 'rootfs.tar');
      const res = await request(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
      const body = (await res.body.json()) as { data: { importImage: { __typename: string; job: { id: string } } } };
      expect(body.data.importImage.__typename).toBe('ImportImageSuccess');
      expect((await waitForJob(body.data.importImage.job.id)).state).toBe('SUCCEEDED');
      const read = await gw.raw<{ node: { image: { architecture: string; config: Record<string, unknown>; history: { comment: string }[] } } }>(
        'query($id: ID!) { node(id: $id) { ... on Job { image { ... on DockerImage { architecture config { env cmd workingDir user exposedPorts } history { comment } } } } } }',
        { id: body.data.importImage.job.id },
      );
      expect(read.errors).toBeUndefined();
      const image = read.data!.node.image;
      // API 1.41 (Docker 20.10) takes only the platform's OS on import; later engines record the architecture too.
      const engineArch = dockerd.cli('version', '--format', '{{.Server.Arch}}').trim();
      const apiVersion = dockerd.cli('version', '--format', '{{.Server.APIVersion}}').trim();
      expect(image.architecture).toBe(Number(apiVersion.split('.')[1]) <= 41 ? engineArch : 'arm64');
      expect(image.config).toEqual({ env: ['MODE=arm'], cmd: ['/srv/run'], workingDir: '/srv', user: '1000', exposedPorts: ['8080/tcp'] });
      expect(image.history[0]?.comment).toBe('imported for arm64');
      expect(dockerd.cli('image', 'inspect', '--format', '{{.Architecture}}', 'imported/arm:v1').trim()).toBe(image.architecture);
    });

    it('refuses a URL whose host is not on the allow-list, before calling the engine', async () => {
      const res = await gw.raw<{ importImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { importImage(input: { url: "http://169.254.169.254/latest/meta-data", repository: "x/y" }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
      expect(res.data?.importImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.url' }] });
    });

    it('refuses changes the API does not allow', async () => {
      const res = await gw.raw<{ importImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { importImage(input: { url: "http://example.com/x.tar", changes: ["RUN rm -rf /"] }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
      expect(res.data?.importImage.__typename).toBe('ValidationError');
    });
  });

  describe('pullImage', () => {
    it('pulls from a password-protected registry with credentials, and a jobUpdated SSE subscriber sees progress then SUCCEEDED', async () => {
      const res = await gw.raw<{ pullImage: { job: JobView } }>(
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

    it('answers ForbiddenError without credentials (the engine relays the registry\'s 401 as a 500 before streaming)', async () => {
      dockerd.cli('rmi', '-f', `${privateRef}:1.0`);
      const res = await gw.raw<{ pullImage: { __typename: string; message: string } }>(`mutation { pullImage(input: { image: "${privateRef}:1.0" }) { __typename ... on Error { message } } }`);
      expect(res.data?.pullImage.__typename).toBe('ForbiddenError');
      expect(res.data?.pullImage.message).toMatch(/unauthorized|authentication required|no basic auth/i);
    });

    it('answers ForbiddenError with wrong credentials, without echoing them', async () => {
      const res = await gw.raw<{ pullImage: { __typename: string; message: string } }>(
        `mutation { pullImage(input: { image: "${privateRef}", tag: "1.0", auth: { username: "${registry.username}", password: "wrong", serverAddress: "${registry.address}" } }) { __typename ... on Error { message } } }`,
      );
      expect(res.data?.pullImage.__typename).toBe('ForbiddenError');
      expect(res.data?.pullImage.message).toMatch(/unauthorized|authentication required/i);
      expect(JSON.stringify(res)).not.toContain('wrong');
    });

    it('rejects an invalid reference with a ValidationError naming the field', async () => {
      const res = await gw.raw<{ pullImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        'mutation { pullImage(input: { image: "Not A/Valid::ref" }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      );
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
      const list = await gw.raw<{ images: { edges: { node: { id: string; repoTags: string[] } }[] } }>(
        '{ images(first: 50, filter: { providers: [DOCKER] }) { edges { node { id ... on DockerImage { repoTags } } } } }',
      );
      const id = list.data!.images.edges.find((e) => e.node.repoTags.includes(pushedRef))!.node.id;

      // What importImage's changes and message did, read back from inspect and history.
      const details = await gw.raw<{ node: { config: { cmd: string[]; env: string[] }; history: { comment: string }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on DockerImage { config { cmd env } history { comment createdBy sizeBytes } } } }',
        { id },
      );
      expect(details.data?.node.config).toEqual({ cmd: ['/data/run'], env: ['MODE=pushed'] });
      expect(details.data?.node.history[0]?.comment).toBe('pushed by the test');

      const PUSH = `mutation($id: ID!, $auth: RegistryAuthInput) { pushImage(input: { id: $id, auth: $auth }) { __typename ... on PushImageSuccess { job { ${JOB_FIELDS} } } ... on Error { message } } }`;
      const anonymous = await gw.raw<{ pushImage: { __typename: string; job: JobView } }>(PUSH, { id });
      expect(anonymous.data?.pushImage.__typename).toBe('PushImageSuccess');
      const refused = await waitForJob(anonymous.data!.pushImage.job.id);
      expect(refused.state).toBe('FAILED');
      expect(refused.error).toMatch(/unauthorized|authentication required|no basic auth/i);

      const res = await gw.raw<{ pushImage: { __typename: string; job: JobView } }>(PUSH, {
        id,
        auth: { username: registry.username, password: registry.password, serverAddress: registry.address },
      });
      expect(res.data?.pushImage.__typename).toBe('PushImageSuccess');
      const job = await waitForJob(res.data!.pushImage.job.id, 120_000);
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
        const res = await gw.raw<{ pullImage: { __typename: string; job: JobView } }>(
          `mutation($auth: RegistryAuthInput) { pullImage(input: { image: "${ref}", auth: $auth }) { __typename ... on PullImageSuccess { job { ${JOB_FIELDS} } } ... on Error { message } } }`,
          { auth: { username: registry.username, password: registry.password, serverAddress: proxy.address } },
        );
        expect(res.data?.pullImage.__typename).toBe('PullImageSuccess');
        const jobId = res.data!.pullImage.job.id;
        // Wait until the engine is downloading the layer (through the throttled proxy).
        const deadline = Date.now() + 60_000;
        for (;;) {
          const seen = await gw.raw<{ node: { state: string; layers: { status: string }[] } }>('query($id: ID!) { node(id: $id) { ... on Job { state layers { status } } } }', { id: jobId });
          if (seen.data?.node.layers.some((l) => l.status.startsWith('Downloading'))) break;
          expect(seen.data?.node.state).toMatch(/QUEUED|RUNNING/);
          if (Date.now() > deadline) throw new Error('the pull never started downloading');
          await new Promise((r) => setTimeout(r, 100));
        }
        const cancelled = await gw.raw<{ cancelJob: { __typename: string; job: JobView } }>(
          `mutation($id: ID!) { cancelJob(input: { id: $id }) { __typename ... on CancelJobSuccess { job { ${JOB_FIELDS} } } ... on Error { message } } }`,
          { id: jobId },
        );
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
      const list = await gw.raw<{ images: { edges: { node: { id: string; repoTags: string[] } }[] } }>(
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

      const tagged = await gw.raw<{ tagImage: { __typename: string; image: { repoTags: string[] } } }>(
        'mutation($id: ID!) { tagImage(input: { id: $id, repository: "retagged/rootfs", tag: "stable" }) { __typename ... on TagImageSuccess { image { repoTags } } ... on Error { message } } }',
        { id: image.id },
      );
      expect(tagged.data?.tagImage.image.repoTags).toContain('retagged/rootfs:stable');
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).toContain('retagged/rootfs:stable');
      await Promise.race([subscription, new Promise((r) => setTimeout(r, 10_000))]);
      expect(events.find((e) => e.action === 'tag')?.reference).toBe('retagged/rootfs:stable');

      const conflict = await gw.raw<{ deleteImage: { __typename: string } }>('mutation($id: ID!) { deleteImage(input: { id: $id }) { __typename ... on Error { message } } }', { id: image.id });
      expect(conflict.data?.deleteImage.__typename).toBe('ConflictError');
      const deleted = await gw.raw<{ deleteImage: { __typename: string; deletedId: string } }>(
        'mutation($id: ID!) { deleteImage(input: { id: $id, force: true }) { __typename ... on DeleteImageSuccess { deletedId untagged } ... on Error { message } } }',
        { id: image.id },
      );
      expect(deleted.data?.deleteImage).toMatchObject({ __typename: 'DeleteImageSuccess', deletedId: image.id });
      expect(dockerd.cli('images', '--format', '{{.Repository}}:{{.Tag}}')).not.toContain('retagged/rootfs:stable');
    });
  });
});

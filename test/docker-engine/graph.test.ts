import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { DockerFirstImageCursorDocument, DockerImagesDocument, DockerImagesListFieldsDocument, DockerNodeTwiceDocument, DockerProvidersHealthDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The Docker part of the graph against the Docker emulator: upstream calls per query are counted. */
describe('docker-engine graph', () => {
  let emu: RunningDockerEmulator;
  let gw: TestGateway;

  beforeAll(async () => {
    emu = await startDockerEmulator({ seed: false });
    // 60 small images, imported through the engine API as a client would.
    const dir = mkdtempSync(join(tmpdir(), 'ig-tars-'));
    for (let i = 0; i < 60; i++) {
      writeFileSync(join(dir, 'id.txt'), `image ${i}\n`);
      const tar = execFileSync('tar', ['-C', dir, '-cf', '-', 'id.txt']);
      const res = await request(`${emu.url}/v1.44/images/create?fromSrc=-&repo=bench/img${i}&tag=v1`, { method: 'POST', body: tar, headers: { 'content-type': 'application/x-tar' } });
      expect(await res.body.text()).toContain('sha256:');
    }
    rmSync(dir, { recursive: true, force: true });
    gw = await startTestGateway(emu.env);
    (await gw.execute({ document: DockerProvidersHealthDocument })).expectNoErrors(); // negotiates the API version once
  }, 60_000);
  afterAll(async () => {
    await gw?.close();
    await emu?.close();
  });

  const count = (from: number, pattern: RegExp) => emu.requests.slice(from).filter((r) => pattern.test(r.path)).length;

  describe('version negotiation', () => {
    it('is one GET /version however many first calls arrive together', async () => {
      const fresh = await startTestGateway(emu.env);
      const before = emu.requests.length;
      await Promise.all(Array.from({ length: 5 }, () => fresh.execute({ document: DockerFirstImageCursorDocument })));
      expect(count(before, /^\/version$/)).toBe(1);
      await fresh.close();
    });
  });

  describe('images', () => {
    it('serves 50 images with details from one list call plus one inspect per image that needs it', async () => {
      const before = emu.requests.length;
      const page = (await gw.execute({ document: DockerImagesDocument, variables: { first: 50 } })).expectNoErrors();
      expect(page.images.edges).toHaveLength(50);
      for (const { node } of page.images.edges) {
        if (node.__typename !== 'DockerImage') throw new Error('not a DockerImage');
        expect(node.repoTags[0]).toMatch(/^bench\/img\d+:v1$/);
        expect(node.architecture).toBeTruthy();
      }
      expect(count(before, /\/images\/json$/)).toBe(1);
      expect(count(before, /\/images\/[^/]+\/json$/)).toBeLessThanOrEqual(50);
      expect(emu.requests.length - before).toBeLessThanOrEqual(51);
    });

    it('makes no inspect call when the query asks only list fields', async () => {
      const before = emu.requests.length;
      const res = await gw.execute({ document: DockerImagesListFieldsDocument });
      expect(res.data?.images.edges).toHaveLength(50);
      expect(emu.requests.length - before).toBe(1);
    });

    it('pages forward with the cursor, every image once', async () => {
      const seen: string[] = [];
      let after: string | null | undefined;
      do {
        const page = (await gw.execute({ document: DockerImagesDocument, variables: { first: 7, after } })).expectNoErrors();
        seen.push(...page.images.edges.map((e) => e.node.id));
        after = page.images.pageInfo.hasNextPage ? page.images.pageInfo.endCursor : undefined;
      } while (after);
      expect(seen).toHaveLength(60);
      expect(new Set(seen).size).toBe(60);
    });

    it('dedupes node(id) loads within a request', async () => {
      const list = (await gw.execute({ document: DockerImagesDocument, variables: { first: 2 } })).expectNoErrors();
      const id = list.images.edges[0]!.node.id;
      const before = emu.requests.length;
      const res = await gw.execute({ document: DockerNodeTwiceDocument, variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(count(before, /\/images\/[^/]+\/json$/)).toBe(1);
    });
  });
});

/**
 * The contract every ImageSource, JobSource and BuildSource keeps (src/core/records.ts), asserted the
 * same way for each implementation the gateway wires over the emulators (`services.imageSources[p]`,
 * …): paging positions, the date window at its exact bounds, filters, a missing id, the shared state
 * enums, build log paging. A provider that keeps a rule differently fails here by name.
 *
 * The oracle is written here, not imported: the window is `createdAfter <= t < createdBefore`
 * (README "images", src/core/image-filter.ts), checked against the source's own unfiltered list.
 */
import { describe, expect } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { BuildSource, BuildStatus, ImageListFilter, ImageRecord, ImageSource, JobSource, JobState, Provider } from '../../src/core/records.js';
import { encodePaiBuildId } from '../../src/providers/alibaba-pai/validate.js';
import { DockerPullImageDocument, GwCreateImageBuildDocument, type CreateImageBuildInput } from '../generated/graphql.js';
import { emulatorTest as test, type Emulators } from '../support/fixtures.js';
import type { TestGateway } from '../support/gateway.js';
import { paiBuildInput } from '../support/pai.js';

const JOB_STATES: JobState[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED'];
const BUILD_STATUSES: BuildStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Every implementation, with an id of the provider's own shape that names nothing. */
const IMAGE_SOURCES: { provider: Provider; missingId: string }[] = [
  { provider: 'DOCKER', missingId: `sha256:${'0'.repeat(64)}` },
  { provider: 'CYCLE', missingId: '0'.repeat(24) },
  { provider: 'PAI', missingId: 'image-000000000000000000' },
];
const JOB_SOURCES: { provider: Provider; missingId: string }[] = [
  { provider: 'DOCKER', missingId: '00000000-0000-4000-8000-000000000000' },
  { provider: 'CYCLE', missingId: '0'.repeat(24) },
  { provider: 'PAI', missingId: 'dlc-00000000000000-000000000000' },
];
const BUILD_SOURCES: { provider: Provider; missingId: string }[] = [
  { provider: 'CYCLE', missingId: '0'.repeat(24) },
  { provider: 'PAI', missingId: encodePaiBuildId({ region: 'cn-hangzhou', buildId: 'build-000000000000', jobId: 'dlc-00000000000000-000000000000' }) },
];

const providersOf = (rows: { provider: Provider }[]) => rows.map((r) => r.provider).sort();

/** Follows `next` from the first page to the last (at most 200 pages), every item in order. */
async function listAll(source: ImageSource, filter: ImageListFilter = {}, limit = 3): Promise<ImageRecord[]> {
  const items: ImageRecord[] = [];
  let position: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const page = await source.listImages({ position, limit, filter });
    items.push(...page.items);
    if (page.next === null) return items;
    expect(page.next, 'a next position differs from the one just read').not.toBe(position);
    position = page.next;
  }
  throw new Error('more than 200 pages: the positions do not advance');
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const time = (d: Date | null) => d?.getTime() ?? null;

/** Newest first: each dated item is no newer than the dated one before it. */
function expectNewestFirst(items: { id: string; createdAt: Date | null }[]) {
  const dated = items.filter((i) => i.createdAt);
  for (let i = 1; i < dated.length; i++) expect(time(dated[i]!.createdAt)!, `${dated[i]!.id} after ${dated[i - 1]!.id}`).toBeLessThanOrEqual(time(dated[i - 1]!.createdAt)!);
}

test('the gateway wires exactly the sources this test covers', ({ gw }) => {
  expect(Object.keys(gw.services.imageSources).sort()).toEqual(providersOf(IMAGE_SOURCES));
  expect(Object.keys(gw.services.jobSources).sort()).toEqual(providersOf(JOB_SOURCES));
  expect(Object.keys(gw.services.buildSources).sort()).toEqual(providersOf(BUILD_SOURCES));
});

describe.each(IMAGE_SOURCES)('ImageSource $provider', ({ provider, missingId }) => {
  const source = (gw: TestGateway) => gw.services.imageSources[provider]!;

  test('lists its own records, newest first, each once, in the same order on every read and for every page size', async ({ gw }) => {
    const all = await listAll(source(gw));
    expect(all.length).toBeGreaterThan(1);
    for (const image of all) {
      expect(image.provider).toBe(provider);
      expect(image.createdAt === null || image.createdAt instanceof Date).toBe(true);
    }
    expect(new Set(ids(all)).size).toBe(all.length);
    expectNewestFirst(all);
    expect(ids(await listAll(source(gw)))).toEqual(ids(all));
    expect(ids(await listAll(source(gw), {}, 1))).toEqual(ids(all));
    expect(ids(await listAll(source(gw), {}, 100))).toEqual(ids(all));
  });

  test('a position it never gave answers ValidationError; one past the end is an empty last page', async ({ gw }) => {
    for (const position of ['not-a-position', '-1', '1.5', '']) {
      await expect(source(gw).listImages({ position, limit: 3, filter: {} }), JSON.stringify(position)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await source(gw).listImages({ position: '999999', limit: 3, filter: {} })).toEqual({ items: [], next: null });
  });

  test('createdAfter is inclusive and createdBefore exclusive, exactly at an image’s creation instant', async ({ gw }) => {
    const all = await listAll(source(gw));
    const dated = all.filter((i) => i.createdAt);
    expect(dated.length).toBeGreaterThan(1);
    // An image in the middle of the list, so both sides of the bound hold images.
    const at = dated[Math.floor(dated.length / 2)]!.createdAt!.getTime();
    const windows: [string, ImageListFilter][] = [
      ['after = t', { createdAfter: new Date(at) }],
      ['after = t + 1 ms', { createdAfter: new Date(at + 1) }],
      ['before = t', { createdBefore: new Date(at) }],
      ['before = t + 1 ms', { createdBefore: new Date(at + 1) }],
      ['[t, t + 1 ms)', { createdAfter: new Date(at), createdBefore: new Date(at + 1) }],
      ['[t, t)', { createdAfter: new Date(at), createdBefore: new Date(at) }],
    ];
    for (const [name, window] of windows) {
      const expected = all.filter((i) => {
        const t = time(i.createdAt);
        if (t === null) return false; // an undated image is outside every window with a bound
        return (!window.createdAfter || t >= window.createdAfter.getTime()) && (!window.createdBefore || t < window.createdBefore.getTime());
      });
      expect(ids(await listAll(source(gw), window)), name).toEqual(ids(expected));
    }
  });

  test('search finds an image by its name and nothing for a name no image has', async ({ gw }) => {
    const [, image] = await listAll(source(gw));
    expect(ids(await listAll(source(gw), { search: image!.name }))).toContain(image!.id);
    expect(await listAll(source(gw), { search: 'no-image-is-called-this-7f3a' })).toEqual([]);
  });

  test('getImages answers in key order, a missing id as NotFoundError in its place', async ({ gw }) => {
    const [first, second] = await listAll(source(gw));
    const got = await source(gw).getImages([second!.id, missingId, first!.id]);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatchObject({ provider, id: second!.id });
    expect(got[1]).toBeInstanceOf(NotFoundError);
    expect(got[2]).toMatchObject({ provider, id: first!.id });
  });
});

/** A Docker job exists only once something ran: one pull through the graph, once per file. */
let dockerJob: Promise<void> | undefined;
function withJobs(gw: TestGateway): Promise<void> {
  dockerJob ??= gw.execute({ document: DockerPullImageDocument, variables: { input: { image: 'busybox', tag: '1.36' } } }).then((res) => {
    expect(res.expectNoErrors().pullImage.__typename).toBe('PullImageSuccess');
  });
  return dockerJob;
}

describe.each(JOB_SOURCES)('JobSource $provider', ({ provider, missingId }) => {
  const source = async (gw: TestGateway): Promise<JobSource> => {
    await withJobs(gw);
    return gw.services.jobSources[provider]!;
  };

  test('lists its own jobs newest first, each once, in the shared JobState, at most `limit`', async ({ gw }) => {
    const jobs = await (await source(gw)).listJobs({ limit: 50 });
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.provider).toBe(provider);
      expect(JOB_STATES).toContain(job.state);
      expect(job.createdAt).toBeInstanceOf(Date);
    }
    expect(new Set(ids(jobs)).size).toBe(jobs.length);
    expectNewestFirst(jobs);
    expect(ids(await (await source(gw)).listJobs({ limit: 1 }))).toEqual(ids(jobs).slice(0, 1));
  });

  test('a states filter answers exactly the listed jobs in those states', async ({ gw }) => {
    const all = await (await source(gw)).listJobs({ limit: 50 });
    for (const states of [...new Set(all.map((j) => j.state))].map((s) => [s]).concat([['EXPIRED'], ['QUEUED', 'RUNNING']]) as JobState[][]) {
      const jobs = await (await source(gw)).listJobs({ states, limit: 50 });
      expect(ids(jobs), states.join()).toEqual(ids(all.filter((j) => states.includes(j.state))));
    }
  });

  test('getJobs answers in key order, a missing id as NotFoundError in its place', async ({ gw }) => {
    const [job] = await (await source(gw)).listJobs({ limit: 1 });
    const got = await (await source(gw)).getJobs([missingId, job!.id]);
    expect(got[0]).toBeInstanceOf(NotFoundError);
    expect(got[1]).toMatchObject({ provider, id: job!.id });
    expect(JOB_STATES).toContain((got[1] as { state: JobState }).state);
  });
});

/** PAI has no seeded builds: one is created through the graph and its job advanced until it has logged. */
let paiBuild: Promise<void> | undefined;
function withBuilds(gw: TestGateway, emulators: Emulators): Promise<void> {
  paiBuild ??= (async () => {
    const input = paiBuildInput() as CreateImageBuildInput;
    const created = (await gw.execute({ document: GwCreateImageBuildDocument, variables: { input } })).expectNoErrors();
    expect(created.createImageBuild.__typename).toBe('CreateImageBuildSuccess');
    emulators.pai.advance(20);
  })();
  return paiBuild;
}

describe.each(BUILD_SOURCES)('BuildSource $provider', ({ provider, missingId }) => {
  const source = async (gw: TestGateway, emulators: Emulators): Promise<BuildSource> => {
    await withBuilds(gw, emulators);
    return gw.services.buildSources[provider]!;
  };

  test('lists its own builds newest first, each once, in the shared BuildStatus, at most `limit`', async ({ gw, emulators }) => {
    const builds = await (await source(gw, emulators)).listBuilds({ limit: 50 });
    expect(builds.length).toBeGreaterThan(0);
    for (const build of builds) {
      expect(build.provider).toBe(provider);
      expect(BUILD_STATUSES).toContain(build.status);
    }
    expect(new Set(ids(builds)).size).toBe(builds.length);
    expectNewestFirst(builds);
    expect(ids(await (await source(gw, emulators)).listBuilds({ limit: 1 }))).toEqual(ids(builds).slice(0, 1));
  });

  test('a statuses filter answers exactly the listed builds with those statuses', async ({ gw, emulators }) => {
    const all = await (await source(gw, emulators)).listBuilds({ limit: 50 });
    for (const statuses of [...new Set(all.map((b) => b.status))].map((s) => [s]).concat([['QUEUED', 'RUNNING']]) as BuildStatus[][]) {
      const builds = await (await source(gw, emulators)).listBuilds({ statuses, limit: 50 });
      expect(ids(builds), statuses.join()).toEqual(ids(all.filter((b) => statuses.includes(b.status))));
    }
  });

  test('getBuilds answers in key order, a missing id as NotFoundError in its place', async ({ gw, emulators }) => {
    const [build] = await (await source(gw, emulators)).listBuilds({ limit: 1 });
    const got = await (await source(gw, emulators)).getBuilds([missingId, build!.id]);
    expect(got[0]).toBeInstanceOf(NotFoundError);
    expect(got[1]).toMatchObject({ provider, id: build!.id });
  });

  test('getLog pages by line number: 0-based, consecutive, `fromLine` and `limit` cut the same lines', async ({ gw, emulators }) => {
    const builds = await (await source(gw, emulators)).listBuilds({ limit: 50 });
    const logs = await Promise.all(builds.map(async (b) => ({ id: b.id, lines: await (await source(gw, emulators)).getLog(b.id, 0, 1000) })));
    const long = logs.find((l) => l.lines.length >= 4);
    expect(long, `a ${provider} build with 4 log lines`).toBeDefined();
    const { id, lines } = long!;
    expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i));
    const log = await source(gw, emulators);
    expect(await log.getLog(id, 1, 2)).toEqual(lines.slice(1, 3));
    expect(await log.getLog(id, 0, 1)).toEqual(lines.slice(0, 1));
    expect(await log.getLog(id, lines.length, 10)).toEqual([]);
  });

  test('getLog of a missing build answers NotFoundError', async ({ gw, emulators }) => {
    await expect((await source(gw, emulators)).getLog(missingId, 0, 10)).rejects.toBeInstanceOf(NotFoundError);
  });
});

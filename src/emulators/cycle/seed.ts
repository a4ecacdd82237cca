import type { CycleCreatorScope } from '../../providers/cycle/dto.js';
import { buildPhases } from './build-script.js';
import { iso, objectId } from './ids.js';
import { defaultConfigFor, type CycleStore, type SourceEntry } from './store.js';

const DAY = 86_400_000;

/**
 * Demo data: five image sources (Docker Hub, a Dockerfile repository, a private registry, an OCI
 * registry and one whose builds fail), twelve images in mixed states with their build logs and jobs.
 * Two imports are left running so that a fresh emulator shows progress.
 */
export function seedCycle(store: CycleStore, now = Date.now()): { creator: CycleCreatorScope } {
  const creator = store.registerAccount(objectId(new Date(now - 400 * DAY)), 'Ada', 'Lovelace', 'ada@example.com');
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const sources = seedSources(store, creator, at);
  seedImages(store, sources, creator, at, now);
  return { creator };
}

type DemoSources = Record<'nginx' | 'web' | 'api' | 'worker' | 'broken', SourceEntry>;

function seedSources(store: CycleStore, creator: CycleCreatorScope, at: (daysAgo: number) => Date): DemoSources {
  const nginx = store.createSource({
    name: 'NGINX',
    type: 'direct',
    origin: { type: 'docker-hub', details: { target: 'nginx:1.25-alpine' } },
    description: 'Edge proxy image from Docker Hub',
    creator,
    at: at(120),
  });
  const web = store.createSource({
    name: 'Web Frontend',
    identifier: 'web-frontend',
    type: 'direct',
    origin: {
      type: 'docker-file',
      details: { repo: { url: 'https://github.com/acme/web.git', branch: 'main' }, build_file: 'Dockerfile', context_dir: null, targz_url: null, credentials: null },
    },
    description: 'Built from the web repository Dockerfile',
    creator,
    at: at(90),
  });
  const api = store.createSource({
    name: 'Billing API',
    identifier: 'billing-api',
    type: 'direct',
    // Credentials are part of the origin; the gateway never surfaces them.
    origin: { type: 'docker-registry', details: { target: 'acme/billing-api:2.4.1', url: 'https://registry.acme.test', username: 'ci', token: 'registry-token-not-a-secret' } },
    description: null,
    creator,
    at: at(60),
  });
  const worker = store.createSource({
    name: 'Queue Worker',
    identifier: 'queue-worker',
    type: 'direct',
    origin: { type: 'oci-registry', details: { target: 'acme/worker:1.9.0', url: 'https://ghcr.io', auth: null } },
    description: 'Background jobs',
    creator,
    at: at(45),
  });
  const broken = store.createSource({
    name: 'Legacy Admin',
    identifier: 'legacy-admin',
    type: 'direct',
    origin: { type: 'docker-file', details: { repo: { url: 'https://github.com/acme/legacy-admin.git', branch: 'master' }, build_file: 'Dockerfile' } },
    description: 'Its build is broken (npm ci fails)',
    creator,
    at: at(30),
    failBuild: 'failed to solve: process "/bin/sh -c npm ci --omit=dev" did not complete successfully: exit code: 1',
  });
  return { nginx, web, api, worker, broken };
}

/** Eight live images with logs and finished jobs, a failed build, a never-imported image, an expired job, two imports in flight. */
function seedImages(store: CycleStore, sources: DemoSources, creator: CycleCreatorScope, at: (daysAgo: number) => Date, now: number): void {
  const { nginx, web, api, worker, broken } = sources;

  // An image's name and its reference agree: an image built from an earlier tag than the one its source
  // pins now carries that tag as its per-image `override.target` (as Cycle records a create-time override).
  const live: [SourceEntry, string, number, number, string?][] = [
    [nginx, 'nginx 1.25.3', 110, 3, 'nginx:1.25.3-alpine'],
    [nginx, 'nginx 1.25.4', 70, 6, 'nginx:1.25.4-alpine'],
    [web, 'web 2024-05-01', 85, 0],
    [web, 'web 2024-06-12', 40, 2],
    [web, 'web 2024-07-03', 12, 4],
    [api, 'billing-api 2.4.0', 55, 0, 'registry.acme.test/acme/billing-api:2.4.0'],
    [api, 'billing-api 2.4.1', 20, 3],
    [worker, 'worker 1.9.0', 8, 2],
  ];
  for (const [source, name, daysAgo, containers, target] of live) seedLiveImage(store, source, name, at(daysAgo), containers, creator, target);

  // A failed build, finished.
  const failed = store.createImage({ source: broken, name: 'legacy-admin 0.9', creator, at: at(2) });
  store.startImport(failed, creator);
  for (let i = 0; i < 60 && store.activeImport(failed.dto.id); i++) store.tick();

  // Created but never imported.
  store.createImage({ source: worker, name: 'worker 1.10.0-rc1', creator, at: at(1), override: { target: 'ghcr.io/acme/worker:1.10.0-rc1' } });

  // An import job that expired in the queue long ago (Cycle reports such jobs as `expired`).
  const stale = store.createImage({ source: api, name: 'billing-api 2.3.9', creator, at: at(58), override: { target: 'registry.acme.test/acme/billing-api:2.3.9' } });
  stale.dto.state.error = { message: 'import job expired before it ran', time: iso(at(57)) };
  const staleJob = store.createJob({
    caption: `Import image ${stale.dto.name}`,
    action: 'import',
    header: 'image.import',
    taskCaption: 'Importing image',
    input: { image_id: stale.dto.id },
    creator,
    phases: buildPhases(stale.dto, api.dto.origin, null),
    imageId: stale.dto.id,
    at: at(58),
  });
  store.addFinishedJob(staleJob, 'expired', at(58));

  // Two imports in flight: one well under way, one just started.
  const running = store.createImage({ source: web, name: 'web 2024-07-10', creator, at: new Date(now - 60_000) });
  store.startImport(running, creator);
  for (let i = 0; i < 4; i++) store.tick();
  const queued = store.createImage({ source: nginx, name: 'nginx 1.25.5', creator, at: new Date(now - 5_000), override: { target: 'nginx:1.25.5-alpine' } });
  store.startImport(queued, creator);
}

function seedLiveImage(store: CycleStore, source: SourceEntry, name: string, created: Date, containers: number, creator: CycleCreatorScope, target?: string): void {
  const image = store.createImage({ source, name, creator, at: created, ...(target ? { override: { target } } : {}) });
  image.containers = containers;
  const origin = source.dto.origin;
  const phases = buildPhases(image.dto, origin, null);
  const finished = new Date(created.getTime() + 95_000);
  const size = 40_000_000 + (parseInt(image.dto.id.slice(-4), 16) % 300) * 750_000;
  Object.assign(image.dto, {
    size,
    backend: { provider: 'cycle-factory', size, file_name: `${image.dto.id}.tar.gz`, file_id: objectId(created) },
    factory: { node_id: objectId(created), cached: iso(finished), acknowledged: iso(created.getTime() + 2_000) },
    config: defaultConfigFor(origin),
  });
  image.dto.state = { current: 'live', changed: iso(finished) };
  image.dto.events.updated = iso(finished);
  store.buildLogs.set(image.dto.id, {
    id: objectId(created),
    hub_id: store.hubId,
    image_id: image.dto.id,
    log: phases.flatMap((p) => p.chunks).join(''),
    events: { created: iso(created), updated: iso(finished), deleted: '0001-01-01T00:00:00Z' },
  });
  const job = store.createImportJob(image, creator, phases, created);
  store.addFinishedJob(job, 'completed', created);
  const task = job.dto.tasks[0];
  if (task) task.output = { image_id: image.dto.id };
}

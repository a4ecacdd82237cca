import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import type { DockerConfig } from '../../config.js';
import { ConflictError, ForbiddenError, NotFoundError, UnsupportedOperationError, ValidationError } from '../../core/errors.js';
import type { JobStore } from '../../events/job-store.js';
import type { GatewayPubSub, ImageEventRecord } from '../../events/pubsub.js';
import { UpstreamHttpError, mapUpstream, toGatewayError } from '../../http/errors.js';
import type { TransportOptions } from '../../http/transport.js';
import { TERMINAL_JOB_STATES, type DockerImageHistoryRecord, type DockerImageRecord, type JobRecord } from '../../core/records.js';
import { DockerEngineClient, followCreateStream } from './client.js';
import type { EventMessageDto, ImageHistoryItemDto, ImageInspectDto, ImageSummaryDto } from './dto.js';
import { checkChanges, checkPlatform, checkRepositoryName, checkTag, resolvePullReference } from './validate.js';
import { toRegistryAuth } from './auth.js';
import type { DockerPort, ImportInput, PullInput, PushInput } from './port.js';
import { loadEach } from '../../core/map-limit.js';

/** Inspects in flight at once for one DataLoader batch (the Engine API has no batch inspect). */
export const DOCKER_INSPECT_CONCURRENCY = 8;

/** The name the single configured engine has in records and ids. */
export const DEFAULT_ENGINE = 'default';

export function summaryToRecord(s: ImageSummaryDto, engine: string): DockerImageRecord {
  const repoTags = (s.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
  const repoDigests = (s.RepoDigests ?? []).filter((d) => !d.startsWith('<none>@'));
  return {
    provider: 'DOCKER',
    id: s.Id,
    name: repoTags[0]?.replace(/:[^:/]+$/, '') ?? repoDigests[0]?.split('@')[0] ?? s.Id.slice(7, 19),
    reference: repoTags[0] ?? repoDigests[0] ?? null,
    digest: repoDigests[0]?.split('@')[1] ?? null,
    sizeBytes: s.Size,
    createdAt: new Date(s.Created * 1000),
    labels: s.Labels ?? {},
    repoTags,
    repoDigests,
    engine,
  };
}

export function inspectToRecord(i: ImageInspectDto, engine: string): DockerImageRecord {
  const repoTags = i.RepoTags ?? [];
  const repoDigests = i.RepoDigests ?? [];
  return {
    provider: 'DOCKER',
    id: i.Id,
    name: repoTags[0]?.replace(/:[^:/]+$/, '') ?? repoDigests[0]?.split('@')[0] ?? i.Id.slice(7, 19),
    reference: repoTags[0] ?? repoDigests[0] ?? null,
    digest: repoDigests[0]?.split('@')[1] ?? null,
    sizeBytes: i.Size,
    // 1.44 omits Created when unknown; 1.41 sends the zero time for imported images without one.
    createdAt: i.Created && !i.Created.startsWith('0001-') ? new Date(i.Created) : null,
    labels: i.Config?.Labels ?? {},
    repoTags,
    repoDigests,
    architecture: i.Architecture ?? null,
    os: i.Os ?? null,
    config: {
      env: i.Config?.Env ?? [],
      cmd: i.Config?.Cmd ?? null,
      entrypoint: i.Config?.Entrypoint ?? null,
      workingDir: i.Config?.WorkingDir || null,
      user: i.Config?.User || null,
      labels: i.Config?.Labels ?? {},
      exposedPorts: Object.keys(i.Config?.ExposedPorts ?? {}).sort(),
    },
    engine,
  };
}

export function historyToRecord(h: ImageHistoryItemDto): DockerImageHistoryRecord {
  return {
    imageId: h.Id && h.Id !== '<missing>' ? h.Id : null,
    createdAt: h.Created > 0 ? new Date(h.Created * 1000) : null,
    createdBy: h.CreatedBy,
    tags: (h.Tags ?? []).filter((t) => t !== '<none>:<none>'),
    sizeBytes: h.Size,
    comment: h.Comment,
  };
}

/**
 * Which of the image's tags a push sends: `tag` as a full reference among its repo tags, or as a tag name
 * that exactly one of them has; without `tag`, its only repo tag. Never "every tag of the repository",
 * which is what the engine does with an empty tag.
 */
export function choosePushReference(repoTags: readonly string[], tag: string | null | undefined): { name: string; tag: string; reference: string } {
  const split = (reference: string) => {
    const i = reference.lastIndexOf(':');
    return { name: reference.slice(0, i), tag: reference.slice(i + 1), reference };
  };
  const tagged = repoTags.filter((t) => t.lastIndexOf(':') > t.lastIndexOf('/'));
  const choices = tagged.length ? tagged.join(', ') : 'none: tag it for a registry first (tagImage)';
  if (!tag) {
    if (tagged.length === 1) return split(tagged[0]!);
    if (tagged.length === 0) throw ValidationError.field('input.id', 'the image has no tag to push: tag it for a registry first (tagImage)', 'DOCKER');
    throw ValidationError.field('input.tag', `the image has several tags; choose one of ${choices}`, 'DOCKER');
  }
  if (tag.includes('/') || tag.includes(':')) {
    if (tagged.includes(tag)) return split(tag);
    throw ValidationError.field('input.tag', `is not a tag of this image; its tags: ${choices}`, 'DOCKER');
  }
  checkTag(tag, 'input.tag');
  const matches = tagged.filter((t) => split(t).tag === tag);
  if (matches.length === 1) return split(matches[0]!);
  if (matches.length === 0) throw ValidationError.field('input.tag', `the image has no tag "${tag}"; its tags: ${choices}`, 'DOCKER');
  throw ValidationError.field('input.tag', `several repositories have the tag "${tag}"; give the full reference, one of ${matches.join(', ')}`, 'DOCKER');
}

function newJob(action: string): JobRecord {
  return {
    provider: 'DOCKER',
    id: randomUUID(),
    action,
    state: 'QUEUED',
    progress: 0,
    caption: null,
    tasks: [],
    layers: [],
    error: null,
    createdAt: new Date(),
    startedAt: null,
    completedAt: null,
    imageId: null,
  };
}

/**
 * What the engine answers before streaming a pull: 404 for a repository, tag or digest it cannot get
 * (also a private repository without credentials: "pull access denied"), 500 with the registry's
 * `unauthorized: …` for credentials the registry rejects, and 500 for other registry failures.
 */
function refusedPull(err: unknown, reference: string): Error {
  if (err instanceof UpstreamHttpError && err.status === 500 && /unauthorized|authentication required|no basic auth credentials|denied/i.test(err.message)) {
    return new ForbiddenError(`DOCKER: the registry refused the credentials for ${reference}: ${err.message}`, 'DOCKER', err.code, err.status);
  }
  return toGatewayError(err);
}

function failureMessage(err: unknown): string {
  if (err instanceof UpstreamHttpError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

/**
 * The Docker Engine provider: images, pulls and imports as jobs, tag, delete, prune, and one shared
 * `/events` stream fanned out over pubsub.
 */
export class DockerEngineAdapter implements DockerPort {
  readonly client: DockerEngineClient;
  readonly engine = DEFAULT_ENGINE;
  private readonly running = new Set<Promise<unknown>>();
  private events?: { abort: AbortController; subscribers: number };

  constructor(
    readonly config: DockerConfig,
    /** `pubsub` carries `image:event` for this replica's subscribers (in-process). */
    private readonly deps: { jobs: JobStore; pubsub: GatewayPubSub; importUrlAllowList: string[]; onCall?: TransportOptions['onCall'] },
  ) {
    this.client = new DockerEngineClient(config, deps.onCall);
  }

  /** One `GET /images/json` for the whole list: the Engine API has no pagination. */
  async listImages(): Promise<DockerImageRecord[]> {
    const summaries = await mapUpstream(() => this.client.listImages());
    return summaries.map((s) => summaryToRecord(s, this.engine)).sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  }

  /** One `GET /images/{id}/json` per id: the API has no batch inspect. Errors are returned per key. */
  async inspectImages(ids: readonly string[]): Promise<(DockerImageRecord | Error)[]> {
    return loadEach(ids, DOCKER_INSPECT_CONCURRENCY, async (id) => inspectToRecord(await this.client.inspectImage(id), this.engine), toGatewayError);
  }

  /**
   * Starts a pull. The engine checks the repository and the credentials before it streams: a refusal
   * there answers the mutation with a typed error and makes no job. Once the engine streams, the job is
   * returned at once and the stream (which can still fail, with HTTP 200) is followed in the background.
   */
  async pullImage(input: PullInput): Promise<JobRecord> {
    const { name, tag, reference } = resolvePullReference(input.image, input.tag);
    checkPlatform(input.platform, 'input.platform');
    // Closing the connection is how the engine is told to stop a pull (cancelJob aborts it).
    const abort = new AbortController();
    const stream = await this.client
      .createFromImage({ fromImage: name, tag, platform: input.platform ?? undefined, auth: toRegistryAuth(input.auth), signal: abort.signal })
      .catch((err: unknown) => {
        throw refusedPull(err, reference);
      });
    const job = newJob('pull');
    job.caption = `Pulling ${reference}`;
    await this.deps.jobs.save(job);
    this.follow(job, abort, stream, { beforeSuccess: (j) => this.resolveImageId(j, reference) });
    return job;
  }

  /**
   * Pushes one tag of a local image to its registry. The image is inspected first (NotFoundError, and the
   * tag to push is chosen among its own); a refusal before the engine streams (a malformed reference) is the
   * mutation's typed error, and everything the registry says afterwards (credentials, denied) ends the job FAILED.
   */
  async pushImage(input: PushInput): Promise<JobRecord> {
    const [image] = await this.inspectImages([input.id]);
    if (!image || image instanceof Error) throw image ?? new NotFoundError(`No Docker image ${input.id}`, 'DOCKER');
    const { name, tag, reference } = choosePushReference(image.repoTags, input.tag);
    const abort = new AbortController();
    const stream = await this.client
      .pushImage({ name, tag, auth: toRegistryAuth(input.auth), signal: abort.signal })
      .catch((err: unknown) => {
        throw refusedPull(err, reference);
      });
    const job = newJob('push');
    job.caption = `Pushing ${reference}`;
    job.imageId = image.id;
    await this.deps.jobs.save(job);
    this.follow(job, abort, stream, {});
    return job;
  }

  /**
   * Cancels a pull, push or import this replica is running: the request to the engine is aborted, which
   * is how the engine is told to stop (it drops what it had not finished), and the job ends CANCELLED.
   */
  async cancelJob(id: string): Promise<JobRecord> {
    const job = await this.deps.jobs.get('DOCKER', id);
    if (!job) throw new NotFoundError(`No Docker job ${id}`, 'DOCKER');
    const running = this.cancellable.get(id);
    if (!running) {
      if (job.action === 'prune') throw new UnsupportedOperationError('A prune runs to its end inside the engine and cannot be cancelled', 'DOCKER');
      if (TERMINAL_JOB_STATES.includes(job.state)) throw new ConflictError(`The job has already ended (${job.state})`, 'DOCKER');
      throw new UnsupportedOperationError('The job runs on another gateway replica; cancel it there', 'DOCKER');
    }
    running.abort.abort();
    await running.done;
    return (await this.deps.jobs.get('DOCKER', id)) ?? job;
  }

  /** `GET /images/{id}/history` per id (no batch form exists), newest step first; errors are returned per key. */
  async imageHistories(ids: readonly string[]): Promise<(DockerImageHistoryRecord[] | Error)[]> {
    return loadEach(ids, DOCKER_INSPECT_CONCURRENCY, async (id) => (await this.client.imageHistory(id)).map(historyToRecord), toGatewayError);
  }

  private readonly cancellable = new Map<string, { abort: AbortController; done: Promise<unknown> }>();

  /** Follows a job's progress stream in the background; the job can be cancelled while it runs. */
  private follow(job: JobRecord, abort: AbortController, stream: Readable, options: { beforeSuccess?: (job: JobRecord) => Promise<void> }): void {
    const done = (async () => {
      try {
        await followCreateStream(stream, job, (j) => this.deps.jobs.save(j), { ...options, signal: abort.signal });
      } catch (err) {
        await this.fail(job, failureMessage(err));
      } finally {
        this.cancellable.delete(job.id);
      }
    })();
    this.cancellable.set(job.id, { abort, done });
    this.track(done);
  }

  /**
   * Imports a root filesystem tarball. The upload is piped to the daemon as it arrives (never held
   * whole); the mutation answers once the daemon has read it, and the rest of its stream is followed
   * in the background.
   */
  async importImage(input: ImportInput): Promise<JobRecord> {
    if (!!input.file === !!input.url) throw ValidationError.field('input', 'give exactly one of file or url', 'DOCKER');
    if (input.repository) checkRepositoryName(input.repository, 'input.repository');
    if (input.tag) {
      if (!input.repository) throw ValidationError.field('input.tag', 'needs input.repository', 'DOCKER');
      checkTag(input.tag, 'input.tag');
    }
    if (input.changes?.length) checkChanges(input.changes, 'input.changes');
    checkPlatform(input.platform, 'input.platform');
    let source: Readable | { url: string };
    if (input.url) {
      source = { url: this.checkImportUrl(input.url) };
    } else {
      source = input.file!;
    }
    const job = newJob('import');
    job.caption = input.url ? `Importing from ${new URL(input.url).host}` : 'Importing upload';
    await this.deps.jobs.save(job);
    const abort = new AbortController();
    let stream: Readable;
    try {
      stream = await this.client.createFromSource({
        source,
        repo: input.repository ?? undefined,
        tag: input.tag ?? undefined,
        message: input.message ?? undefined,
        changes: input.changes ?? undefined,
        platform: input.platform ?? undefined,
        signal: abort.signal,
      });
    } catch (err) {
      if ('resume' in source) source.resume();
      await this.fail(job, failureMessage(err));
      return job;
    }
    this.follow(job, abort, stream, {});
    return job;
  }

  /** `fromSrc=<url>` makes the daemon fetch the URL: only hosts on the allow-list (default: none). */
  private checkImportUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw ValidationError.field('input.url', 'is not an absolute URL', 'DOCKER');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw ValidationError.field('input.url', 'must be http or https', 'DOCKER');
    if (url.username || url.password) throw ValidationError.field('input.url', 'must not carry credentials', 'DOCKER');
    const allowed = this.deps.importUrlAllowList;
    if (!allowed.includes(url.host.toLowerCase()) && !allowed.includes(url.hostname.toLowerCase())) {
      throw ValidationError.field('input.url', `host "${url.host}" is not on the import allow-list (IMPORT_URL_ALLOWLIST)`, 'DOCKER');
    }
    return url.toString();
  }

  async tagImage(id: string, repository: string, tag: string | null | undefined): Promise<DockerImageRecord> {
    checkRepositoryName(repository, 'input.repository');
    const t = tag || 'latest';
    checkTag(t, 'input.tag');
    await mapUpstream(() => this.client.tagImage(id, repository, t));
    const [record] = await this.inspectImages([id]);
    if (record instanceof Error) throw record;
    return record!;
  }

  async deleteImage(id: string, force: boolean): Promise<{ deleted: string[]; untagged: string[] }> {
    const items = await mapUpstream(() => this.client.deleteImage(id, force));
    return {
      deleted: items.flatMap((i) => (i.Deleted ? [i.Deleted] : [])),
      untagged: items.flatMap((i) => (i.Untagged ? [i.Untagged] : [])),
    };
  }

  /** `POST /images/prune` is synchronous; it is reported as a job that has already ended. */
  async pruneImages(input: { dangling?: boolean | null; until?: string | null; labels?: string[] | null }): Promise<JobRecord> {
    const filters: Record<string, string[]> = {};
    filters.dangling = [input.dangling === false ? 'false' : 'true'];
    if (input.until) {
      if (!/^(\d+(\.\d+)?|\d+(ns|us|ms|s|m|h)(\d+(ns|us|ms|s|m|h))*|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)$/.test(input.until)) {
        throw ValidationError.field('input.docker.until', 'must be a timestamp or a Go duration such as 24h', 'DOCKER');
      }
      filters.until = [input.until];
    }
    if (input.labels?.length) filters.label = input.labels;
    const job = newJob('prune');
    job.startedAt = new Date();
    const result = await mapUpstream(() => this.client.pruneImages(filters));
    const deleted = (result.ImagesDeleted ?? []).filter((i) => i.Deleted).length;
    job.state = 'SUCCEEDED';
    job.progress = 1;
    job.completedAt = new Date();
    job.caption = `Deleted ${deleted} image${deleted === 1 ? '' : 's'}, reclaimed ${result.SpaceReclaimed} bytes`;
    await this.deps.jobs.save(job);
    return job;
  }

  async ping(): Promise<{ apiVersion: string }> {
    await this.client.ping();
    return { apiVersion: await this.client.negotiate() };
  }

  /**
   * `imageEvents` subscribers share one upstream `/events` stream: opened with the first subscriber,
   * closed with the last. Events are published on the `image:event` topic. Returns the release function.
   */
  retainEventStream(): () => void {
    if (!this.events) {
      this.events = { abort: new AbortController(), subscribers: 0 };
      void this.pumpEvents(this.events.abort.signal);
    }
    this.events.subscribers += 1;
    let released = false;
    return () => {
      if (released || !this.events) return;
      released = true;
      this.events.subscribers -= 1;
      if (this.events.subscribers === 0) {
        this.events.abort.abort();
        this.events = undefined;
      }
    };
  }

  private async pumpEvents(signal: AbortSignal): Promise<void> {
    // After a reconnect, replay from just after the last event seen (seconds.nanoseconds), so none is lost.
    let since: string | undefined;
    let delay = 250;
    while (!signal.aborted) {
      try {
        const filters: Record<string, string[]> = { type: ['image'] };
        const stream = await this.client.events(filters, signal, since);
        delay = 250;
        for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
          if (!line.trim()) continue;
          const event = JSON.parse(line) as EventMessageDto;
          since = sinceAfter(line) ?? since;
          this.deps.pubsub.publish('image:event', toImageEvent(event));
        }
      } catch {
        if (signal.aborted) return;
      }
      // The stream ended or broke while subscribers remain: reconnect with backoff, replaying from `since`.
      // The wait is cut short by the abort, so no timer outlives the last subscriber or close().
      await sleep(delay, undefined, { signal }).catch(() => undefined);
      delay = Math.min(delay * 2, 5000);
    }
  }

  private async resolveImageId(job: JobRecord, reference: string): Promise<void> {
    try {
      const image = await this.client.inspectImage(reference);
      job.imageId = image.Id;
    } catch {
      // the pull succeeded; a missing id only costs the `image` link
    }
  }

  private async fail(job: JobRecord, message: string): Promise<void> {
    job.state = 'FAILED';
    job.error = message;
    job.caption = message;
    job.completedAt = new Date();
    await this.deps.jobs.save(job);
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch(() => undefined).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Waits for running pulls/imports to finish (graceful shutdown), then closes the pool. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.events?.abort.abort();
    const timeout = new AbortController();
    await Promise.race([Promise.all(this.running), sleep(timeoutMs, undefined, { signal: timeout.signal }).catch(() => undefined)]);
    // Cancel the timeout once the jobs are done, so close() leaves no timer behind.
    timeout.abort();
    await this.client.close();
  }
}

/**
 * The `since` that resumes `/events` just after the event on `line` (`seconds.nanoseconds`, one
 * nanosecond later), or undefined when it has no `timeNano`. Read from the raw JSON text: `timeNano`
 * (~1.7e18) is beyond a double's exact range, so the parsed number is off by up to ~256 ns and could
 * skip an event or replay the last one.
 */
export function sinceAfter(line: string): string | undefined {
  const m = /"timeNano"\s*:\s*(\d+)/.exec(line);
  if (!m?.[1]) return undefined;
  const next = BigInt(m[1]) + 1n;
  return `${next / 1_000_000_000n}.${String(next % 1_000_000_000n).padStart(9, '0')}`;
}

export function toImageEvent(e: EventMessageDto): ImageEventRecord {
  const attributes = e.Actor?.Attributes ?? {};
  return {
    provider: 'DOCKER',
    action: e.Action,
    imageId: e.Actor?.ID ?? e.id ?? '',
    reference: attributes.name ?? (e.Actor?.ID?.startsWith('sha256:') ? null : (e.Actor?.ID ?? null)),
    attributes,
    at: new Date(Math.floor((e.timeNano ?? e.time * 1e9) / 1e6)).toISOString(),
  };
}

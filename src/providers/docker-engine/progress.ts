import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { JobLayerRecord, JobRecord } from '../../core/records.js';
import type { CreateImageInfoDto } from './dto.js';

/** A layer that needs no more work: pulled, already present, pushed, or already in the target registry. */
const LAYER_DONE = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from)/;

/**
 * Reads the daemon's `/images/create` (and `/images/{name}/push`) stream — one JSON object per `\r\n`-terminated line — into a
 * job. The HTTP status was 200 before the first byte, so success is only known from the stream:
 * an `error` message means FAILED with the daemon's text; the end of the stream without one means
 * SUCCEEDED (moby `streamformatter`, `image_routes.go`).
 */
export class PullProgress {
  private readonly layers = new Map<string, JobLayerRecord>();
  lastStatus: string | null = null;
  error: string | null = null;
  /** Import answers with `{"status":"sha256:…"}`; pull ends with `Digest: sha256:…`. */
  imageId: string | null = null;
  digest: string | null = null;

  /** Applies one message; returns true when the job's visible state changed. */
  apply(msg: CreateImageInfoDto): boolean {
    if (msg.error || msg.errorDetail?.message) {
      this.error = msg.errorDetail?.message ?? msg.error ?? 'unknown error';
      return true;
    }
    const status = msg.status ?? '';
    if (msg.id && status && !/^Pulling from /.test(status) && !/^(Digest|Status):/.test(status)) {
      const layer = this.layers.get(msg.id) ?? { id: msg.id, status, current: null, total: null };
      layer.status = status;
      if (msg.progressDetail?.total) layer.total = msg.progressDetail.total;
      if (msg.progressDetail?.current !== undefined && /^(Downloading|Pushing)/.test(status)) layer.current = msg.progressDetail.current;
      if (/^(Download complete|Pull complete|Already exists|Extracting|Pushed|Layer already exists|Mounted from)/.test(status) && layer.total !== null) layer.current = layer.total;
      if (LAYER_DONE.test(status)) layer.current = layer.total ?? layer.current;
      this.layers.set(msg.id, layer);
    } else if (status) {
      // Pull: `Digest: sha256:…`; push: `<tag>: digest: sha256:… size: N`.
      const digest = /^(?:Digest|\S+: digest): (sha256:[0-9a-f]{64})/.exec(status);
      if (digest) this.digest = digest[1]!;
      if (/^sha256:[0-9a-f]{64}$/.test(status)) this.imageId = status;
    }
    if (status) this.lastStatus = msg.id && !/^(Digest|Status):/.test(status) ? `${msg.id}: ${status}` : status;
    return true;
  }

  /** Bytes-weighted download progress across layers with known sizes; layers done without a size count as complete. */
  get progress(): number | null {
    let done = 0;
    let total = 0;
    let finished = 0;
    for (const l of this.layers.values()) {
      if (LAYER_DONE.test(l.status)) finished += 1;
      if (l.total) {
        total += l.total;
        done += Math.min(l.current ?? 0, l.total);
      }
    }
    if (this.layers.size === 0) return null;
    if (total === 0) return finished / this.layers.size;
    // Downloading is most of the work; extraction finishes the rest.
    return Math.min(1, 0.9 * (done / total) + 0.1 * (finished / this.layers.size));
  }

  layersSnapshot(): JobLayerRecord[] {
    return [...this.layers.values()].map((l) => ({ ...l }));
  }
}

/**
 * Consumes a progress stream, saving the job as it moves. Saves are throttled so a fast stream does
 * not flood subscribers, but the first and last states are always saved.
 */
export async function followCreateStream(
  stream: Readable,
  job: JobRecord,
  save: (job: JobRecord) => Promise<void>,
  options: {
    throttleMs?: number;
    /** Runs before a successful job is saved as SUCCEEDED (e.g. to link the pulled image), so no reader sees it without. */
    beforeSuccess?: (job: JobRecord) => Promise<void>;
    /** Aborts the upstream request (cancelJob): the job then ends CANCELLED rather than FAILED. */
    signal?: AbortSignal;
  } = {},
): Promise<JobRecord> {
  const progress = new PullProgress();
  const throttleMs = options.throttleMs ?? 100;
  let lastSave = 0;
  job.state = 'RUNNING';
  job.startedAt ??= new Date();
  await save(job);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      let msg: CreateImageInfoDto;
      try {
        msg = JSON.parse(trimmed) as CreateImageInfoDto;
      } catch {
        continue; // a proxy's keep-alive noise; the daemon only writes JSON
      }
      progress.apply(msg);
      job.caption = progress.lastStatus;
      job.progress = progress.progress;
      job.layers = progress.layersSnapshot();
      if (progress.error) break;
      if (Date.now() - lastSave >= throttleMs) {
        lastSave = Date.now();
        await save(job);
      }
    }
  } catch (err) {
    progress.error ??= `the engine stream broke: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    lines.close();
    stream.destroy();
  }
  job.completedAt = new Date();
  if (options.signal?.aborted) {
    job.state = 'CANCELLED';
    job.caption = 'Cancelled';
    job.error = null;
  } else if (progress.error) {
    job.state = 'FAILED';
    job.error = progress.error;
    job.caption = progress.error;
  } else {
    job.state = 'SUCCEEDED';
    job.progress = 1;
    job.imageId = progress.imageId ?? job.imageId;
    await options.beforeSuccess?.(job);
  }
  await save(job);
  return job;
}

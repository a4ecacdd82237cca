/**
 * What the schema may ask of the Docker Engine provider: images (list, inspect, history), pulls,
 * pushes and imports as jobs, cancel, tag, delete, prune, and the shared `/events` stream.
 * `adapter.ts` implements it over the Engine API.
 */
import type { Readable } from 'node:stream';
import type { DockerImageHistoryRecord, DockerImageRecord, JobRecord } from '../../core/records.js';

export interface PullInput {
  image: string;
  tag?: string | null;
  platform?: string | null;
  auth?: { username?: string | null; password?: string | null; serverAddress?: string | null; identityToken?: string | null } | null;
}

export interface PushInput {
  /** The local image id (`sha256:…`). */
  id: string;
  tag?: string | null;
  auth?: PullInput['auth'];
}

export interface ImportInput {
  /** The upload, streamed to the daemon as it arrives. */
  file?: Readable | null;
  url?: string | null;
  repository?: string | null;
  tag?: string | null;
  message?: string | null;
  changes?: string[] | null;
  /** os[/arch[/variant]] the imported image is recorded for. */
  platform?: string | null;
}

export interface DockerPort {
  /** The name the engine has in records and ids. */
  readonly engine: string;
  /** One `GET /images/json` for the whole list: the Engine API has no pagination. */
  listImages(): Promise<DockerImageRecord[]>;
  /** One inspect per id (bounded concurrency); an `Error` in place of an image that is gone. */
  inspectImages(ids: readonly string[]): Promise<(DockerImageRecord | Error)[]>;
  /** Starts a pull as a job; refusals before the stream starts are thrown as typed errors. */
  pullImage(input: PullInput): Promise<JobRecord>;
  /** Starts a push of a local image as a job. */
  pushImage(input: PushInput): Promise<JobRecord>;
  /** Cancels a running pull, push or import (closes its connection to the engine). */
  cancelJob(id: string): Promise<JobRecord>;
  imageHistories(ids: readonly string[]): Promise<(DockerImageHistoryRecord[] | Error)[]>;
  /** Starts an import (an upload streamed as it arrives, or an allow-listed URL) as a job. */
  importImage(input: ImportInput): Promise<JobRecord>;
  tagImage(id: string, repository: string, tag: string | null | undefined): Promise<DockerImageRecord>;
  deleteImage(id: string, force: boolean): Promise<{ deleted: string[]; untagged: string[] }>;
  pruneImages(input: { dangling?: boolean | null; until?: string | null; labels?: string[] | null }): Promise<JobRecord>;
  ping(): Promise<{ apiVersion: string }>;
  /** Keeps the one `/events` stream open while someone listens; call the returned function to let go. */
  retainEventStream(): () => void;
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Docker operations beyond pull/import/tag/delete: push a local image to its registry, cancel a running
 * pull/push/import, and the image's history and run configuration (issue 14).
 */
import { UnsupportedOperationError } from '../../core/errors.js';
import type { GatewayContext } from '../../context.js';
import type { DockerPort } from '../../providers/docker-engine/port.js';
import type { DockerImageConfigRecord, DockerImageHistoryRecord, DockerImageRecord, JobRecord } from '../../core/records.js';
import { builder } from '../builder.js';
import { fieldScopes } from '../../auth/operation-scopes.js';
import { expectId } from '../global-id.js';
import { requestLoader } from '../loaders.js';
import { DateTime } from '../scalars.js';
import { MUTATION_ERRORS } from './errors.js';
import { DockerImage } from './image.js';
import { RegistryAuthInput } from './image-mutations.js';
import { Job } from './job.js';
import { requirePort } from '../capabilities.js';

function docker(ctx: GatewayContext): DockerPort {
  return requirePort(ctx, 'DOCKER');
}

const PushImageInput = builder.inputType('PushImageInput', {
  description: 'What to push: one tag of a local Docker image, to the registry its reference names.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The DockerImage to push.' }),
    tag: t.string({
      required: false,
      description:
        'Which of the image’s tags to push: a tag name (e.g. `1.0`) that one of its references has, or a full reference from `repoTags` (e.g. `registry:5000/team/app:1.0`). Default: its only tag. Never “every tag of the repository”.',
    }),
    auth: t.field({ type: RegistryAuthInput, required: false, description: 'Credentials for the target registry, for this push only; never stored.' }),
  }),
});

const PushImageSuccess = builder.objectRef<{ job: JobRecord }>('PushImageSuccess').implement({
  description: 'The push has started.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'job' in v && !(v instanceof Error),
  fields: (t) => ({
    job: t.field({ type: Job, description: 'The push job: per-layer progress, then SUCCEEDED, or FAILED with the registry’s message.', resolve: (r) => r.job }),
  }),
});

builder.mutationField('pushImage', (t) =>
  t.field({
    // Fetches or builds an image from elsewhere (a registry, a URL, an upload, a build source).
    extensions: fieldScopes('import'),
    type: PushImageSuccess,
    description:
      'Pushes a tag of a local Docker image to its registry (Docker `POST /images/{name}/push`). Returns the job at once; follow it with `jobUpdated`. What the registry refuses (credentials, access) ends the job FAILED.',
    args: { input: t.arg({ type: PushImageInput, required: true, description: 'The image, the tag and the registry credentials.' }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'PushImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['DockerImage']);
      return { job: await docker(ctx).pushImage({ id: localId, tag: input.tag, auth: input.auth }) };
    },
  }),
);

const CancelJobInput = builder.inputType('CancelJobInput', {
  description: 'The job to cancel.',
  fields: (t) => ({ id: t.id({ required: true, description: 'A Job id (a Docker pull, push or import that is still running).' }) }),
});

const CancelJobSuccess = builder.objectRef<{ job: JobRecord }>('CancelJobSuccess').implement({
  description: 'The job was cancelled.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'job' in v && !(v instanceof Error),
  fields: (t) => ({ job: t.field({ type: Job, description: 'The job, now CANCELLED.', resolve: (r) => r.job }) }),
});

builder.mutationField('cancelJob', (t) =>
  t.field({
    type: CancelJobSuccess,
    description:
      'Cancels a running Docker pull, push or import: the gateway closes its request to the engine, which stops the work and keeps nothing half-done. A pull, push or import that has ended is a ConflictError; jobs that cannot be cancelled (prunes, other providers’ jobs) are an UnsupportedOperationError.',
    args: { input: t.arg({ type: CancelJobInput, required: true, description: 'The job to cancel.' }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'CancelJobResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { provider, localId } = expectId(String(input.id), 'input.id', ['Job']);
      if (provider !== 'DOCKER') {
        throw new UnsupportedOperationError(`${provider} jobs cannot be cancelled through the gateway (stop a build with stopImageBuild)`, provider);
      }
      return { job: await docker(ctx).cancelJob(localId) };
    },
  }),
);

const DockerImageConfig = builder.objectRef<DockerImageConfigRecord>('DockerImageConfig').implement({
  description: 'What a container of this image runs with unless told otherwise (from the image’s inspect `Config`).',
  fields: (t) => ({
    env: t.exposeStringList('env', { description: 'Environment variables as `NAME=value`.' }),
    cmd: t.exposeStringList('cmd', { nullable: true, description: 'The default command (exec form), or null when the image has none.' }),
    entrypoint: t.exposeStringList('entrypoint', { nullable: true, description: 'The entrypoint (exec form), or null when the image has none.' }),
    workingDir: t.exposeString('workingDir', { nullable: true, description: 'The working directory, or null for `/`.' }),
    user: t.exposeString('user', { nullable: true, description: 'The user (name or uid[:gid]), or null for root.' }),
    labels: t.field({ type: 'JSON', description: 'The image labels as an object of strings.', resolve: (c) => c.labels }),
    exposedPorts: t.exposeStringList('exposedPorts', { description: 'Ports the image declares, such as `80/tcp`, sorted.' }),
  }),
});

const DockerImageHistoryEntry = builder.objectRef<DockerImageHistoryRecord>('DockerImageHistoryEntry').implement({
  description: 'One step that built the image (a layer, or a step that only changed its configuration).',
  fields: (t) => ({
    imageId: t.exposeString('imageId', { nullable: true, description: 'The engine’s image id for this step, or null where the engine has none (`<missing>`).' }),
    createdAt: t.field({ type: DateTime, nullable: true, description: 'When the step ran, when known.', resolve: (h) => h.createdAt }),
    createdBy: t.exposeString('createdBy', { description: 'The command that made the step (e.g. `/bin/sh -c #(nop) CMD ["sh"]`).' }),
    tags: t.exposeStringList('tags', { description: 'References that point at this step’s image.' }),
    sizeBytes: t.float({ description: 'Bytes the step added (0 for configuration-only steps).', resolve: (h) => h.sizeBytes }),
    comment: t.exposeString('comment', { description: 'The step’s comment (an import’s message, `buildkit.dockerfile.v0`, …).' }),
  }),
});

/** Inspect through the request's `docker:inspect` loader (shared with `architecture`/`os`). */
async function inspected(ctx: GatewayContext, image: DockerImageRecord): Promise<DockerImageRecord> {
  if (image.config !== undefined) return image;
  return requestLoader<string, DockerImageRecord>(ctx, 'docker:inspect', (ids) => docker(ctx).inspectImages(ids)).load(image.id);
}

builder.objectField(DockerImage, 'config', (t) =>
  t.field({
    type: DockerImageConfig,
    description: 'The run configuration: env, cmd, entrypoint, working directory, user, labels, exposed ports. Costs one inspect per image (shared with `architecture`/`os`).',
    resolve: async (image, _args, ctx) => (await inspected(ctx, image)).config!,
  }),
);

builder.objectField(DockerImage, 'history', (t) =>
  t.field({
    type: [DockerImageHistoryEntry],
    description: 'The steps that built the image, newest first (Docker `GET /images/{id}/history`; one call per image asked).',
    resolve: (image, _args, ctx) => requestLoader<string, DockerImageHistoryRecord[]>(ctx, 'docker:history', (ids) => docker(ctx).imageHistories(ids)).load(image.id),
  }),
);

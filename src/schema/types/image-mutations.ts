import { Readable } from 'node:stream';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { GatewayContext } from '../../context.js';
import type { DockerPort } from '../../providers/docker-engine/port.js';
import { pruneCycleImages } from './image-build-input.js';
import type { DockerImageRecord, JobRecord } from '../../core/records.js';
import { builder } from '../builder.js';
import { fieldScopes } from '../../auth/operation-scopes.js';
import { encodeId, expectId } from '../global-id.js';
import type { UploadValue } from '../builder.js';
import { MUTATION_ERRORS } from './errors.js';
import { DockerImage } from './image.js';
import { announceImageChange } from '../../events/image-events.js';
import { Job } from './job.js';
import { requireFeed, requirePort } from '../capabilities.js';

function docker(ctx: GatewayContext): DockerPort {
  return requirePort(ctx, 'DOCKER');
}

const JobSuccess = (name: string) =>
  builder.objectRef<{ job: JobRecord }>(name).implement({
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'job' in v && !(v instanceof Error),
    fields: (t) => ({ job: t.field({ type: Job, resolve: (r) => r.job }) }),
  });

export const RegistryAuthInput = builder.inputType('RegistryAuthInput', {
  description: 'Registry credentials for this pull only; sent to the engine in X-Registry-Auth and never stored.',
  fields: (t) => ({
    username: t.string({ required: false }),
    password: t.string({ required: false }),
    serverAddress: t.string({ required: false }),
    identityToken: t.string({ required: false }),
  }),
});

const PullImageInput = builder.inputType('PullImageInput', {
  fields: (t) => ({
    image: t.string({ required: true, description: 'Repository, optionally with :tag or @digest (e.g. registry:5000/team/app:1.2).' }),
    tag: t.string({ required: false, description: 'Tag or digest; default: the one in `image`, else `latest` (never “all tags”).' }),
    platform: t.string({ required: false, description: 'os[/arch[/variant]], e.g. linux/arm64.' }),
    auth: t.field({ type: RegistryAuthInput, required: false }),
  }),
});

builder.mutationField('pullImage', (t) =>
  t.field({
    // Fetches or builds an image from elsewhere (a registry, a URL, an upload, a build source).
    extensions: fieldScopes('import'),
    type: JobSuccess('PullImageSuccess'),
    description: 'Starts pulling an image into the Docker engine. Returns the job at once; follow it with `jobUpdated`.',
    args: { input: t.arg({ type: PullImageInput, required: true }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'PullImageResult' } },
    resolve: async (_root, { input }, ctx) => ({ job: await docker(ctx).pullImage(input) }),
  }),
);

const ImportImageInput = builder.inputType('ImportImageInput', {
  fields: (t) => ({
    file: t.field({ type: 'Upload', required: false, description: 'A root filesystem tarball (multipart upload), streamed to the engine.' }),
    url: t.string({ required: false, description: 'A tarball URL the engine fetches; only hosts on IMPORT_URL_ALLOWLIST.' }),
    repository: t.string({ required: false }),
    tag: t.string({ required: false }),
    message: t.string({ required: false }),
    changes: t.stringList({ required: false, description: 'Dockerfile instructions: CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME, WORKDIR.' }),
    platform: t.string({ required: false, description: 'The platform the imported image is recorded for, os[/arch[/variant]] (e.g. linux/arm64); default: the engine’s own. Docker 20.10 (API 1.41) records only its OS.' }),
  }),
});

function uploadStream(ctx: GatewayContext, upload: UploadValue): Readable {
  if (upload.kind === 'file') return Readable.fromWeb(upload.file.stream() as import('node:stream/web').ReadableStream);
  const stream = ctx.uploads?.get(upload.field);
  if (!stream) throw ValidationError.field('input.file', `no file was sent in multipart field "${upload.field}"`);
  return stream;
}

builder.mutationField('importImage', (t) =>
  t.field({
    // Fetches or builds an image from elsewhere (a registry, a URL, an upload, a build source).
    extensions: fieldScopes('import'),
    type: JobSuccess('ImportImageSuccess'),
    description: 'Imports a root filesystem tarball as an image (Docker `POST /images/create?fromSrc`).',
    args: { input: t.arg({ type: ImportImageInput, required: true }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'ImportImageResult' } },
    resolve: async (_root, { input }, ctx) => ({
      job: await docker(ctx).importImage({ ...input, file: input.file ? uploadStream(ctx, input.file) : null }),
    }),
  }),
);

const TagImageSuccess = builder.objectRef<{ image: DockerImageRecord }>('TagImageSuccess').implement({
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'image' in v && !(v instanceof Error),
  fields: (t) => ({ image: t.field({ type: DockerImage, resolve: (r) => r.image }) }),
});

builder.mutationField('tagImage', (t) =>
  t.field({
    type: TagImageSuccess,
    args: {
      input: t.arg({
        type: builder.inputType('TagImageInput', {
          fields: (f) => ({
            id: f.id({ required: true, description: 'A DockerImage id.' }),
            repository: f.string({ required: true }),
            tag: f.string({ required: false, description: 'Default: latest.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'TagImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['DockerImage'], ['DOCKER']);
      return { image: await docker(ctx).tagImage(localId, input.repository, input.tag) };
    },
  }),
);

const DeleteImageSuccess = builder.objectRef<{ deletedId: string; job: JobRecord | null; untagged: string[] }>('DeleteImageSuccess').implement({
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'deletedId' in v && !(v instanceof Error),
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'The global id of the deleted image.' }),
    job: t.field({ type: Job, nullable: true, description: 'Set when the provider deletes asynchronously (Cycle).', resolve: (r) => r.job }),
    untagged: t.exposeStringList('untagged', { description: 'References removed on the way (Docker).' }),
  }),
});

builder.mutationField('deleteImage', (t) =>
  t.field({
    type: DeleteImageSuccess,
    description: 'Deletes an image of any provider that allows it: Docker (immediately), Cycle (through a job), PAI.',
    args: {
      input: t.arg({
        type: builder.inputType('DeleteImageInput', {
          fields: (f) => ({
            id: f.id({ required: true }),
            force: f.boolean({ required: false, description: 'Docker: remove even when tagged in several repositories or used by stopped containers.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const id = String(input.id);
      const { provider, localId, typename } = expectId(id, 'input.id', ['DockerImage', 'CycleImage', 'PaiImage']);
      const deleter = requireFeed(ctx, 'deleteImage', provider);
      const result = await deleter(localId, { force: input.force ?? false });
      if (result.notFound) throw new NotFoundError(`No ${typename} ${localId}`, provider);
      announceImageChange(ctx.services.pubsub, { provider, action: 'delete', imageId: localId, reference: null, attributes: result.job ? { jobId: result.job.id } : {} });
      return { deletedId: encodeId(typename, provider, localId), job: result.job ?? null, untagged: result.untagged ?? [] };
    },
  }),
);

const PruneImagesInput = builder.inputType('PruneImagesInput', {
  isOneOf: true,
  description: 'Exactly one of docker or cycle.',
  fields: (t) => ({
    docker: t.field({
      type: builder.inputType('DockerPruneInput', {
        fields: (f) => ({
          dangling: f.boolean({ required: false, description: 'Default true: only untagged images. False: every unused image.' }),
          until: f.string({ required: false, description: 'Only images created before this timestamp or Go duration (e.g. 24h).' }),
          labels: f.stringList({ required: false, description: 'label=value or label!=value filters.' }),
        }),
      }),
      required: false,
    }),
    cycle: t.field({
      type: builder.inputType('CyclePruneInput', {
        fields: (f) => ({ sourceIds: f.idList({ required: true, description: 'CycleImageSource ids.' }) }),
      }),
      required: false,
    }),
  }),
});

builder.mutationField('pruneImages', (t) =>
  t.field({
    type: JobSuccess('PruneImagesSuccess'),
    args: { input: t.arg({ type: PruneImagesInput, required: true }) },
    errors: { types: MUTATION_ERRORS, union: { name: 'PruneImagesResult' } },
    resolve: async (_root, { input }, ctx) => {
      if (input.docker) return { job: await docker(ctx).pruneImages(input.docker) };
      if (input.cycle) {
        return { job: await pruneCycleImages(ctx, input.cycle.sourceIds) };
      }
      throw ValidationError.field('input', 'give exactly one of docker or cycle');
    },
  }),
);

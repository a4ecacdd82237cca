/**
 * Cycle operations beyond listing and building (issue 14): the image sources' lifecycle, renaming and
 * re-importing an image, a Cycle-only image list with Cycle's own filters and sort, the image's container
 * count, and what a Cycle build was made from.
 */
import { UnsupportedOperationError, ValidationError } from '../../core/errors.js';
import type { GatewayContext } from '../../context.js';
import type { CycleCreateImageSourceBody, CycleImageOriginDto, CycleUpdateImageSourceBody } from '../../providers/cycle/dto.js';
import type { CyclePort } from '../../providers/cycle/port.js';
import type { CycleImageRecord, JobRecord } from '../../core/records.js';
import { builder } from '../builder.js';
import { fieldScopes } from '../../auth/operation-scopes.js';
import { expectId } from '../global-id.js';
import { MUTATION_ERRORS } from './errors.js';
import { CycleImage } from './image.js';
import { ImageBuild } from './image-build.js';
import { CycleImageSource, cyclePagedConnection } from './cycle-image-source.js';
import { Job } from './job.js';
import { requirePort } from '../capabilities.js';

function cyclePort(ctx: GatewayContext): CyclePort {
  return requirePort(ctx, 'CYCLE');
}

/** Cycle's limits (the emulator answers `422.invalid-argument` past them). */
const NAME_MAX = 256;
const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,62}$/;

// ---------------------------------------------------------------- fields on existing types

builder.objectField(CycleImage, 'containersCount', (t) =>
  t.int({
    nullable: true,
    description: 'How many containers use the image (Cycle `meta.containers_count.total`, asked with the same call that read the image).',
    resolve: (image: CycleImageRecord) => image.containersCount ?? null,
  }),
);

builder.objectField(ImageBuild, 'source', (t) =>
  t.field({
    type: CycleImageSource,
    nullable: true,
    description: 'Cycle: the image source the build was made from (null for PAI builds).',
    resolve: (build) => {
      if (build.provider !== 'CYCLE') return null;
      const image = build.image as CycleImageRecord | null | undefined;
      if (image?.source !== undefined) return image.source;
      return build.sourceId ? `CYCLE:${build.sourceId}` : null;
    },
  }),
);

builder.objectField(ImageBuild, 'sourceTarget', (t) =>
  t.string({
    nullable: true,
    description: 'Cycle: what the build was made from: the repository or tarball URL of a Dockerfile source, or the registry reference a source pulls. `targetImage` is the image it produces.',
    resolve: (build) => build.sourceTarget ?? null,
  }),
);

// ---------------------------------------------------------------- cycleImages: Cycle's own filters and sort

const CycleImageSortField = builder.enumType('CycleImageSortField', {
  description: 'What Cycle can sort images by.',
  values: {
    ID: { value: 'id', description: 'The image id, which grows with creation time (the default, newest first).' },
    NAME: { value: 'name', description: 'The image name.' },
    CREATED: { value: 'created', description: 'When the image was created.' },
    UPDATED: { value: 'updated', description: 'When the image last changed.' },
    STATE: { value: 'state', description: 'The image state, alphabetically.' },
    SIZE: { value: 'size', description: 'The image size in bytes.' },
  } as const,
});

const SortDirection = builder.enumType('SortDirection', {
  description: 'Ascending or descending.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest (or newest) first.' } } as const,
});

const CycleImageSort = builder.inputType('CycleImageSort', {
  description: 'A sort key and its direction.',
  fields: (t) => ({
    field: t.field({ type: CycleImageSortField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, required: false, defaultValue: 'ASC', description: 'Default ASC.' }),
  }),
});

const CycleImageSourceTypeEnum = builder.enumType('CycleImageSourceType', {
  description: 'How Cycle gets an image: straight from an origin, from a stack build, or from a bucket.',
  values: {
    DIRECT: { value: 'direct', description: 'Pulled or built straight from the source’s origin.' },
    STACK_BUILD: { value: 'stack-build', description: 'Made by a stack build.' },
    BUCKET: { value: 'bucket', description: 'Taken from a storage bucket.' },
  } as const,
});

const CYCLE_IMAGE_STATES = ['new', 'uploading', 'downloading', 'building', 'verifying', 'saving', 'live', 'deleting', 'deleted'] as const;

const CycleImageListFilter = builder.inputType('CycleImageListFilter', {
  description: 'Cycle’s own image filters (sent as `filter[...]`).',
  fields: (t) => ({
    search: t.string({ required: false, description: 'Matches the id, name or source target.' }),
    states: t.stringList({
      required: false,
      description: `Image states: ${CYCLE_IMAGE_STATES.join(', ')}. Default: every state but deleted.`,
    }),
    sourceType: t.field({ type: CycleImageSourceTypeEnum, required: false, description: 'Only images of this source type.' }),
    identifier: t.string({ required: false, description: 'Only images whose source has this identifier.' }),
    sourceId: t.id({ required: false, description: 'Only images of this CycleImageSource.' }),
  }),
});

builder.queryField('cycleImages', (t) =>
  t.connection(
    {
      type: CycleImage,
      description:
        'Cycle images with Cycle’s own filters and a sort the client chooses (the merged `images` feed is newest first and filters only what every provider has). One Cycle page per request, two at most.',
      args: {
        filter: t.arg({ type: CycleImageListFilter, required: false, description: 'Cycle’s filters.' }),
        sort: t.arg({ type: [CycleImageSort], required: false, description: 'Sort keys, the first one first. Default: newest first (id descending).' }),
      },
      resolve: (_root, args, ctx) => {
        const cycle = cyclePort(ctx);
        const f = args.filter;
        const states = f?.states ?? undefined;
        states?.forEach((s, i) => {
          if (!(CYCLE_IMAGE_STATES as readonly string[]).includes(s)) throw ValidationError.field(`filter.states.${i}`, `"${s}" is not a Cycle image state (${CYCLE_IMAGE_STATES.join(', ')})`, 'CYCLE');
        });
        const sourceId = f?.sourceId ? expectId(String(f.sourceId), 'filter.sourceId', ['CycleImageSource'], ['CYCLE']).localId : undefined;
        const sort = args.sort?.length ? args.sort.map((s) => `${s.direction === 'DESC' ? '-' : ''}${s.field}`) : ['-id'];
        const filter = {
          ...(f?.search ? { search: f.search } : {}),
          ...(states?.length ? { states } : {}),
          ...(f?.sourceType ? { sourceType: f.sourceType } : {}),
          ...(f?.identifier ? { identifier: f.identifier } : {}),
          ...(sourceId ? { sourceId } : {}),
        };
        return cyclePagedConnection(args, (pageNumber, pageSize) => cycle.listImages({ pageNumber, pageSize, sort, filter }));
      },
    },
    { name: 'CycleImageConnection', description: 'A page of Cycle images.' },
    { name: 'CycleImageEdge', description: 'A Cycle image and its cursor.' },
  ),
);

// ---------------------------------------------------------------- image sources: create, update, delete

const CycleRegistryOriginInput = builder.inputType('CycleRegistryOriginInput', {
  description: 'An image in a Docker or OCI registry. Credentials go to Cycle only; the graph never returns them.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'The registry URL, e.g. https://registry.example.com.' }),
    target: t.string({ required: true, description: 'The repository and tag in that registry, e.g. acme/api:2.' }),
    username: t.string({ required: false, description: 'Registry user name.' }),
    password: t.string({ required: false, description: 'Registry password.' }),
    token: t.string({ required: false, description: 'Registry token (instead of a password).' }),
  }),
});

const CycleImageOriginInput = builder.inputType('CycleImageOriginInput', {
  isOneOf: true,
  description: 'Where the source gets images from: exactly one of the origins.',
  fields: (t) => ({
    dockerHub: t.field({
      type: builder.inputType('CycleDockerHubOriginInput', {
        description: 'An image on Docker Hub.',
        fields: (f) => ({
          target: f.string({ required: true, description: 'Repository and tag, e.g. nginx:1.25-alpine.' }),
          username: f.string({ required: false, description: 'Docker Hub user name, for private repositories.' }),
          token: f.string({ required: false, description: 'Docker Hub access token.' }),
        }),
      }),
      required: false,
      description: 'Pull from Docker Hub.',
    }),
    dockerRegistry: t.field({ type: CycleRegistryOriginInput, required: false, description: 'Pull from a Docker registry.' }),
    dockerFile: t.field({
      type: builder.inputType('CycleDockerFileOriginInput', {
        description: 'Build from a Dockerfile in a git repository or a tarball (give one of repoUrl and targzUrl).',
        fields: (f) => ({
          repoUrl: f.string({ required: false, description: 'The git repository URL.' }),
          branch: f.string({ required: false, description: 'The branch to build (default: the repository’s default).' }),
          targzUrl: f.string({ required: false, description: 'A tarball URL with the build context.' }),
          contextDir: f.string({ required: false, description: 'The build context directory inside the repository.' }),
          buildFile: f.string({ required: false, description: 'The Dockerfile path (default: Dockerfile).' }),
        }),
      }),
      required: false,
      description: 'Build from a Dockerfile.',
    }),
  }),
});

type OriginInput = typeof CycleImageOriginInput.$inferInput;

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks an origin by Cycle's rules (a target for registries, a URL, one of repo/tarball) and builds its wire shape. */
function toOrigin(input: OriginInput, path: string, errors: { path: string; message: string }[]): CycleImageOriginDto | undefined {
  const need = (value: string | null | undefined, field: string, what: string) => {
    if (!value?.trim()) errors.push({ path: `${path}.${field}`, message: `${what} is required` });
  };
  if (input.dockerHub) {
    const o = input.dockerHub;
    need(o.target, 'dockerHub.target', 'the repository and tag');
    return { type: 'docker-hub', details: { target: o.target, ...(o.username ? { username: o.username } : {}), ...(o.token ? { token: o.token } : {}) } };
  }
  if (input.dockerRegistry) {
    const o = input.dockerRegistry;
    need(o.target, 'dockerRegistry.target', 'the repository and tag');
    if (!isHttpUrl(o.url)) errors.push({ path: `${path}.dockerRegistry.url`, message: 'must be an http(s) URL' });
    return {
      type: 'docker-registry',
      details: { target: o.target, url: o.url, ...(o.username ? { username: o.username } : {}), ...(o.password ? { password: o.password } : {}), ...(o.token ? { token: o.token } : {}) },
    };
  }
  if (input.dockerFile) {
    const o = input.dockerFile;
    if (!!o.repoUrl === !!o.targzUrl) errors.push({ path: `${path}.dockerFile`, message: 'give exactly one of repoUrl and targzUrl' });
    if (o.repoUrl && !isHttpUrl(o.repoUrl)) errors.push({ path: `${path}.dockerFile.repoUrl`, message: 'must be an http(s) URL' });
    if (o.targzUrl && !isHttpUrl(o.targzUrl)) errors.push({ path: `${path}.dockerFile.targzUrl`, message: 'must be an http(s) URL' });
    return {
      type: 'docker-file',
      details: {
        ...(o.repoUrl ? { repo: { url: o.repoUrl, ...(o.branch ? { branch: o.branch } : {}) } } : {}),
        ...(o.targzUrl ? { targz_url: o.targzUrl } : {}),
        ...(o.contextDir ? { context_dir: o.contextDir } : {}),
        ...(o.buildFile ? { build_file: o.buildFile } : {}),
      },
    };
  }
  errors.push({ path, message: 'give one origin' });
  return undefined;
}

function checkName(name: string | null | undefined, path: string, errors: { path: string; message: string }[]): void {
  if (name !== undefined && name !== null && (!name.trim() || name.length > NAME_MAX)) errors.push({ path, message: `must be a non-empty name of at most ${NAME_MAX} characters` });
}

function checkIdentifier(identifier: string | null | undefined, path: string, errors: { path: string; message: string }[]): void {
  if (identifier && !IDENTIFIER.test(identifier)) errors.push({ path, message: 'must be lower-case letters, digits and dashes (at most 63), starting with a letter or digit' });
}

const ORIGIN_KEYS: Record<string, string> = { 'docker-hub': 'dockerHub', 'docker-registry': 'dockerRegistry', 'docker-file': 'dockerFile' };
const DETAIL_FIELDS: Record<string, string> = { targz_url: 'targzUrl', context_dir: 'contextDir', build_file: 'buildFile', 'repo.url': 'repoUrl', 'repo.branch': 'branch' };

/**
 * Cycle names a refused field by its wire path (`origin.details.target`, `about.description`); the client
 * sent the graph's input, so the error names that (`input.origin.dockerHub.target`, `input.description`).
 */
async function underInput<T>(origin: CycleImageOriginDto | undefined, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    const kind = origin ? ORIGIN_KEYS[origin.type] : undefined;
    const path = (p: string): string => {
      if (p === 'about.description' || p === 'about') return 'input.description';
      const detail = /^origin\.details\.(.+)$/.exec(p);
      if (detail && kind) return `input.origin.${kind}.${DETAIL_FIELDS[detail[1]!] ?? detail[1]}`;
      if (p.startsWith('origin')) return 'input.origin';
      return p.startsWith('input.') ? p : `input.${p}`;
    };
    throw new ValidationError(err.fieldErrors.map((f) => ({ path: path(f.path), message: f.message })), err.message, err.provider);
  }
}

const CycleImageSourceSuccess = (name: string, description: string) =>
  builder.objectRef<{ source: import('../../providers/cycle/port.js').CycleImageSourceRecord }>(name).implement({
    description,
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'source' in v && !(v instanceof Error),
    fields: (t) => ({ source: t.field({ type: CycleImageSource, description: 'The image source as Cycle now has it.', resolve: (r) => r.source }) }),
  });

const JobOnlySuccess = (name: string, description: string, jobDescription: string) =>
  builder.objectRef<{ job: JobRecord }>(name).implement({
    description,
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'job' in v && !(v instanceof Error),
    fields: (t) => ({ job: t.field({ type: Job, description: jobDescription, resolve: (r) => r.job }) }),
  });

const SOURCE_TYPES = { DIRECT: 'direct', STACK_BUILD: 'stack-build', BUCKET: 'bucket' } as const;

builder.mutationField('createCycleImageSource', (t) =>
  t.field({
    type: CycleImageSourceSuccess('CreateCycleImageSourceSuccess', 'The image source was created.'),
    description: 'Creates a Cycle image source (`POST /v1/images/sources`): where Cycle will pull or build images from. Build from it with `createImageBuild(cycle:)`.',
    args: {
      input: t.arg({
        type: builder.inputType('CreateCycleImageSourceInput', {
          description: 'The new image source.',
          fields: (f) => ({
            name: f.string({ required: false, description: 'Display name (default: the origin’s target).' }),
            identifier: f.string({ required: false, description: 'Human-readable slug (default: made from the name).' }),
            type: f.field({ type: CycleImageSourceTypeEnum, required: false, defaultValue: 'direct' as never, description: 'Default DIRECT.' }),
            description: f.string({ required: false, description: 'A free-text description.' }),
            origin: f.field({ type: CycleImageOriginInput, required: true, description: 'Where the images come from.' }),
          }),
        }),
        required: true,
        description: 'The source to create.',
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateCycleImageSourceResult' } },
    resolve: async (_root, { input }, ctx) => {
      const errors: { path: string; message: string }[] = [];
      checkName(input.name, 'input.name', errors);
      checkIdentifier(input.identifier, 'input.identifier', errors);
      const origin = toOrigin(input.origin, 'input.origin', errors);
      if (errors.length || !origin) throw new ValidationError(errors, undefined, 'CYCLE');
      const body: CycleCreateImageSourceBody = {
        type: (input.type as string | null | undefined as CycleCreateImageSourceBody['type'] | undefined) ?? SOURCE_TYPES.DIRECT,
        origin,
        ...(input.name ? { name: input.name } : {}),
        ...(input.identifier ? { identifier: input.identifier } : {}),
        ...(input.description !== undefined && input.description !== null ? { about: { description: input.description } } : {}),
      };
      return { source: await underInput(origin, () => cyclePort(ctx).createSource(body)) };
    },
  }),
);

builder.mutationField('updateCycleImageSource', (t) =>
  t.field({
    type: CycleImageSourceSuccess('UpdateCycleImageSourceSuccess', 'The image source was updated.'),
    description: 'Changes a Cycle image source (`PATCH /v1/images/sources/{id}`); fields left out stay as they are.',
    args: {
      input: t.arg({
        type: builder.inputType('UpdateCycleImageSourceInput', {
          description: 'The source and what to change.',
          fields: (f) => ({
            id: f.id({ required: true, description: 'The CycleImageSource to change.' }),
            name: f.string({ required: false, description: 'New display name.' }),
            identifier: f.string({ required: false, description: 'New identifier.' }),
            description: f.string({ required: false, description: 'New description.' }),
            origin: f.field({ type: CycleImageOriginInput, required: false, description: 'New origin (replaces the whole origin, credentials included).' }),
          }),
        }),
        required: true,
        description: 'The source and the changes.',
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'UpdateCycleImageSourceResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['CycleImageSource'], ['CYCLE']);
      const errors: { path: string; message: string }[] = [];
      checkName(input.name, 'input.name', errors);
      checkIdentifier(input.identifier, 'input.identifier', errors);
      const origin = input.origin ? toOrigin(input.origin, 'input.origin', errors) : undefined;
      const patch: CycleUpdateImageSourceBody = {
        ...(input.name ? { name: input.name } : {}),
        ...(input.identifier ? { identifier: input.identifier } : {}),
        ...(origin ? { origin } : {}),
        ...(input.description !== undefined && input.description !== null ? { about: { description: input.description } } : {}),
      };
      if (!errors.length && Object.keys(patch).length === 0) errors.push({ path: 'input', message: 'give at least one of name, identifier, description, origin' });
      if (errors.length) throw new ValidationError(errors, undefined, 'CYCLE');
      return { source: await underInput(origin, () => cyclePort(ctx).updateSource(localId, patch)) };
    },
  }),
);

builder.mutationField('deleteCycleImageSource', (t) =>
  t.field({
    type: JobOnlySuccess('DeleteCycleImageSourceSuccess', 'The deletion has started.', 'Cycle’s deletion job; follow it with `jobUpdated`.'),
    description: 'Deletes a Cycle image source (`DELETE /v1/images/sources/{id}`, asynchronous: returns the job). Deleting it twice at once is a ConflictError.',
    args: {
      input: t.arg({
        type: builder.inputType('DeleteCycleImageSourceInput', {
          description: 'The source to delete.',
          fields: (f) => ({ id: f.id({ required: true, description: 'The CycleImageSource to delete.' }) }),
        }),
        required: true,
        description: 'The source to delete.',
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteCycleImageSourceResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['CycleImageSource'], ['CYCLE']);
      return { job: await cyclePort(ctx).deleteSource(localId) };
    },
  }),
);

// ---------------------------------------------------------------- images: rename, re-import

const UpdateImageSuccess = builder.objectRef<{ image: CycleImageRecord }>('UpdateImageSuccess').implement({
  description: 'The image was updated.',
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'image' in v && !(v instanceof Error),
  fields: (t) => ({ image: t.field({ type: CycleImage, description: 'The image as the provider now has it.', resolve: (r) => r.image }) }),
});

builder.mutationField('updateImage', (t) =>
  t.field({
    type: UpdateImageSuccess,
    description: 'Renames an image (Cycle `PATCH /v1/images/{id}`). Other providers’ images cannot be renamed here (UnsupportedOperationError); a Docker image gets another name with `tagImage`.',
    args: {
      input: t.arg({
        type: builder.inputType('UpdateImageInput', {
          description: 'The image and its new name.',
          fields: (f) => ({
            id: f.id({ required: true, description: 'The image (a CycleImage).' }),
            name: f.string({ required: true, description: `The new name (1–${NAME_MAX} characters).` }),
          }),
        }),
        required: true,
        description: 'The image and its new name.',
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'UpdateImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { provider, localId } = expectId(String(input.id), 'input.id', ['DockerImage', 'CycleImage', 'PaiImage']);
      if (provider !== 'CYCLE') throw new UnsupportedOperationError(`${provider} images cannot be renamed here${provider === 'DOCKER' ? ' (use tagImage)' : ''}`, provider);
      const errors: { path: string; message: string }[] = [];
      checkName(input.name, 'input.name', errors);
      if (errors.length) throw new ValidationError(errors, undefined, 'CYCLE');
      return { image: await underInput(undefined, () => cyclePort(ctx).updateImage(localId, { name: input.name })) };
    },
  }),
);

builder.mutationField('reimportImage', (t) =>
  t.field({
    // Fetches or builds an image from elsewhere (a registry, a URL, an upload, a build source).
    extensions: fieldScopes('import'),
    type: JobOnlySuccess('ReimportImageSuccess', 'The import has started.', 'Cycle’s import job; follow it with `jobUpdated`, the log with `buildLog`.'),
    description:
      'Runs the import task on an existing Cycle image (`POST /v1/images/{id}/tasks {action: "import"}`), e.g. one created without its import or whose import failed. An import already running, or an image already imported, is a ConflictError.',
    args: {
      input: t.arg({
        type: builder.inputType('ReimportImageInput', {
          description: 'The image to import.',
          fields: (f) => ({ id: f.id({ required: true, description: 'The CycleImage to import.' }) }),
        }),
        required: true,
        description: 'The image to import.',
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'ReimportImageResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { localId } = expectId(String(input.id), 'input.id', ['CycleImage'], ['CYCLE']);
      return { job: await cyclePort(ctx).reimportImage(localId) };
    },
  }),
);

/**
 * Relations across providers: a TAC `BaseImage` links to the Docker images and SWR repositories its
 * `containerImage` names; a Docker image pulled from SWR links to its `Repository`. (`ImageBuild.image`
 * lives in image-build.ts.) What "names" means is src/schema/image-reference.ts.
 *
 * Upstream calls per request, the fewest the providers allow (asserted in test/gateway/relations.test.ts):
 * - `BaseImage.dockerImages`: ONE `GET /images/json` per request, however many base images ask. The
 *   Engine API has no paging and its `reference` filter takes one pattern per call, so one full list,
 *   matched here, is the cheapest; the list is cached per request (`DOCKER_IMAGE_LIST`).
 * - `BaseImage.repositories` and `DockerImage.repository`: through the `Repository` node's DataLoader
 *   (so `node(id)` of the same repository in the request is free), which the SWR adapter answers with
 *   ONE `GET /v2/manage/repos?namespace=<org>` per distinct organisation per batch (`&name=` when the
 *   batch wants one repository of it; otherwise 1000 rows per page, more pages only for an organisation
 *   over 1000 repositories). Decided over listing the whole account a page at a time: that cost grows
 *   with the account, this one with the organisations actually referenced (usually one or two), and a
 *   name-filtered call returns one row. Base images resolve in one batch; the `repository` of their
 *   Docker images in a second one, where repositories already loaded cost nothing.
 * - References whose host is not an SWR registry, or whose names SWR could not hold, cost no call.
 *
 * A provider that is not configured holds nothing to link to: the relation is empty (as the merged
 * `images` feed skips it). A provider that fails leaves the relation empty and adds one error entry
 * naming it (`usePartialErrors`), so one provider down does not fail a TAC query.
 */
import type { GatewayContext } from '../../context.js';
import { NotFoundError } from '../../core/errors.js';
import { isSwrRegistryHost, namespaceNameError, repositoryNameError, swrRegistryHostOf, swrRepositoryKeyOf } from '../../providers/huawei-swr/validate.js';
import type { RepositoryRecord } from '../../providers/huawei-swr/port.js';
import type { DockerImageRecord, Provider } from '../../core/records.js';
import type { BaseImageRecord } from '../../providers/tanzu-catalog/port.js';
import { builder } from '../builder.js';
import {
  canonicalReference,
  imageNamesMatch,
  sameRepository,
  type CanonicalReference,
} from '../../core/image-reference.js';
import { requestLoader } from '../loaders.js';
import { BaseImage } from './base-image.js';
import { DockerImage } from './image.js';
import { Repository, repositoryRawId } from './repository.js';

/** The per-request loader names (one Docker list per request; matches by reference). */
const DOCKER_IMAGE_LIST = 'relations:docker-image-list';
const DOCKER_IMAGES_BY_REFERENCE = 'relations:docker-images-by-reference';

/** Runs a relation load; a provider failure becomes a partial error and the fallback, not a failed field. */
async function orPartial<T>(ctx: GatewayContext, provider: Provider, load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load();
  } catch (error) {
    ctx.partialErrors.push({ provider, error });
    return fallback;
  }
}

// ── Docker ───────────────────────────────────────────────────────────────────────────────────────

/** The engine's whole image list, fetched at most once per request (a single key, so a single call). */
function dockerImageList(ctx: GatewayContext): Promise<DockerImageRecord[]> {
  const docker = ctx.services.docker!;
  return requestLoader<'all', DockerImageRecord[]>(ctx, DOCKER_IMAGE_LIST, async (keys) => {
    const images = await docker.listImages();
    return keys.map(() => images);
  }).load('all');
}

/** The Docker images one of whose `RepoTags`/`RepoDigests` names the reference; batched by reference. */
export function dockerImagesNamed(ctx: GatewayContext, reference: string): Promise<DockerImageRecord[]> {
  return requestLoader<string, DockerImageRecord[]>(ctx, DOCKER_IMAGES_BY_REFERENCE, async (references) => {
    const images = await dockerImageList(ctx);
    return references.map((reference) => {
      const wanted = canonicalReference(reference);
      return wanted ? images.filter((image) => imageNamesMatch(wanted, [...image.repoTags, ...image.repoDigests])) : [];
    });
  }).load(reference);
}

// ── SWR ──────────────────────────────────────────────────────────────────────────────────────────

/** Registry hosts of the configured SWR endpoint, besides the public `swr.<region>.myhuaweicloud.com`. */
function configuredSwrHosts(ctx: GatewayContext): string[] {
  const host = ctx.services.config.swr ? swrRegistryHostOf(ctx.services.config.swr.endpoint) : null;
  return host ? [host] : [];
}

/**
 * The SWR repository a reference points into, or null. Only references on an SWR host whose
 * organisation and repository names SWR could hold are looked up (others cost nothing). The host SWR
 * reports for the repository (`path`) must be the reference's: a same-named repository of another
 * region is another repository.
 */
async function swrRepositoryAt(ctx: GatewayContext, ref: CanonicalReference): Promise<RepositoryRecord | null> {
  const key = swrRepositoryKeyOf(ref);
  if (!key || !isSwrRegistryHost(ref.registry, configuredSwrHosts(ctx))) return null;
  if (namespaceNameError(key.namespace, 'namespace') || repositoryNameError(key.name, 'name')) return null;
  let repository: RepositoryRecord;
  try {
    repository = await Repository.getDataloader(ctx).load(repositoryRawId(key));
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
  const reported = repository.pullPath ? canonicalReference(repository.pullPath) : null;
  return !reported || sameRepository(reported, ref) ? repository : null;
}

/** `BaseImage.repositories`: the repository its `containerImage` points into (0 or 1 of them). */
async function baseImageRepositories(ctx: GatewayContext, base: BaseImageRecord): Promise<RepositoryRecord[]> {
  const wanted = base.containerImage ? canonicalReference(base.containerImage) : null;
  if (!wanted || !ctx.services.swr) return [];
  const repository = await orPartial(ctx, 'SWR', () => swrRepositoryAt(ctx, wanted), null);
  return repository ? [repository] : [];
}

/**
 * `DockerImage.repository`: the first of the image's names (tags, then digests) that points into an
 * existing SWR repository. Every candidate is asked in the same tick, so they share one batch.
 */
async function dockerImageRepository(ctx: GatewayContext, image: DockerImageRecord): Promise<RepositoryRecord | null> {
  if (!ctx.services.swr) return null;
  const candidates: CanonicalReference[] = [];
  for (const name of [...image.repoTags, ...image.repoDigests]) {
    const ref = canonicalReference(name);
    if (ref && !candidates.some((c) => sameRepository(c, ref))) candidates.push(ref);
  }
  const found = await orPartial(ctx, 'SWR', () => Promise.all(candidates.map((ref) => swrRepositoryAt(ctx, ref))), []);
  return found.find((r): r is RepositoryRecord => r !== null) ?? null;
}

// ── fields ───────────────────────────────────────────────────────────────────────────────────────

builder.objectFields(BaseImage, (t) => ({
  dockerImages: t.field({
    type: [DockerImage],
    description:
      'Images on the Docker engine that `containerImage` names (same registry, path and tag, or digest; `debian:12` is `docker.io/library/debian:12`). One engine list call per request serves every base image.',
    resolve: (base, _args, ctx) => {
      const reference = base.containerImage;
      if (!reference || !ctx.services.docker) return [];
      return orPartial(ctx, 'DOCKER', () => dockerImagesNamed(ctx, reference), []);
    },
  }),
  repositories: t.field({
    type: [Repository],
    description:
      'SWR repositories that `containerImage` points into (same registry host and `<namespace>/<repository>`; the tag is not checked). Batched: one SWR list call per distinct organisation.',
    resolve: (base, _args, ctx) => baseImageRepositories(ctx, base),
  }),
}));

builder.objectField(DockerImage, 'repository', (t) =>
  t.field({
    type: Repository,
    nullable: true,
    description: 'The SWR repository the image was pulled from or tagged for (`swr.<region>.myhuaweicloud.com/<namespace>/<repository>:<tag>`), when it exists.',
    resolve: (image, _args, ctx) => dockerImageRepository(ctx, image),
  }),
);

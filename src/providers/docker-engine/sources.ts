/**
 * The feeds Docker joins: the merged `images` feed (and `deleteImage`) from the engine, and jobs,
 * which are the gateway's own (pulls, pushes and imports run as jobs in the job store).
 */
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { inCreatedWindow } from '../../core/image-filter.js';
import type { ImageSource, JobSource } from '../../core/records.js';
import type { JobStore } from '../../events/job-store.js';
import type { ProviderSources } from '../wiring.js';
import type { DockerPort } from './port.js';

/** The Docker part of the merged `images` feed: one list call per request, filtered, from the given offset. */
export function dockerImageSource(adapter: DockerPort): ImageSource {
  return {
    getImages: (ids) => adapter.inspectImages(ids),
    async listImages({ position, filter }) {
      // The position is the offset this source gave; anything else is refused, not read as 0 (or as -1: the last image).
      if (position !== null && !/^\d+$/.test(position)) throw ValidationError.field('after', 'is not a cursor of this list', 'DOCKER');
      const offset = position === null ? 0 : Number(position);
      const search = filter.search?.toLowerCase();
      const all = (await adapter.listImages()).filter(
        (i) =>
          (!search || i.name.toLowerCase().includes(search) || i.repoTags.some((t) => t.toLowerCase().includes(search)) || i.id.includes(search)) &&
          inCreatedWindow(i.createdAt, filter),
      );
      // The one list call already holds every image: hand the merge all of them from the offset on, so
      // it never calls again for a "next page" within a request (limit only matters to paged APIs).
      return { items: all.slice(offset), next: null };
    },
  };
}

/** Docker jobs are the gateway's own: they live in the job store and publish as they change. */
export function dockerJobSource(jobs: JobStore): JobSource {
  return {
    async getJobs(ids) {
      return Promise.all(ids.map(async (id) => (await jobs.get('DOCKER', id)) ?? new NotFoundError(`No Docker job ${id}`, 'DOCKER')));
    },
    async listJobs({ states, limit }) {
      return (await jobs.list({ providers: ['DOCKER'], states })).slice(0, limit);
    },
  };
}

export function dockerSources(docker: DockerPort, jobs: JobStore): ProviderSources {
  return {
    images: dockerImageSource(docker),
    deleteImage: async (id, { force }) => docker.deleteImage(id, force),
    jobs: dockerJobSource(jobs),
  };
}

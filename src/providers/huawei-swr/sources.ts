/**
 * The gateway-wide feeds SWR joins: none. Its repositories are where images are stored, not images a
 * client runs or builds, so they are reached through SWR's own fields (`namespaces`, `repositories`,
 * `Repository.tags`) and the cross-provider relations (`DockerImage.repository`,
 * `BaseImage.repositories`), not through the merged `images`, `imageBuilds` or `jobs` lists.
 */
import type { ProviderSources } from '../wiring.js';
import type { SwrPort } from './port.js';

export function swrSources(_swr: SwrPort): ProviderSources {
  return {};
}

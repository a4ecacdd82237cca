/**
 * The gateway-wide feeds TAC joins: none. Its base images are catalog entries a customer builds on
 * (a container image reference, an OS, a registry to publish to), not images in a registry or an
 * engine, so they are reached through TAC's own fields (`baseImages`, `registries`,
 * `operatingSystems`) and the relations `BaseImage.dockerImages`/`BaseImage.repositories`, not the
 * merged `images`, `imageBuilds` or `jobs` lists.
 */
import type { ProviderSources } from '../wiring.js';
import type { TacPort } from './port.js';

export function tacSources(_tac: TacPort): ProviderSources {
  return {};
}

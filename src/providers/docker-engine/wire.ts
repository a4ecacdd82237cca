/**
 * The Docker Engine adapter from its configuration (`DOCKER_HOST`/TLS or the default socket; the
 * emulator's in SANDBOX), and what it provides: the `images` feed, jobs, and the Docker port.
 */
import type { DockerConfig } from '../../config.js';
import type { Wire } from '../wiring.js';
import { DockerEngineAdapter } from './adapter.js';
import type { DockerPort } from './port.js';
import { dockerSources } from './sources.js';

export const wireDocker: Wire<DockerConfig, DockerPort> = (config, deps) => {
  // Image events go to this replica's subscribers only (`localPubsub`): each replica reads its own engine stream.
  const docker = new DockerEngineAdapter(config, { jobs: deps.jobs, pubsub: deps.localPubsub, importUrlAllowList: deps.importUrlAllowList, onCall: deps.onCall });
  return {
    port: docker,
    sources: dockerSources(docker, deps.jobs),
    endpoint: config.origin,
    probe: () => docker.ping(),
    close: () => docker.close(),
  };
};

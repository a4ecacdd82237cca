import { createHash } from 'node:crypto';
import type { CycleImageDto, CycleImageOriginDto, CycleImageState } from '../../providers/cycle/dto.js';

/**
 * One step of an emulated job: the task step it completes, the image state while it runs, and the build
 * log it writes. A chunk usually ends with `\n`; a few are split mid-line (as a factory flushing its
 * output does), so a client that polls the log sees an incomplete last line now and then.
 */
export interface BuildPhase {
  caption: string;
  description: string;
  imageState?: CycleImageState;
  chunks: string[];
  /** The job fails with this message once the phase's chunks are written. */
  failWith?: string;
}

function targetOf(origin: CycleImageOriginDto): string {
  switch (origin.type) {
    case 'docker-hub':
      return `docker.io/${origin.details.target.includes('/') ? '' : 'library/'}${origin.details.target}`;
    case 'docker-registry':
    case 'oci-registry':
      return `${origin.details.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}/${origin.details.target}`;
    case 'docker-file':
      return origin.details.repo?.url ?? origin.details.targz_url ?? 'repository';
    default:
      return origin.type;
  }
}

function layer(seed: string, i: number): string {
  return createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 12);
}

/** The scripted import of one image: ~14–20 log lines over 3–4 steps, ending in `live` or an error. */
export function buildPhases(image: CycleImageDto, origin: CycleImageOriginDto, failBuild: string | null): BuildPhase[] {
  const target = targetOf(origin);
  const node = image.id.slice(-6);
  const accept = [
    `[cycle] import job accepted for image ${image.id} (${image.name})\n`,
    `[factory] node fac-${node} acknowledged the import\n`,
  ];
  const verify: BuildPhase = {
    caption: 'Verify image',
    description: 'Verifying layer digests and reading the image config.',
    imageState: 'verifying',
    chunks: ['[factory] verifying layer digests\n', '[factory] reading image config (user, ports, entrypoint, volumes)\n'],
  };
  const save: BuildPhase = {
    caption: 'Save image',
    description: 'Compressing the image and saving it for distribution to nodes.',
    imageState: 'saving',
    chunks: ['[factory] compressing image for distribution ', '... done\n', `[factory] saved ${image.id}.tar.gz\n`, '[cycle] image is live\n'],
  };
  if (origin.type === 'docker-file') {
    const steps = [
      'Step 1/7 : FROM node:20-alpine',
      'Step 2/7 : WORKDIR /app',
      'Step 3/7 : COPY package*.json ./',
      'Step 4/7 : RUN npm ci --omit=dev',
      'Step 5/7 : COPY . .',
      'Step 6/7 : RUN npm run build',
      'Step 7/7 : CMD ["node", "dist/server.js"]',
    ];
    const failAt = failBuild ? 3 : steps.length;
    const buildChunks: string[] = [];
    steps.slice(0, failAt + 1).forEach((s, i) => {
      buildChunks.push(`${s}\n`);
      if (i === 0) buildChunks.push(' ---> Using cache\n');
    });
    if (failBuild) buildChunks.push(`ERROR: ${failBuild}\n`);
    else buildChunks.push(`Successfully built ${layer(image.id, 9)}\n`);
    const phases: BuildPhase[] = [
      {
        caption: 'Acquire source',
        description: 'Fetching the repository that holds the Dockerfile.',
        imageState: 'downloading',
        chunks: [...accept, `[factory] cloning ${target} `, '... done\n'],
      },
      {
        caption: 'Build image',
        description: 'Building the image from its Dockerfile.',
        imageState: 'building',
        chunks: buildChunks,
        ...(failBuild ? { failWith: failBuild } : {}),
      },
    ];
    return failBuild ? phases : [...phases, verify, save];
  }
  const layers = [0, 1, 2, 3].map((i) => layer(image.id, i));
  const pull: string[] = [...accept, `[factory] resolving ${target}\n`, `[factory] manifest sha256:${layer(target, 7)}${layer(target, 8)} (linux/amd64)\n`];
  if (failBuild) pull.push(`ERROR: ${failBuild}\n`);
  else
    layers.forEach((l, i) => {
      pull.push(`[factory] layer ${i + 1}/4 ${l}: downloading `);
      pull.push(`... complete (${(3 + i * 7) % 29}.${i} MB)\n`);
    });
  const download: BuildPhase = {
    caption: 'Download image',
    description: 'Pulling the image layers from the registry.',
    imageState: 'downloading',
    chunks: pull,
    ...(failBuild ? { failWith: failBuild } : {}),
  };
  return failBuild ? [download] : [download, verify, save];
}

/** The pod log of a PAI image build: docker-build-like lines for the request's Dockerfile, and whether it fails. */
import { createHash } from 'node:crypto';
import type { CreateImageBuildRequest } from '../../providers/alibaba-pai/dto.js';

const shortHex = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 12);

/** docker-build-like output for a Dockerfile; a `RUN` that runs `false` or `exit <n>` (n≠0) fails the build. */
export function buildScript(buildId: string, req: CreateImageBuildRequest): { lines: string[]; failsWith?: string } {
  const steps = req.BuildConfig.Dockerfile.split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const lines = [`Starting image build ${buildId} (${req.BuildConfig.BuildType})`, `Sending build context to Docker daemon  2.048kB`];
  let failsWith: string | undefined;
  const auths = req.BuildConfig.RegistryAuths ?? {};
  steps.forEach((step, i) => {
    if (failsWith) return;
    lines.push(`Step ${i + 1}/${steps.length} : ${step}`);
    // ACR Enterprise instances (`*.cr.aliyuncs.com`) are private: pulling FROM one needs its RegistryAuths
    // entry (another account's instance is the case the parameter exists for). Public hosts need none.
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(step)?.[1];
    const host = from && from.includes('/') ? from.split('/')[0]! : undefined;
    if (host && /\.cr\.aliyuncs\.com$/i.test(host)) {
      const auth = auths[host]?.Auth;
      const decoded = auth ? Buffer.from(auth, 'base64').toString('utf8') : '';
      if (!decoded.includes(':')) {
        failsWith = `pull access denied for ${from}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
        lines.push(failsWith);
        return;
      }
      lines.push(`Login Succeeded (${host})`);
    }
    if (/^RUN\s/i.test(step)) {
      lines.push(` ---> Running in ${shortHex(`${buildId}-run-${i}`)}`);
      if (/\bexit\s+[1-9]\d*\b|(^|[\s;&|])false(\s|$)/.test(step.slice(4))) {
        failsWith = `The command '/bin/sh -c ${step.slice(4).trim()}' returned a non-zero code: 1`;
        lines.push(failsWith);
        return;
      }
      lines.push(`Removing intermediate container ${shortHex(`${buildId}-rm-${i}`)}`);
    }
    lines.push(` ---> ${shortHex(`${buildId}-layer-${i}`)}`);
  });
  if (!failsWith) {
    const uri = req.Image.Uri;
    const colon = uri.lastIndexOf(':');
    const repo = colon > uri.lastIndexOf('/') ? uri.slice(0, colon) : uri;
    const tag = colon > uri.lastIndexOf('/') ? uri.slice(colon + 1) : 'latest';
    lines.push(`Successfully built ${shortHex(`${buildId}-final`)}`, `Successfully tagged ${uri}`, `The push refers to repository [${repo}]`);
    lines.push(`${tag}: digest: sha256:${createHash('sha256').update(buildId).digest('hex')} size: 1574`);
  }
  return { lines, ...(failsWith ? { failsWith } : {}) };
}


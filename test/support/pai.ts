import { randomUUID } from 'node:crypto';

/** A `createImageBuild(input: { pai })` input whose image (name and URI) is unique to the test. */
export function paiBuildInput(over: { name?: string; dockerfile?: string; clientToken?: string; uri?: string; labels?: { key: string; value: string }[] } = {}) {
  const name = over.name ?? `test-${randomUUID().slice(0, 8)}`;
  return {
    pai: {
      dockerfile: over.dockerfile ?? 'FROM python:3.11-slim\nRUN pip install numpy',
      buildType: 'CUSTOM_DOCKERFILE' as const,
      image: { name, uri: over.uri ?? paiImageUri(name), ...(over.labels ? { labels: over.labels } : {}) },
      resource: { ecsSpec: 'ecs.c6.large' },
      targetRegistry: { type: 'ACR_ENTERPRISE' as const, instanceId: 'cri-abcd1234' },
      userVpc: { vpcId: 'vpc-1', securityGroupId: 'sg-1' },
      accessibility: 'PRIVATE' as const,
      ...(over.clientToken ? { clientToken: over.clientToken } : {}),
    },
  };
}

export const paiImageUri = (name: string) => `ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/${name}:v1`;

import { request } from 'undici';
import type { RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { AIWORKSPACE_VERSION, DLC_VERSION } from '../../src/providers/alibaba-pai/dto.js';
import { createAcs3Signer, type Acs3SignerOptions } from '../../src/providers/alibaba-pai/sign.js';

export interface SignedCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `pathname?query`, already encoded. */
  path: string;
  action: string;
  /** @default AIWorkSpace for /api/v1/image…, DLC for /api/v1/jobs… */
  version?: string;
  json?: unknown;
  signer?: Partial<Acs3SignerOptions>;
  /** Applied after signing (tampering). */
  mutate?: (headers: Record<string, string>) => Record<string, string>;
}

/** Sends one ACS3-signed request straight to the emulator (no gateway transport: no retries). */
export async function signedFetch(emu: RunningPaiEmulator, call: SignedCall): Promise<{ status: number; headers: Record<string, string>; body: any; sent: Record<string, string> }> {
  const cred = emu.credentials[0]!;
  const sign = createAcs3Signer({ accessKeyId: cred.accessKeyId, accessKeySecret: cred.accessKeySecret, securityToken: cred.securityToken, ...call.signer });
  const body = call.json === undefined ? undefined : JSON.stringify(call.json);
  const version = call.version ?? (call.path.startsWith('/api/v1/jobs') ? DLC_VERSION : AIWORKSPACE_VERSION);
  let headers = sign({
    method: call.method,
    origin: emu.url,
    path: call.path,
    headers: {
      'x-acs-action': call.action,
      'x-acs-version': version,
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    },
    body,
  });
  if (call.mutate) headers = call.mutate(headers);
  const res = await request(`${emu.url}${call.path}`, { method: call.method, headers, body });
  const text = await res.body.text();
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
  return { status: res.statusCode, headers: flat, body: text ? JSON.parse(text) : undefined, sent: headers };
}

export const buildBody = (over: Record<string, unknown> = {}) => ({
  WorkspaceId: '12345',
  Resource: { EcsSpec: 'ecs.c6.large' },
  UserVpc: { VpcId: 'vpc-abc', SecurityGroupId: 'sg-abc' },
  TargetRegistry: { Type: 'AcrEnterprise', InstanceId: 'cri-abcd' },
  BuildConfig: { Dockerfile: 'FROM ubuntu:22.04\nRUN pip3 install numpy==1.19.5\nRUN echo done', BuildType: 'PackageInstallation' },
  Image: { Name: 'numpy-env', Uri: 'my-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/numpy-env:v1', Labels: [{ Key: 'team', Value: 'ml' }] },
  Accessibility: 'PRIVATE',
  ...over,
});

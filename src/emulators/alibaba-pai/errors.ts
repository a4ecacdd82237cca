/** Alibaba Cloud's error body `{RequestId, HostId, Code, Message, Recommend}`, as both PAI products answer it. */
import { randomUUID } from 'node:crypto';
import { AIWORKSPACE_VERSION, DLC_VERSION, type AcsErrorBody } from '../../providers/alibaba-pai/dto.js';
import { refusal, type EmulatorResponse } from '../kit.js';

export type Product = 'AIWorkSpace' | 'PAI-DLC';
export const VERSIONS: Record<Product, string> = { AIWorkSpace: AIWORKSPACE_VERSION, 'PAI-DLC': DLC_VERSION };

/** Where the emulator answers from: `host:port` is the error body's `HostId`, known once it listens. */
export interface AcsHost {
  host: string;
}

export const requestId = () => randomUUID().toUpperCase();

function errorBody(host: string, code: string, message: string, product: Product = 'AIWorkSpace'): AcsErrorBody {
  return {
    RequestId: randomUUID().toUpperCase(),
    HostId: host,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${encodeURIComponent(product)}`,
  };
}

export function fail(at: AcsHost, status: number, code: string, message: string, product?: Product, headers?: Record<string, string>): EmulatorResponse {
  return refusal({
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', ...(headers ?? {}) },
    body: errorBody(at.host, code, message, product),
  });
}

export const badParam = (at: AcsHost, name: string, message: string, product?: Product) => fail(at, 400, 'InvalidParameter', `The parameter ${name} is invalid: ${message}`, product);
export const missing = (at: AcsHost, name: string, product?: Product) => fail(at, 400, 'MissingParameter', `The parameter ${name} is required.`, product);
export const throttled = (at: AcsHost, retryAfterMs: number, product?: Product) =>
  fail(at, 429, 'Throttling', 'Request was denied due to request throttling.', product, { 'x-acs-retry-after': String(retryAfterMs) });

/** The kit's generic errors (no route, injected faults) as the POP gateway words them. */
export function acsErrorForStatus(at: AcsHost, status: number, message: string, retryAfterMs: number): EmulatorResponse {
  if (status === 429) return throttled(at, retryAfterMs);
  if (status === 404) return fail(at, 404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
  if (status === 405) return fail(at, 404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
  if (status === 503) return fail(at, 503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
  if (status >= 500) return fail(at, status, 'InternalError', `The request processing has failed due to some unknown error. ${message}`);
  return fail(at, status, `HTTP${status}`, message);
}

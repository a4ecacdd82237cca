/**
 * SWR's two error shapes (NOTES.md "Error envelope"): service errors as the doc appendix shows them,
 * `[{"errorCode":"SVCSTG.SWR.…","errorMessage":"…","detail":""}]`; gateway-level errors (authentication,
 * throttling, unknown API) as `{"error_code":"APIG.…","error_msg":"…","request_id":"…"}`.
 */
import { randomUUID } from 'node:crypto';
import { refusal, type EmulatorResponse } from '../kit.js';

/** Error codes. Named in the notes: 4000014, 4010000, 4060012, 4090006; the others are the emulator's choice. */
export const SWR_ERROR_CODES = {
  INVALID_PARAMETER: 'SVCSTG.SWR.4000014',
  TOKEN_INVALID: 'SVCSTG.SWR.4010000',
  NAMESPACE_NOT_FOUND: 'SVCSTG.SWR.4040001',
  REPOSITORY_NOT_FOUND: 'SVCSTG.SWR.4040002',
  TAG_NOT_FOUND: 'SVCSTG.SWR.4040003',
  NOT_EMPTY: 'SVCSTG.SWR.4060012',
  EXISTS: 'SVCSTG.SWR.4090006',
  INTERNAL: 'SVCSTG.SWR.5000001',
  APIG_AUTH: 'APIG.0301',
  APIG_THROTTLED: 'APIG.0308',
  APIG_NO_API: 'APIG.0101',
} as const;

export function svcError(status: number, code: string, message: string): EmulatorResponse {
  return refusal({ status, headers: { 'x-request-id': randomUUID().replace(/-/g, '') }, body: [{ errorCode: code, errorMessage: message, detail: '' }] });
}

export function apigError(status: number, code: string, message: string): EmulatorResponse {
  const requestId = randomUUID().replace(/-/g, '');
  return refusal({ status, headers: { 'x-request-id': requestId }, body: { error_code: code, error_msg: message, request_id: requestId } });
}

/** The kit's generic errors (no route, injected faults): gateway-level ones as APIG, the rest as service errors. */
export function swrErrorForStatus(status: number, message: string): EmulatorResponse {
  if (status === 429) return apigError(429, SWR_ERROR_CODES.APIG_THROTTLED, `The throttling threshold has been reached: ${message}`);
  if (status === 404 || status === 405) return apigError(404, SWR_ERROR_CODES.APIG_NO_API, `The API does not exist or has not been published in the environment: ${message}`);
  if (status === 401) return apigError(401, SWR_ERROR_CODES.APIG_AUTH, message);
  return svcError(status, status >= 500 ? SWR_ERROR_CODES.INTERNAL : SWR_ERROR_CODES.INVALID_PARAMETER, message);
}

export const badRequest = (message: string) => svcError(400, SWR_ERROR_CODES.INVALID_PARAMETER, message);

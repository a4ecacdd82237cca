/** TAC's RFC 7807 problem documents, and CSP's token-exchange errors. */
import { randomUUID } from 'node:crypto';
import { refusal, type EmulatorResponse } from '../kit.js';

const PROBLEM_JSON = 'application/problem+json';

export interface Violation {
  field: string;
  message: string;
}

export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}): EmulatorResponse {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return refusal({
    status,
    headers: { 'content-type': PROBLEM_JSON },
    body: { type: `https://api.app-catalog.vmware.com/problems/${slug}`, title, status, detail, ...extra },
  });
}

const TITLES: Record<number, string> = {
  400: 'Validation error',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** The kit's error envelope hook: RFC 7807 with `violations` on 400 (the spec marks it required). */
export function problemForStatus(status: number, message: string, instance?: string): EmulatorResponse {
  const title = TITLES[status] ?? `HTTP ${status}`;
  return problem(status, title, message, status === 400 ? { violations: [] } : instance ? { instance } : {});
}

export function badRequest(violations: Violation[]): EmulatorResponse {
  return problem(400, 'Validation error', 'The request has constraint violations', { violations });
}

export function notFound(what: string, id: string, path: string): EmulatorResponse {
  return problem(404, 'Not found', `${what} ${id} was not found`, { instance: path });
}

/** CSP's error body: RFC 6749 §5.2 `error` plus CSP's `statusCode`/`message`/`requestId`. */
export function cspError(status: number, error: string, message: string): EmulatorResponse {
  return refusal({ status, headers: { 'content-type': 'application/json' }, body: { statusCode: status, error, message, requestId: randomUUID() } });
}

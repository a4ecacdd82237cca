import { refusal, type EmulatorResponse } from '../kit.js';
import type { CycleErrorDto } from '../../providers/cycle/dto.js';

/** Titles Cycle uses for its error codes (the `title` field). */
const TITLES: Record<string, string> = {
  '400.invalid-syntax': 'Invalid syntax',
  '401.auth-invalid': 'Invalid authentication',
  '403.wrong-hub': 'Wrong hub',
  '403.permissions': 'Insufficient permissions',
  '404.uri': 'Route not found',
  '404.image': 'Image not found',
  '404.image.source': 'Image source not found',
  '404.image.build-log': 'Build log not found',
  '404.job': 'Job not found',
  '409.duplicate-found': 'Duplicate found',
  '415.invalid-content-type': 'Invalid content type',
  '422.missing-argument': 'Missing argument',
  '422.invalid-argument': 'Invalid argument',
  '429.rate-limiting': 'Too many requests',
  '500.unknown': 'Internal error',
  '503.not-ready': 'Service not ready',
};

/** Cycle's error envelope: `{ error: {status, code, title, detail, source?, extra?}, data: null }`. */
export function cycleError(status: number, code: string, detail: string, more: { source?: string; capability?: string } = {}): EmulatorResponse {
  const error: CycleErrorDto = { status, code, title: TITLES[code] ?? code, detail };
  if (more.source !== undefined) error.source = more.source;
  if (more.capability !== undefined) error.extra = { capability: more.capability };
  return refusal({ status, body: { error, data: null } });
}

/** The kit's generic errors (no route, 405, injected faults) in Cycle's envelope. */
export function cycleErrorForStatus(status: number, message: string): EmulatorResponse {
  const code =
    status === 404 || status === 405
      ? '404.uri'
      : status === 429
        ? '429.rate-limiting'
        : status === 401
          ? '401.auth-invalid'
          : status === 403
            ? '403.permissions'
            : status === 409
              ? '409.duplicate-found'
              : status === 422
                ? '422.invalid-argument'
                : status === 503
                  ? '503.not-ready'
                  : status >= 500
                    ? '500.unknown'
                    : '400.invalid-syntax';
  return cycleError(status, code, message);
}

import type { Plugin } from 'graphql-yoga';
import { errorResponse } from './error-response.js';

/** Headers a browser cannot add to a cross-site form post without a CORS preflight. Any one will do. */
export const PREFLIGHT_HEADERS = ['graphql-require-preflight', 'apollo-require-preflight', 'x-graphql-yoga-csrf'] as const;

/**
 * Content types a cross-site HTML form (or a no-cors `fetch`) can send without a CORS preflight.
 * Yoga executes two of them: `multipart/form-data` (uploads) and `application/x-www-form-urlencoded`
 * (its form parser, which can carry a mutation); `text/plain` is not executed but is refused too.
 */
const SIMPLE_CONTENT_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];

export interface CsrfPreventionOptions {
  /** @default PREFLIGHT_HEADERS */
  requestHeaders?: readonly string[];
}

/**
 * CSRF prevention: a POST in a preflight-free content type must carry one of the preflight headers,
 * else 403 before its body is read (so a forged upload never reaches a provider). JSON and
 * `application/graphql` bodies already force a preflight. GET cannot run mutations in Yoga
 * (405), so a cross-site GET can only read.
 * Runs before `useStreamingUploads`, which parses and executes multipart bodies in `onRequest`.
 */
export function useCsrfPrevention({ requestHeaders = PREFLIGHT_HEADERS }: CsrfPreventionOptions = {}): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      // Yoga and useStreamingUploads read the first of a comma-separated list, parameters ignored: so do we.
      const type = (request.headers.get('content-type') ?? '').split(/[;,]/)[0]!.trim().toLowerCase();
      if (!SIMPLE_CONTENT_TYPES.includes(type)) return;
      if (requestHeaders.some((h) => request.headers.has(h))) return;
      endResponse(
        errorResponse(fetchAPI, request, 403, {
          message: `A ${type} request must carry one of these headers: ${requestHeaders.join(', ')} (CSRF prevention: a browser form cannot send them)`,
          code: 'CSRF_PREVENTED',
        }),
      );
    },
  };
}

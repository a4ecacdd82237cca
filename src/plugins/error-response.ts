import type { FetchAPI } from 'graphql-yoga';
import type { ErrorCode } from '../core/errors.js';

/**
 * A GraphQL-shaped error answered before Yoga parses the request (CSRF, authentication, rate limit):
 * `{"errors":[{message, extensions: {code}}]}` with the status that says what happened, in the media
 * type the client asked for (GraphQL over HTTP: `application/graphql-response+json`, else JSON).
 */
export function errorResponse(
  fetchAPI: FetchAPI,
  request: Request,
  status: number,
  error: { message: string; code: ErrorCode; extensions?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Response {
  const type = request.headers.get('accept')?.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] });
  return new fetchAPI.Response(body, { status, headers: { 'content-type': `${type}; charset=utf-8`, ...headers } });
}

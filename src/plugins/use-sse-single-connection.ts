import type { Plugin } from 'graphql-yoga';

/** What a graphql-sse client in single-connection mode is told (its `NetworkError` carries it). */
export const SSE_SINGLE_CONNECTION_MESSAGE =
  'graphql-sse single-connection mode is not supported: use its distinct-connections mode (the client default, singleConnection: false) or graphql-ws on the same path';

/**
 * graphql-sse's single-connection mode starts with `PUT /graphql` to reserve a stream token, then
 * `GET` (the stream) and `POST`s carrying `x-graphql-event-stream-token`. The gateway serves the
 * distinct-connections mode (one SSE response per operation: Yoga's own, which keeps every plugin on
 * the path) and graphql-ws; it answers single-connection requests with a GraphQL error at once,
 * 405 + `Allow` for the reservation and 400 for a token. The reason is also the HTTP status text,
 * because that is what the graphql-sse client puts in the `NetworkError` it raises
 * ("Server responded with 405: …"). A client should set `retryAttempts: 0` or it retries first.
 */
export function useSseSingleConnection(): Plugin {
  let endpoint = '/graphql';
  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint) return;
      const reservation = request.method === 'PUT';
      if (!reservation && !request.headers.has('x-graphql-event-stream-token')) return;
      const status = reservation ? 405 : 400;
      const type = request.headers.get('accept')?.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
      const body = JSON.stringify({ errors: [{ message: SSE_SINGLE_CONNECTION_MESSAGE, extensions: { code: 'SSE_SINGLE_CONNECTION_UNSUPPORTED' } }] });
      endResponse(
        new fetchAPI.Response(body, {
          status,
          statusText: SSE_SINGLE_CONNECTION_MESSAGE,
          headers: { 'content-type': `${type}; charset=utf-8`, ...(reservation ? { allow: 'GET, POST, OPTIONS' } : {}) },
        }),
      );
    },
  };
}

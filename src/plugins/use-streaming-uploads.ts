import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/** The largest `operations`/`map` field accepted, so a hostile client cannot make us buffer much. */
export const MAX_MULTIPART_FIELD_BYTES = 1024 * 1024;

/**
 * The GraphQL multipart request spec, streamed. Yoga's own multipart support materialises each file
 * before execution; an image tarball can be gigabytes, so this plugin parses the request itself:
 * `operations` and `map` arrive first, then the operation runs as soon as the first file part starts,
 * with that part's stream in `context.uploads` and the variable set to `upload:<field>` (the `Upload`
 * scalar understands both forms). The daemon then reads the file as the client sends it.
 * Only one file per request is streamed; further files in the same request are rejected.
 */
export function useStreamingUploads(getYoga: () => YogaServerInstance<Record<string, unknown>, GatewayContext>): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI, serverContext }) {
      const type = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || !type.startsWith('multipart/form-data') || !request.body) return;
      const json = (status: number, message: string) =>
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] }), { status, headers: { 'content-type': 'application/json' } });
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => (headers[k] = v));
      // The inner JSON request keeps the client's headers (credentials, x-request-id, accept) but not
      // those that described the multipart body.
      const innerHeaders = () => {
        const h = new fetchAPI.Headers(request.headers);
        for (const name of ['content-type', 'content-length', 'content-encoding', 'transfer-encoding']) h.delete(name);
        h.set('content-type', 'application/json');
        if (!h.has('accept')) h.set('accept', 'application/json');
        return h;
      };
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers, limits: { fieldSize: MAX_MULTIPART_FIELD_BYTES, files: 1 } });
      } catch (err) {
        endResponse(json(400, `Invalid multipart request: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      const response = await new Promise<Response>((resolve) => {
        let operations: { query?: string; variables?: Record<string, unknown>; operationName?: string } | undefined;
        let map: Record<string, string[]> | undefined;
        let started = false;
        parser.on('field', (name, value) => {
          try {
            if (name === 'operations') operations = JSON.parse(value) as typeof operations;
            if (name === 'map') map = JSON.parse(value) as typeof map;
          } catch {
            resolve(json(400, `Invalid JSON in multipart field "${name}"`));
          }
        });
        parser.on('file', (field, stream) => {
          if (started) return void stream.resume();
          started = true;
          if (!operations || !map) {
            stream.resume();
            return resolve(json(400, 'Multipart request must send "operations" and "map" before files'));
          }
          const variables = structuredClone(operations.variables ?? {});
          for (const path of map[field] ?? []) {
            const parts = path.split('.');
            if (parts.shift() !== 'variables') continue;
            let target: Record<string, unknown> = variables;
            for (const p of parts.slice(0, -1)) target = (target[p] ?? {}) as Record<string, unknown>;
            target[parts.at(-1)!] = `upload:${field}`;
          }
          // Every other parameter (`extensions`, a persisted `documentId`) goes through as sent.
          const body = JSON.stringify({ ...operations, variables });
          const inner = new fetchAPI.Request(request.url, { method: 'POST', headers: innerHeaders(), body });
          const uploads = new Map<string, Readable>([[field, stream]]);
          Promise.resolve(getYoga().fetch(inner, { ...(serverContext as object), uploads }))
            .then(async (res) => {
              // If the operation did not consume the file (validation error), drain it so the request ends.
              if (!stream.readableEnded && stream.listenerCount('data') === 0 && !stream.readableFlowing) stream.resume();
              resolve(res);
            })
            // Yoga answers execution errors itself; a rejection here is internal, so its message is not sent.
            .catch(() => resolve(json(500, 'execution failed')));
        });
        parser.on('close', () => {
          if (!started) {
            if (!operations) return resolve(json(400, 'Multipart request without "operations"'));
            const inner = new fetchAPI.Request(request.url, { method: 'POST', headers: innerHeaders(), body: JSON.stringify(operations) });
            Promise.resolve(getYoga().fetch(inner, serverContext as object)).then(resolve, () => resolve(json(500, 'execution failed')));
          }
        });
        parser.on('error', (err: unknown) => resolve(json(400, `Invalid multipart request: ${err instanceof Error ? err.message : String(err)}`)));
        // Under Node's http server Yoga's Request body is a whatwg-node ponyfill stream: iterate it.
        const body = request.body as unknown as AsyncIterable<Uint8Array> | NodeReadableStream;
        (Symbol.asyncIterator in body ? Readable.from(body as AsyncIterable<Uint8Array>) : Readable.fromWeb(body as NodeReadableStream)).pipe(parser);
      });
      endResponse(response);
    },
  };
}

import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/** The largest `operations`/`map` field accepted, so a hostile client cannot make us buffer much. */
export const MAX_MULTIPART_FIELD_BYTES = 1024 * 1024;

/** Limits of one multipart request. */
export interface UploadLimits {
  /** Bytes of the one file. Past it the file is cut off, the upstream import fails and the client gets 413. @default 8 GiB */
  maxFileBytes?: number;
  /** Bytes of one non-file field (`operations`, `map`). @default 1 MiB */
  maxFieldBytes?: number;
  /** Non-file fields: `operations` and `map` (anything else is refused anyway). @default 2 */
  maxFields?: number;
  /** Parts in all (fields and files). @default 3 */
  maxParts?: number;
}

export const DEFAULT_UPLOAD_LIMITS: Required<UploadLimits> = {
  maxFileBytes: 8 * 1024 ** 3,
  maxFieldBytes: MAX_MULTIPART_FIELD_BYTES,
  maxFields: 2,
  maxParts: 3,
};

/** Keys that reach an object's prototype chain: never followed or written, wherever they come from. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A client mistake in a multipart request: answered with `status` and this message, nothing runs. */
class MultipartError extends Error {
  constructor(readonly status: 400 | 413, message: string, readonly code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST') {
    super(message);
  }
}

interface Operations {
  query?: string;
  variables: Record<string, unknown>;
  operationName?: string;
  [other: string]: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `operations` as the spec has it: one JSON object (batches are not streamed) with object-or-null `variables`. */
function parseOperations(text: string): Operations {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MultipartError(400, 'Invalid JSON in multipart field "operations"');
  }
  if (Array.isArray(value)) throw new MultipartError(400, 'Multipart field "operations" must be one operation object (batched operations are not supported with uploads)');
  if (!isPlainObject(value)) throw new MultipartError(400, 'Multipart field "operations" must be a JSON object');
  const { variables } = value;
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) throw new MultipartError(400, 'Multipart field "operations": "variables" must be an object or null');
  return { ...value, variables: variables ? variables : {} } as Operations;
}

/** `map` as the spec has it: `{ [fileField]: ["variables.path", …] }`, kept in a `Map` (its keys are the client's). */
function parseMap(text: string): Map<string, string[][]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MultipartError(400, 'Invalid JSON in multipart field "map"');
  }
  if (!isPlainObject(value)) throw new MultipartError(400, 'Multipart field "map" must be a JSON object of file field → array of paths');
  const map = new Map<string, string[][]>();
  for (const [field, paths] of Object.entries(value)) {
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p): p is string => typeof p === 'string')) {
      throw new MultipartError(400, `Multipart field "map": the entry for file "${field}" must be a non-empty array of strings`);
    }
    map.set(
      field,
      paths.map((path) => {
        const parts = path.split('.');
        if (parts[0] !== 'variables' || parts.length < 2) throw new MultipartError(400, `Multipart field "map": "${path}" must be a path into "variables"`);
        if (parts.some((p) => p === '' || FORBIDDEN_KEYS.has(p))) throw new MultipartError(400, `Multipart field "map": "${path}" is not an allowed path`);
        return parts.slice(1);
      }),
    );
  }
  if (map.size > 1) throw new MultipartError(400, 'Only one file per multipart request is supported');
  return map;
}

/**
 * Sets `value` at `path` inside `variables`, only where the client declared it: every step must be an
 * own property (or an index inside an array) that exists already, as the spec's `null` placeholders do.
 */
function setDeclared(variables: Record<string, unknown>, path: string[], value: string): void {
  let target: unknown = variables;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    const exists = Array.isArray(target) ? /^(0|[1-9]\d*)$/.test(key) && Number(key) < target.length : isPlainObject(target) && Object.hasOwn(target, key);
    if (!exists) throw new MultipartError(400, `Multipart field "map": "variables.${path.join('.')}" does not name a variable of "operations"`);
    const holder = target as Record<string, unknown>;
    if (last) holder[key] = value;
    else target = holder[key];
  }
}

/**
 * The GraphQL multipart request spec, streamed. Yoga's own multipart support materialises each file
 * before execution; an image tarball can be gigabytes, so this plugin parses the request itself:
 * `operations` and `map` arrive first (each exactly once, checked), then the operation runs as soon as
 * the first file part starts, with that part's stream in `context.uploads` and the variable set to
 * `upload:<field>` (the `Upload` scalar understands both forms). The daemon then reads the file as the
 * client sends it. Only one file per request is streamed.
 *
 * Hostile or broken bodies never reach the operation and never throw out of a stream: every stream
 * (the request body, busboy, the file) has an error listener, a truncated or aborted body ends the file
 * with an error (the upstream import fails; the job says so), and limits answer 413/400.
 */
export function useStreamingUploads(getYoga: () => YogaServerInstance<Record<string, unknown>, GatewayContext>, options: UploadLimits = {}): Plugin {
  const limits = { ...DEFAULT_UPLOAD_LIMITS, ...options };
  return {
    async onRequest({ request, endResponse, fetchAPI, serverContext }) {
      const type = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || !type.startsWith('multipart/form-data') || !request.body) return;
      const json = (status: number, message: string, code?: string) =>
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] }), { status, headers: { 'content-type': 'application/json' } });
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
        parser = busboy({
          headers: { 'content-type': type },
          limits: { fieldSize: limits.maxFieldBytes, fields: limits.maxFields, files: 1, parts: limits.maxParts + 1, fileSize: limits.maxFileBytes },
        });
      } catch (err) {
        endResponse(json(400, `Invalid multipart request: ${err instanceof Error ? err.message : String(err)}`, 'BAD_REQUEST'));
        return;
      }
      const response = await new Promise<Response>((resolve) => {
        let operations: Operations | undefined;
        let map: Map<string, string[][]> | undefined;
        let started = false;
        /** Set at the first mistake: from then on nothing runs and every later part is drained. */
        let failed = false;
        const refuse = (err: unknown) => {
          if (started && !(err instanceof MultipartError && err.status === 413)) return; // the operation answers
          failed = true;
          if (err instanceof MultipartError) resolve(json(err.status, err.message, err.code));
          else resolve(json(400, `Invalid multipart request: ${err instanceof Error ? err.message : String(err)}`, 'BAD_REQUEST'));
        };
        const run = (inner: Request, context: object) =>
          Promise.resolve(getYoga().fetch(inner, context))
            // Yoga answers execution errors itself; a rejection here is internal, so its message is not sent.
            .catch(() => json(500, 'execution failed', 'INTERNAL_SERVER_ERROR'));

        parser.on('field', (name, value, info) => {
          if (failed || started) return;
          try {
            if (info.valueTruncated) throw new MultipartError(413, `Multipart field "${name}" is larger than ${limits.maxFieldBytes} bytes`);
            if (name === 'operations') {
              if (operations) throw new MultipartError(400, 'Multipart field "operations" was sent more than once');
              operations = parseOperations(value);
            } else if (name === 'map') {
              if (map) throw new MultipartError(400, 'Multipart field "map" was sent more than once');
              if (!operations) throw new MultipartError(400, 'Multipart field "map" must come after "operations"');
              map = parseMap(value);
            } else {
              throw new MultipartError(400, `Unexpected multipart field "${name}" (expected "operations", "map", then the file)`);
            }
          } catch (err) {
            refuse(err);
          }
        });
        parser.on('file', (field, stream) => {
          // Errors of the file stream (truncated or aborted body, file too large) reach whoever reads it
          // through their own listener; this one only keeps an unread stream from throwing.
          stream.on('error', () => undefined);
          if (failed || started) return void stream.resume();
          try {
            if (!operations || !map) throw new MultipartError(400, 'Multipart request must send "operations" and "map" before files');
            const paths = map.get(field);
            if (!paths) throw new MultipartError(400, `Multipart file "${field}" is not in "map"`);
            const variables = structuredClone(operations.variables);
            for (const path of paths) setDeclared(variables, path, `upload:${field}`);
            started = true;
            stream.on('limit', () => {
              const err = new MultipartError(413, `Multipart file "${field}" is larger than ${limits.maxFileBytes} bytes`);
              stream.destroy(err);
              refuse(err);
            });
            // Every other parameter (`extensions`, a persisted `documentId`) goes through as sent.
            const inner = new fetchAPI.Request(request.url, { method: 'POST', headers: innerHeaders(), body: JSON.stringify({ ...operations, variables }) });
            void run(inner, { ...(serverContext as object), uploads: new Map<string, Readable>([[field, stream]]) }).then((res) => {
              // If the operation did not consume the file (validation error), drain it so the request ends.
              if (!stream.readableEnded && stream.listenerCount('data') === 0 && !stream.readableFlowing) stream.resume();
              resolve(res);
            });
          } catch (err) {
            stream.resume();
            refuse(err);
          }
        });
        // busboy emits these when a count *reaches* its limit: `parts` is set one above ours, so this means "too many".
        parser.on('partsLimit', () => refuse(new MultipartError(413, `Multipart request has more than ${limits.maxParts} parts`)));
        parser.on('fieldsLimit', () => refuse(new MultipartError(413, `Multipart request has more than ${limits.maxFields} fields`)));
        parser.on('filesLimit', () => refuse(new MultipartError(400, 'Only one file per multipart request is supported')));
        parser.on('close', () => {
          if (started || failed) return;
          if (!operations) return refuse(new MultipartError(400, 'Multipart request without "operations"'));
          if (map?.size) return refuse(new MultipartError(400, `Multipart request ended before file "${[...map.keys()][0]}"`));
          const inner = new fetchAPI.Request(request.url, { method: 'POST', headers: innerHeaders(), body: JSON.stringify(operations) });
          void run(inner, serverContext as object).then(resolve);
        });
        // Under Node's http server Yoga's Request body is a whatwg-node ponyfill stream: iterate it.
        const body = request.body as unknown as AsyncIterable<Uint8Array> | NodeReadableStream;
        const source = Symbol.asyncIterator in body ? Readable.from(body as AsyncIterable<Uint8Array>) : Readable.fromWeb(body as NodeReadableStream);
        // pipeline, not pipe: a client that aborts mid-body errors the source, which destroys the parser
        // (and so the file stream) with that error instead of throwing it out of the event loop.
        pipeline(source, parser, (err) => {
          if (err) refuse(err);
        });
      });
      endResponse(response);
    },
  };
}

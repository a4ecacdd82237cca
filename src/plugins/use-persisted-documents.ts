import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../core/errors.js';

export interface PersistedDocumentsOptions {
  /** Document text by id (usually its SHA-256 hex, as GraphQL Codegen's client preset and Apollo emit). */
  documents: ReadonlyMap<string, string>;
  /** Refuse every document that is not one of `documents`. @default false */
  only?: boolean;
}

/** The longest id quoted back in an error (ids are client input). */
const MAX_QUOTED_ID = 80;

interface PersistedParams extends GraphQLParams {
  documentId?: unknown;
}

/** `documentId` (GraphQL over HTTP persisted documents), or Apollo's `extensions.persistedQuery.sha256Hash`; on GET also `?documentId=`. */
function requestedId(params: PersistedParams, request: Request): string | undefined {
  const apollo = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  const id = params.documentId ?? apollo ?? (request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : undefined);
  return typeof id === 'string' && id ? id : undefined;
}

function refusal(message: string, code: ErrorCode): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Persisted-documents mode (DESIGN §8). A request names a stored document by id instead of sending
 * its text; `only` refuses everything else, so the gateway runs nothing but the documents its
 * frontends shipped with. Over HTTP the id is resolved in `onParams`, before parsing (multipart
 * uploads included: `useStreamingUploads` passes `documentId` on). graphql-ws operations, which always
 * carry text, must send the text of a persisted document exactly; so may HTTP clients.
 */
export function usePersistedDocuments({ documents, only = false }: PersistedDocumentsOptions): Plugin {
  const texts = new Set(documents.values());
  const lookup = (id: string) => documents.get(id) ?? (id.startsWith('sha256:') ? documents.get(id.slice('sha256:'.length)) : undefined);
  // Contexts whose parsed text is not a persisted document (only-mode), refused at execute/subscribe.
  const arbitrary = new WeakSet<object>();
  const refuseArbitrary = (context: object, stop: (result: ExecutionResult) => void) => {
    if (arbitrary.has(context)) stop({ errors: [refusal('Only persisted documents are accepted here: send "documentId"', 'PERSISTED_DOCUMENT_REQUIRED')] });
  };

  return {
    // Refusals are thrown: Yoga answers them with their status, and no later onParams hook (its own
    // parameter check, which knows nothing of `documentId`) runs.
    onParams({ params, request, setParams }) {
      const { documentId: _ignored, ...rest } = params as PersistedParams;
      const id = requestedId(params, request);
      if (id === undefined) {
        // The exact text of a persisted document is as good as its id (graphql-ws clients can only send text).
        if (only && !(typeof params.query === 'string' && texts.has(params.query))) throw refusal('Only persisted documents are accepted here: send "documentId" instead of "query"', 'PERSISTED_DOCUMENT_REQUIRED');
        return;
      }
      const text = lookup(id);
      const quoted = id.length > MAX_QUOTED_ID ? `${id.slice(0, MAX_QUOTED_ID)}…` : id;
      // Apollo's automatic persisted queries retry with the text after this code; in `only` mode the text is refused anyway.
      if (text === undefined && (only || !rest.query)) throw refusal(`No persisted document has the id "${quoted}"`, 'PERSISTED_QUERY_NOT_FOUND');
      const { persistedQuery: _apollo, ...extensions } = rest.extensions ?? {};
      setParams({ ...rest, query: text ?? rest.query, extensions: Object.keys(extensions).length ? extensions : undefined });
    },
    onParse({ params, context }) {
      if (only && !texts.has(params.source.toString())) arbitrary.add(context);
    },
    onExecute({ args, setResultAndStopExecution }) {
      refuseArbitrary(args.contextValue as object, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      refuseArbitrary(args.contextValue as object, setResultAndStopExecution);
    },
  };
}

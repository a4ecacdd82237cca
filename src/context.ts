import type { Readable } from 'node:stream';
import type { Viewer } from './auth/viewer.js';
import type { Provider } from './core/provider.js';
import type { RequestScope } from './observe/request-scope.js';
import type { Services } from './services.js';

/** Per-request context. DataLoaders are attached per request by the Pothos dataloader plugin (keyed by this object). */
export interface GatewayContext {
  services: Services;
  requestId: string;
  /** Carried down to the transport for this request's upstream calls (`request-scope.ts`). */
  scope: RequestScope;
  /** The authenticated client (`useAuth`); absent when authentication is off. */
  viewer?: Viewer;
  /** Uploads streamed by `useStreamingUploads`, by multipart field name. */
  uploads?: Map<string, Readable>;
  /**
   * Providers that failed while a merged list was built: the list still answers with the others'
   * data, and `usePartialErrors` adds one error entry per failed provider to the response.
   */
  partialErrors: { provider: Provider; error: unknown }[];
}

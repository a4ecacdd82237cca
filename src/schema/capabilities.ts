/**
 * The one way the schema asks for what a provider offers, and the one wording when it does not:
 * `requirePort(ctx, 'SWR')` for a provider's own operations, `requireFeed(ctx, 'builds', provider)` for
 * the gateway-wide feeds. A provider that is not configured (DISABLED) answers
 * `UnsupportedOperationError` saying how to configure it; a configured provider without that feed
 * answers `UnsupportedOperationError` saying it has none.
 */
import { UnsupportedOperationError } from '../core/errors.js';
import type { Provider } from '../core/provider.js';
import type { GatewayContext } from '../context.js';
import { PROVIDER_KEY, type Services } from '../services.js';

export type PortOf<P extends Provider> = NonNullable<Services[(typeof PROVIDER_KEY)[P]]>;

/** The gateway-wide feeds, where they are in the services, and what a provider without one lacks. */
const FEEDS = {
  images: { key: 'imageSources', lacks: 'images in the merged list' },
  builds: { key: 'buildSources', lacks: 'image builds' },
  jobs: { key: 'jobSources', lacks: 'jobs' },
  deleteImage: { key: 'imageDeleters', lacks: 'images deleteImage can delete' },
} as const satisfies Record<string, { key: keyof Services; lacks: string }>;
export type Feed = keyof typeof FEEDS;
export type FeedOf<F extends Feed> = NonNullable<Services[(typeof FEEDS)[F]['key']][Provider]>;

/** How to configure each provider (the README's "Configuration" lists every variable). */
const HOW_TO_CONFIGURE: Record<Provider, string> = {
  DOCKER: 'set DOCKER_HOST or mount the engine socket',
  CYCLE: 'set CYCLE_API_URL, CYCLE_API_KEY and CYCLE_HUB_ID',
  SWR: 'set SWR_ENDPOINT (or HUAWEICLOUD_REGION) with HUAWEICLOUD_SDK_AK/SK or SWR_AUTH_TOKEN',
  PAI: 'set ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_REGION_ID',
  TAC: 'set TAC_API_URL, CSP_URL and CSP_API_TOKEN',
};

export function notConfigured(provider: Provider): UnsupportedOperationError {
  return new UnsupportedOperationError(`${provider} is not configured (${HOW_TO_CONFIGURE[provider]}, or run with GATEWAY_SANDBOX=auto)`, provider);
}

function configured(ctx: GatewayContext, provider: Provider): boolean {
  return ctx.services.providers.some((p) => p.provider === provider && p.mode !== 'DISABLED');
}

/** A provider's own port (its operations beyond the shared feeds). */
export function requirePort<P extends Provider>(ctx: GatewayContext, provider: P): PortOf<P> {
  const port = ctx.services[PROVIDER_KEY[provider]];
  if (!port) throw notConfigured(provider);
  return port as PortOf<P>;
}

/** A provider's part of a gateway-wide feed. */
export function requireFeed<F extends Feed>(ctx: GatewayContext, feed: F, provider: Provider): FeedOf<F> {
  const source = (ctx.services[FEEDS[feed].key] as Partial<Record<Provider, FeedOf<F>>>)[provider];
  if (source) return source;
  if (!configured(ctx, provider)) throw notConfigured(provider);
  throw new UnsupportedOperationError(`${provider} has no ${FEEDS[feed].lacks}`, provider);
}

/** A provider-specific function from the services (a build creator), under the same rules as a port. */
export function requireConfigured<T>(provider: Provider, value: T | undefined): T {
  if (value === undefined) throw notConfigured(provider);
  return value;
}

import { PROVIDERS } from '../../core/provider.js';
import type { ProviderStatus as ProviderStatusShape } from '../../providers/health.js';
import { builder } from '../builder.js';

export const ProviderEnum = builder.enumType('Provider', {
  values: PROVIDERS,
});

export const ProviderModeEnum = builder.enumType('ProviderMode', {
  values: {
    LIVE: { description: 'Configured with credentials; calls go to the real service.' },
    SANDBOX: { description: 'No credentials: served by the built-in emulator.' },
    DISABLED: { description: 'No credentials and GATEWAY_SANDBOX=off.' },
  } as const,
});

const ProviderStatus = builder.objectRef<ProviderStatusShape>('ProviderStatus').implement({
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (s) => s.entry.provider }),
    mode: t.field({ type: ProviderModeEnum, resolve: (s) => s.entry.mode }),
    healthy: t.exposeBoolean('healthy'),
    endpoint: t.string({ nullable: true, description: 'The upstream origin (never credentials).', resolve: (s) => s.entry.endpoint }),
    apiVersion: t.exposeString('apiVersion', { nullable: true }),
    latencyMs: t.exposeFloat('latencyMs', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why the provider is unhealthy.' }),
    checkedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the gateway last probed it (probes run in the background, every PROVIDER_PROBE_INTERVAL_MS).', resolve: (s) => s.checkedAt }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderStatus],
    description: 'Every provider, how it is configured and whether it answered its last background probe.',
    resolve: (_root, _args, ctx) => ctx.services.health.current(),
  }),
);

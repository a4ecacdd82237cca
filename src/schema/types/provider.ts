import { PROVIDERS } from '../../providers/provider.js';
import type { ProviderEntry } from '../../services.js';
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

interface ProviderStatusShape {
  entry: ProviderEntry;
  healthy: boolean;
  apiVersion: string | null;
  latencyMs: number | null;
  error: string | null;
}

const ProviderStatus = builder.objectRef<ProviderStatusShape>('ProviderStatus').implement({
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (s) => s.entry.provider }),
    mode: t.field({ type: ProviderModeEnum, resolve: (s) => s.entry.mode }),
    healthy: t.exposeBoolean('healthy'),
    endpoint: t.string({ nullable: true, description: 'The upstream origin (never credentials).', resolve: (s) => s.entry.endpoint }),
    apiVersion: t.exposeString('apiVersion', { nullable: true }),
    latencyMs: t.exposeFloat('latencyMs', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why the provider is unhealthy.' }),
  }),
});

/** Probes one provider; a failure is reported, not thrown. */
export async function probeProvider(entry: ProviderEntry): Promise<ProviderStatusShape> {
  if (entry.mode === 'DISABLED' || !entry.probe) return { entry, healthy: false, apiVersion: null, latencyMs: null, error: entry.mode === 'DISABLED' ? 'disabled' : null };
  const started = performance.now();
  try {
    const { apiVersion } = await entry.probe();
    return { entry, healthy: true, apiVersion, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (err) {
    return { entry, healthy: false, apiVersion: null, latencyMs: null, error: err instanceof Error ? err.message : String(err) };
  }
}

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderStatus],
    description: 'Every provider, how it is configured and whether it answers now.',
    resolve: (_root, _args, ctx) => Promise.all(ctx.services.providers.map(probeProvider)),
  }),
);

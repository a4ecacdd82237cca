/** The five upstream providers, as the public `Provider` enum spells them. */
export const PROVIDERS = ['DOCKER', 'CYCLE', 'SWR', 'PAI', 'TAC'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}
